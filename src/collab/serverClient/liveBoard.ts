import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { canWriteBoard, canWriteNotes, readBoardTitle } from '../../model';
import type { BeatboardDb, BoardAccess } from '../db';
import { LocalBoardLibrary } from '../localLibrary';
import { connectBoard, type BoardConnection, type ConnectionState } from './boardConnection';
import { publishBoard, ServerApiError } from './serverApi';

/** A whole-doc transfer in progress: publishing (upload) or loading (download), in bytes. */
export interface SyncTransfer {
  kind: 'publishing' | 'loading';
  done: number;
  total: number;
}

/**
 * A board's link to the server as the UI shows it. `local`: not on the server (yet);
 * `conflict`: the server already has a board with this id, and this browser has no link to it.
 */
export interface SyncStatus {
  state: ConnectionState | 'local' | 'conflict';
  saved: boolean;
  synced: boolean;
  /** The token this browser uses for the board, once it has one. */
  token: string | null;
  /** Set while a large first sync goes over HTTP. */
  transfer: SyncTransfer | null;
}

export interface LiveBoard {
  get(): SyncStatus;
  subscribe(listener: () => void): () => void;
  /** Resolves at the first completed sync; rejects if the link is refused. */
  whenSynced(): Promise<void>;
  /**
   * Resolves once this browser holds the board as the server had it: when its docs have been
   * downloaded over HTTP (the socket then brings only what changed meanwhile), or at the first
   * sync. Rejects if the link is refused.
   */
  whenLoaded(): Promise<void>;
  /** For the `conflict` state: copies the board under a new id (published in turn); its id. */
  copyAsNewBoard(): Promise<string>;
  destroy(): void;
}

export class BoardLinkRefusedError extends Error {
  override name = 'BoardLinkRefusedError';
}

/** The board was closed before its first sync with the server. */
export class BoardClosedError extends Error {
  override name = 'BoardClosedError';
  constructor() {
    super('The board was closed before it synced with the server.');
  }
}

// Publishing retries back off up to this, and also retry when the browser comes back online.
const MAX_PUBLISH_DELAY_MS = 60_000;

/**
 * Keeps one open board on the server: publishes a board made in this browser as soon as the
 * server answers (it works offline until then), then connects both docs.
 */
