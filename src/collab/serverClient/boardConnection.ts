import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Awareness } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { isCoveredBy } from './savedState';
import { checkAccess, ServerApiError } from './serverApi';

/**
 * connected: in sync with the room; connecting: first attempt; reconnecting: lost a live
 * connection and retrying; offline: the server cannot be reached; denied: the link was
 * revoked or is not valid; too-large: the board exceeds what the server accepts in one frame;
 * full: the board is at the server's size limit and takes no more changes; busy: the server
 * refused the connection for too many sockets from this address or link (retried slowly);
 * unavailable: the server answers but cannot store changes (its database is down); retried,
 * and left once the server has stored every local change.
 */
export type ConnectionState =
  | 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'denied' | 'too-large' | 'full' | 'busy' | 'unavailable';

/** States that stay until the board is opened again: reconnecting would not change them. */
const FINAL_STATES: readonly ConnectionState[] = ['denied', 'too-large', 'full'];

export interface ConnectionStatus {
  state: ConnectionState;
  /** True once the server has stored every local change (always true for read-only roles). */
  saved: boolean;
  /** True once the first sync with the server has completed. */
  synced: boolean;
}

export interface BoardConnectionOptions {
  boardId: string;
  token: string;
  board: Y.Doc;
  notes: Y.Doc;
  awareness: Awareness;
  /** False for roles that cannot write this doc: nothing of theirs is pending. */
  canWriteBoard: boolean;
  canWriteNotes: boolean;
  onStatus(status: ConnectionStatus): void;
  /** Where the server is; defaults to this page's host. */
  serverUrl?: string;
}

export interface BoardConnection {
  readonly boardProvider: WebsocketProvider;
  readonly notesProvider: WebsocketProvider;
  destroy(): void;
}

const CLOSE_TOO_LARGE = 1009;
// The server's close codes (docs/server-api.md "Limits"): the doc is at its size limit; too many sockets.
const CLOSE_DOC_FULL = 4413;
const CLOSE_TOO_MANY_SOCKETS = 4429;
// The server could not store a change (docs/server-api.md "Scale-out"): it keeps none of it.
const CLOSE_STORAGE_FAILED = 1011;
// After too many sockets, try again this much later rather than in the provider's fast loop.
const BUSY_RETRY_MS = 60_000;
// After a local change, ask the server (our sync step 1) what it has stored, this much later.
const SAVE_CHECK_DELAY_MS = 400;
// Failed attempts before a board that never connected counts as offline rather than connecting.
const ATTEMPTS_BEFORE_OFFLINE = 2;

