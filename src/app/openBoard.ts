import { Awareness } from 'y-protocols/awareness';
import type { BeatboardDb } from '../collab/db';
import { openLocalBoard } from '../collab/openLocalBoard';
import { loadIdentity, withGuestName } from '../collab/presence/identity';
import { i18next } from '../ui/i18n';
import { startLiveBoard, type LiveBoard } from '../collab/serverClient/liveBoard';
import { bringBoardUpToDate, getMetaMap } from '../model';
import type { BoardSession } from '../editor/session';
import { setAutomationSession } from './automation';
import { createBoardSession, disposeBoardSession } from './createSession';

/** What the board screen gets once a board is open. */
export interface ReadyBoard {
  session: BoardSession;
  /** Storage problems (unreadable updates) and record problems (damaged fields) alike. */
  problems: string[];
}

/** An open in progress: `opened` settles once; `close` stops it, or closes what it opened. */
export interface BoardOpening {
  opened: Promise<ReadyBoard>;
  close(): void;
}

/** Thrown into `opened` when `close` came first: nothing was left open. */
export class BoardOpenClosedError extends Error {
  constructor() {
    super('The board was closed while it was opening.');
    this.name = 'BoardOpenClosedError';
  }
}

/** How far a board that arrives from the server has come, for the loading screen. */
export type OpenProgress = { fromServer: true; percent?: number };

/**
 * Opens one board from this browser's storage, connects it to the sync server (publishing it
 * first when it was made here) and builds its session. A board opened from a link has nothing
 * stored yet: it waits for its first sync, reporting progress as it arrives.
 */
export function openBoard(db: BeatboardDb, boardId: string, onProgress: (progress: OpenProgress) => void): BoardOpening {
  let closed = false;
  let live: LiveBoard | null = null;
  let awareness: Awareness | null = null;
  let closeOpened: (() => void) | null = null;
  // Marks for the benchmark's breakdown of the open time (visible in any profiler too).
  performance.mark('beatboard:open-start');
  const drawn = boardDrawnOrTimeout();
  // Read (or made, on a first visit) while the board's docs load.
  const identity = loadIdentity(db);
  identity.catch(() => undefined); // reported through `opened` when it is awaited

  const opened = openLocalBoard(db, boardId, {
    // A board downloaded from a link is drawn before it is copied into storage.
    storeReceivedAfter: drawn.drawn,
    async beforeMigrate({ doc, notes, access }) {
      if (closed) throw new BoardOpenClosedError();
      awareness = new Awareness(doc);
      // A board with nothing stored yet (opened from a link) needs its first sync to show
      // anything; one stored here is drawn first and synced after (publishing it, or catching
      // up), so the two do not take turns on the main thread.
      const stored = getMetaMap(doc).size > 0;
      live = startLiveBoard({ db, boardId, doc, notes, awareness, access, startAfter: stored ? drawn.settled : undefined });
      if (access && getMetaMap(doc).size === 0) await waitForServerCopy(live, () => closed, onProgress);
    },
  })
    .then(async (local) => ({ local, identity: withGuestName(await identity, (number) => i18next.t('live.presence.guestName', { number })) }))
    .then(({ local, identity }) => {
      performance.mark('beatboard:doc-loaded');
      const session = createBoardSession(db, boardId, local.doc, {
        role: local.access?.role ?? 'owner',
        awareness: awareness!,
        sync: live!,
        identity,
        notes: local.notes,
      });
      performance.mark('beatboard:session-ready');
      drawn.watch(session);
      setAutomationSession(session);
      // The server may hold strokes in the older format that this browser's copy lacked.
      live!.whenSynced().then(
        () => {
          if (closed) return;
          try {
            bringBoardUpToDate(local.doc, local.notes, session.role, true);
          } catch (error) {
            // Made newer on the server while this browser had an older copy: leave it be.
            console.warn('The board on the server is in a newer format; it is left as it is.', error);
          }
        },
        () => undefined, // a refused link is shown by the pill
      );
      closeOpened = () => {
        setAutomationSession(null);
        disposeBoardSession(session);
        live?.destroy();
        awareness?.destroy();
        local.close();
        drawn.settle();
      };
      if (closed) {
        closeOpened();
        throw new BoardOpenClosedError();
      }
      return { session, problems: [...local.problems, ...session.store.getBoard().problems] };
    })
    .catch((error: unknown) => {
      if (!closeOpened) {
        live?.destroy();
        awareness?.destroy();
      }
      throw error;
    });

  return {
    opened,
    close() {
      if (closed) return;
      closed = true;
      if (closeOpened) closeOpened();
      else {
        // Still loading (e.g. waiting for the server): stop the connection now. The wait for the
        // first sync then fails, and the stored docs are released on the way out.
        live?.destroy();
        awareness?.destroy();
      }
    },
  };
}

/** A board from a link: waits for the server's copy, reporting a large one's progress. */
async function waitForServerCopy(live: LiveBoard, isClosed: () => boolean, onProgress: (progress: OpenProgress) => void) {
  onProgress({ fromServer: true });
  const unsubscribe = live.subscribe(() => {
    const { transfer } = live.get();
    if (!isClosed() && transfer?.kind === 'loading' && transfer.total > 0) {
      onProgress({ fromServer: true, percent: Math.floor((transfer.done / transfer.total) * 100) });
    }
  });
  try {
    // Drawn as soon as the download is in: the socket's own first sync, a round trip to a
    // server that encodes what changed since, follows while the board is drawn.
    await live.whenLoaded();
  } finally {
    unsubscribe();
  }
}

/** However long drawing takes, a board stored here starts syncing no later than this. */
const SYNC_AFTER_DRAWING_AT_THE_LATEST_MS = 1500;
/** However long drawing takes, a board downloaded from a link is stored no later than this after it arrived. */
const STORE_AFTER_DRAWING_AT_THE_LATEST_MS = 3000;

/**
 * Settles once the session's canvas has drawn the board: `settled` at the latest a time limit
 * after the open began, `drawn` at the latest a time limit after the session was ready (a
 * board opened from a link first has to arrive).
 */
function boardDrawnOrTimeout() {
  let settle!: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const timer = setTimeout(() => settle(), SYNC_AFTER_DRAWING_AT_THE_LATEST_MS);
  void settled.then(() => clearTimeout(timer));
  let settleDrawn!: () => void;
  const drawn = new Promise<void>((resolve) => (settleDrawn = resolve));
  const settleBoth = () => {
    settle();
    settleDrawn();
  };
  return {
    settled,
    drawn,
    settle: settleBoth,
    watch(session: BoardSession) {
      const limit = setTimeout(settleDrawn, STORE_AFTER_DRAWING_AT_THE_LATEST_MS);
      void drawn.then(() => clearTimeout(limit));
      const boardDrawn = session.editor.boardDrawn;
      if (boardDrawn.get()) return settleBoth();
      const stop = boardDrawn.subscribe(() => {
        if (!boardDrawn.get()) return;
        stop();
        settleBoth();
      });
      void drawn.then(stop);
    },
  };
}
