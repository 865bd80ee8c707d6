import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { canWriteBoard, canWriteNotes } from '../../model';
import type { BeatboardDb, BoardAccess } from '../db';
import { connectBoard, type BoardConnection, type ConnectionState } from './boardConnection';
import { publishBoard, ServerApiError } from './serverApi';

/** A board's link to the server as the UI shows it. `local`: not on the server (yet). */
export interface SyncStatus {
  state: ConnectionState | 'local';
  saved: boolean;
  synced: boolean;
  /** The token this browser uses for the board, once it has one. */
  token: string | null;
}

export interface LiveBoard {
  get(): SyncStatus;
  subscribe(listener: () => void): () => void;
  /** Resolves at the first completed sync; rejects if the link is refused. */
  whenSynced(): Promise<void>;
  destroy(): void;
}

export class BoardLinkRefusedError extends Error {
  override name = 'BoardLinkRefusedError';
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
}): LiveBoard {
  const { db, boardId } = options;
  let status: SyncStatus = { state: options.access ? 'connecting' : 'local', saved: false, synced: false, token: options.access?.token ?? null };
  const listeners = new Set<() => void>();
  const syncWaiters: { resolve(): void; reject(error: Error): void }[] = [];
  let connection: BoardConnection | null = null;
  let publishTimer: ReturnType<typeof setTimeout> | null = null;
  let publishDelay = 2000;
  let destroyed = false;

  const set = (next: SyncStatus) => {
    status = next;
    if (next.synced) syncWaiters.splice(0).forEach((waiter) => waiter.resolve());
    if (next.state === 'denied') {
      syncWaiters.splice(0).forEach((waiter) => waiter.reject(new BoardLinkRefusedError('The server refused this board link.')));
    }
    listeners.forEach((listener) => listener());
  };

  const connect = (access: BoardAccess) => {
    connection = connectBoard({
      boardId,
      token: access.token,
      board: options.doc,
      notes: options.notes,
      awareness: options.awareness,
      canWriteBoard: canWriteBoard(access.role),
      canWriteNotes: canWriteNotes(access.role),
      onStatus: (next) => set({ ...next, token: access.token }),
    });
  };

  const publish = async () => {
    publishTimer = null;
    const title = options.doc.getMap('meta').get('title');
    try {
      const published = await publishBoard(boardId, typeof title === 'string' ? title : '');
      const access: BoardAccess = { role: 'owner', token: published.tokens.owner };
      await db.boards.update(boardId, { access });
      if (!destroyed) connect(access);
    } catch (error) {
      if (destroyed) return;
      if (error instanceof ServerApiError && error.status === 409) {
        // The id is taken on the server without this browser holding a token for it; the
        // board stays local rather than retrying forever.
        console.warn(`Board ${boardId} could not be published: ${error.message}`);
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

  if (options.access) connect(options.access);
  else {
    window.addEventListener('online', onOnline);
    void publish();
  }

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
    destroy() {
      destroyed = true;
      window.removeEventListener('online', onOnline);
      if (publishTimer) clearTimeout(publishTimer);
      connection?.destroy();
    },
  };
}