export function startLiveBoard(options: {
  db: BeatboardDb;
  boardId: string;
  doc: Y.Doc;
  notes: Y.Doc;
  awareness: Awareness;
  access: BoardAccess | undefined;
  /** Nothing goes over the network before this settles. */
  startAfter?: Promise<void>;
}): LiveBoard {
  const { db, boardId } = options;
  let status: SyncStatus = {
    state: options.access ? 'connecting' : 'local', saved: false, synced: false, token: options.access?.token ?? null, transfer: null,
  };
  const listeners = new Set<() => void>();
  const syncWaiters: { resolve(): void; reject(error: Error): void }[] = [];
  const loadWaiters: { resolve(): void; reject(error: Error): void }[] = [];
  let loaded = false;
  const noteLoaded = () => {
    loaded = true;
    loadWaiters.splice(0).forEach((waiter) => waiter.resolve());
  };
  let connection: BoardConnection | null = null;
  let publishTimer: ReturnType<typeof setTimeout> | null = null;
  let publishDelay = 2000;
  let destroyed = false;
  const transfers = new AbortController();
  // A socket closed for a frame over the limit (a large change made offline) is caught up over
  // HTTP and reconnected, once; a second time, the board stays too large.
  let recoveredFromLargeFrame = false;

  const set = (next: SyncStatus) => {
    status = next;
    if (next.synced) {
      syncWaiters.splice(0).forEach((waiter) => waiter.resolve());
      noteLoaded();
    }
    if (next.state === 'denied') {
      [...syncWaiters.splice(0), ...loadWaiters.splice(0)].forEach((waiter) => waiter.reject(new BoardLinkRefusedError('The server refused this board link.')));
    }
    listeners.forEach((listener) => listener());
  };

  const connect = async (access: BoardAccess) => {
    set({ ...status, state: 'connecting', token: access.token });
    try {
      // Loaded on first connect, not with the app: it is only the first sync's business.
      const { catchUpOverHttp } = await import('./docTransfer');
      await catchUpOverHttp({
        boardId,
        token: access.token,
        docs: [
          { name: 'board', doc: options.doc, canWrite: canWriteBoard(access.role) },
          { name: 'notes', doc: options.notes, canWrite: canWriteNotes(access.role) },
        ],
        onProgress: (transfer) => set({ ...status, transfer }),
        signal: transfers.signal,
      });
      if (!destroyed) noteLoaded();
    } catch (error) {
      if (destroyed) return;
      if (error instanceof ServerApiError && error.status === 413) {
        set({ ...status, state: 'too-large', transfer: null });
        return;
      }
      if (error instanceof ServerApiError && error.status === 401) {
        set({ ...status, state: 'denied', transfer: null });
        return;
      }
      // Unreachable, or a hiccup: the socket's own retries and status take over from here.
      console.warn('Catching up with the server over HTTP failed; the live connection tries on its own.', error);
    }
    if (destroyed) return;
    set({ ...status, transfer: null });
    connection = connectBoard({
      boardId,
      token: access.token,
      board: options.doc,
      notes: options.notes,
      awareness: options.awareness,
      canWriteBoard: canWriteBoard(access.role),
      canWriteNotes: canWriteNotes(access.role),
      onStatus: (next) => {
        if (next.state === 'too-large' && !recoveredFromLargeFrame) {
          recoveredFromLargeFrame = true;
          connection?.destroy();
          connection = null;
          void connect(access);
          return;
        }
        set({ ...status, ...next, token: access.token });
      },
    });
  };

  const publish = async () => {
    publishTimer = null;
    try {
      const published = await publishBoard(boardId, readBoardTitle(options.doc));
      const access: BoardAccess = { role: 'owner', token: published.tokens.owner };
      await db.boards.update(boardId, { access });
      if (!destroyed) await connect(access);
    } catch (error) {
      if (destroyed) return;
      if (error instanceof ServerApiError && error.status === 409) {
        // The id is taken on the server without this browser holding a token for it (its
        // storage was cleared, say): the board stays here, and the pill offers the ways out.
        set({ ...status, state: 'conflict' });
        return;
      }
      publishTimer = setTimeout(() => void publish(), publishDelay);
      publishDelay = Math.min(publishDelay * 2, MAX_PUBLISH_DELAY_MS);
    }
  };
  const onOnline = () => {
    if (!connection && publishTimer) {
      clearTimeout(publishTimer);
      publishDelay = 2000;
      void publish();
    }
  };

  void (options.startAfter ?? Promise.resolve()).then(() => {
    if (destroyed) return;
    if (options.access) void connect(options.access);
    else {
      window.addEventListener('online', onOnline);
      void publish();
    }
  });

  return {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    whenSynced() {
      if (status.synced) return Promise.resolve();
      return new Promise((resolve, reject) => syncWaiters.push({ resolve, reject }));
    },
    whenLoaded() {
      if (loaded) return Promise.resolve();
      return new Promise((resolve, reject) => loadWaiters.push({ resolve, reject }));
    },
    async copyAsNewBoard() {
      const title = readBoardTitle(options.doc);
      // Its notes go along: the copy is the same board, only under a new id.
      return new LocalBoardLibrary(db).duplicate(boardId, () => title, true);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      // Whoever waits for the first sync (a board opening from a link) hears it will not come.
      [...syncWaiters.splice(0), ...loadWaiters.splice(0)].forEach((waiter) => waiter.reject(new BoardClosedError()));
      transfers.abort();
      window.removeEventListener('online', onOnline);
      if (publishTimer) clearTimeout(publishTimer);
      connection?.destroy();
    },
  };
}