export function defaultSyncUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/** Connects a board's two docs to the sync server and reports one combined status. */
export function connectBoard(options: BoardConnectionOptions): BoardConnection {
  const url = options.serverUrl ?? defaultSyncUrl();
  const shouldReconnect = (event: CloseEvent) => !(event.code >= 4400 && event.code < 4500) && event.code !== CLOSE_TOO_LARGE;
  // No BroadcastChannel between this browser's tabs: on every connect, y-websocket would
  // encode the whole doc and post it to the other tabs, which each apply it again. For a
  // sketched series that is about half a second of every tab's main thread, at every open
  // and reconnect. Tabs of one board already hear each other through the server, and through
  // the browser's storage when it is out of reach (docStorage.ts).
  const boardProvider = new WebsocketProvider(url, options.boardId, options.board, {
    params: { token: options.token },
    awareness: options.awareness,
    shouldReconnect,
    disableBc: true,
  });
  const notesProvider = new WebsocketProvider(url, `${options.boardId}/notes`, options.notes, {
    params: { token: options.token },
    shouldReconnect,
    disableBc: true,
  });

  let state: ConnectionState = 'connecting';
  let everConnected = false;
  let failures = 0;
  let checkingAccess = false;
  const pending = new Map<WebsocketProvider, boolean>([
    [boardProvider, false],
    [notesProvider, false],
  ]);
  const report = () =>
    options.onStatus({
      state,
      saved: [...pending.values()].every((isPending) => !isPending),
      synced: boardProvider.synced,
    });
  const setState = (next: ConnectionState) => {
    if (FINAL_STATES.includes(state)) return;
    state = next;
    report();
  };

  // Either doc's socket may be closed for a limit; the state says why, for the whole board.
  let busyTimer: ReturnType<typeof setTimeout> | null = null;
  const onLimitClose = (code: number | undefined): boolean => {
    if (code === CLOSE_STORAGE_FAILED) {
      setState('unavailable');
      return true;
    }
    if (code === CLOSE_DOC_FULL) {
      setState('full');
      return true;
    }
    if (code === CLOSE_TOO_MANY_SOCKETS) {
      setState('busy');
      busyTimer ??= setTimeout(() => {
        busyTimer = null;
        for (const provider of [boardProvider, notesProvider]) if (!provider.shouldConnect) provider.connect();
      }, BUSY_RETRY_MS);
      return true;
    }
    return false;
  };
  notesProvider.on('connection-close', (event) => void onLimitClose(event?.code));

  const trackSaving = (provider: WebsocketProvider, canWrite: boolean) => {
    if (!canWrite) return () => undefined;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const askServer = () => {
      timer = null;
      const ws = provider.ws;
      if (!ws || ws.readyState !== WebSocket.OPEN) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeSyncStep1(encoder, provider.doc);
      ws.send(encoding.toUint8Array(encoder));
    };
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === provider) return;
      if (!pending.get(provider)) {
        pending.set(provider, true);
        report();
      }
      if (timer) clearTimeout(timer);
      timer = setTimeout(askServer, SAVE_CHECK_DELAY_MS);
    };
    provider.doc.on('update', onUpdate);
    // Peek at the server's sync step 1 (its state vector) before the provider answers it.
    const original = provider.messageHandlers[0]!;
    provider.messageHandlers[0] = (encoder, decoder, handlerProvider, emitSynced, messageType) => {
      const peek = decoding.clone(decoder);
      if (decoding.readVarUint(peek) === syncProtocol.messageYjsSyncStep1) {
        const server = Y.decodeStateVector(decoding.readVarUint8Array(peek));
        const saved = isCoveredBy(Y.decodeStateVector(Y.encodeStateVector(provider.doc)), server);
        if (pending.get(provider) === saved) {
          pending.set(provider, !saved);
          report();
          leaveUnavailableOnceSaved();
        }
        // Still missing something (sent while the socket was down): ask again shortly.
        if (!saved && !timer) timer = setTimeout(askServer, SAVE_CHECK_DELAY_MS * 2);
      }
      original(encoder, decoder, handlerProvider, emitSynced, messageType);
    };
    return () => {
      if (timer) clearTimeout(timer);
      provider.doc.off('update', onUpdate);
    };
  };
  const stopTracking = [
    trackSaving(boardProvider, options.canWriteBoard),
    trackSaving(notesProvider, options.canWriteNotes),
  ];

  // Either socket may have been the one refused for too many connections: the board is busy
  // until both are back. After a refused write, the board is live again only once the server
  // has stored everything: a socket that opens and is closed again on the next write is not.
  const allSaved = () => [...pending.values()].every((isPending) => !isPending);
  const connectedUnlessBusy = () => {
    if (state === 'unavailable' && !allSaved()) return;
    if (state !== 'busy' || (boardProvider.wsconnected && notesProvider.wsconnected)) setState('connected');
  };
  const leaveUnavailableOnceSaved = () => {
    if (state === 'unavailable' && allSaved() && boardProvider.wsconnected) setState('connected');
  };
  notesProvider.on('status', ({ status }) => {
    if (status === 'connected' && state === 'busy') connectedUnlessBusy();
  });
  boardProvider.on('status', ({ status }) => {
    if (status === 'connected') {
      everConnected = true;
      failures = 0;
      connectedUnlessBusy();
    } else if (status === 'disconnected' && state !== 'busy' && state !== 'unavailable') {
      setState(everConnected ? 'reconnecting' : 'offline');
    }
  });
  boardProvider.on('sync', () => report());
  boardProvider.on('connection-close', (event) => {
    if (onLimitClose(event?.code)) return;
    if (event?.code === CLOSE_TOO_LARGE) {
      state = 'too-large';
      report();
      return;
    }
    if (event && event.code >= 4400 && event.code < 4500) {
      state = 'denied';
      report();
      return;
    }
    failures++;
    if (!everConnected && failures >= ATTEMPTS_BEFORE_OFFLINE) setState('offline');
    // A socket that never opens may be a refused token (401 at the upgrade, which a browser
    // cannot see): ask the API, which says so plainly.
    if (!everConnected && !checkingAccess && failures >= 1) {
      checkingAccess = true;
      checkAccess(options.boardId, options.token).then(
        () => (checkingAccess = false),
        (error: unknown) => {
          checkingAccess = false;
          if (error instanceof ServerApiError && error.status === 401) {
            state = 'denied';
            boardProvider.disconnect();
            notesProvider.disconnect();
            report();
          } else if (error instanceof ServerApiError && error.status === 503) {
            setState('unavailable');
          }
        },
      );
    }
  });

  // A closed tab leaves the room at once instead of after the awareness timeout.
  const onPageHide = () => options.awareness.setLocalState(null);
  window.addEventListener('pagehide', onPageHide);
  // The browser knows before the socket does: say offline at once, reconnect when back.
  const onOffline = () => {
    boardProvider.disconnect();
    notesProvider.disconnect();
    setState('offline');
  };
  const onOnline = () => {
    if (FINAL_STATES.includes(state)) return;
    boardProvider.connect();
    notesProvider.connect();
  };
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  report();

  return {
    boardProvider,
    notesProvider,
    destroy() {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      stopTracking.forEach((stop) => stop());
      if (busyTimer) clearTimeout(busyTimer);
      boardProvider.destroy();
      notesProvider.destroy();
    },
  };
}
