import { Awareness } from 'y-protocols/awareness';
import { silentPresence } from '../../../editor/presence/presencePublisher';
import * as Y from 'yjs';
import type { BoardStore } from '../../../editor/boardStore';
import { createBoardStore } from '../../../editor/createBoardStore';
import { createEditorState } from '../../../editor/editorState';
import type { BoardSession } from '../../../editor/session';
import { applyVersionDoc, bringBoardUpToDate, getMetaMap, readBoard, type VersionSnapshot } from '../../../model';
import type { BoardSnapshot } from '../../../model/types';

/** A read-only session over a version's docs, and how to let it go. */
export type VersionSession = BoardSession & { dispose(): void };

/**
 * A second session over a copy of a version: role viewer, no connection, no storage and no
 * presence. The canvas and every read hook work on it as on the live board, while nothing it
 * does can reach the live doc, the server or IndexedDB: its docs are in memory only, and
 * `canEdit` is false, so editing controls stay disabled.
 */
export function openVersionSession(live: BoardSession, snapshot: VersionSnapshot): VersionSession {
  const { doc, notes } = docsOf(snapshot);
  return readOnlySession(live, doc, notes, createBoardStore(doc, live.boardId));
}

/**
 * The same over the board as it is at this moment, without copying its doc: the live store's
 * snapshot is plain, immutable data, so a store that keeps handing out that one snapshot shows
 * the board as it was when asked, whatever is edited after. On a board of thousands of shots
 * this spares re-reading every sketch. Its doc is an empty one of its own, never the live doc.
 */
export function openBoardNowSession(live: BoardSession): VersionSession {
  const board = live.store.getBoard();
  const doc = new Y.Doc();
  const notes = new Y.Doc();
  Y.applyUpdate(notes, Y.encodeStateAsUpdate(live.notes));
  const store: BoardStore = {
    doc,
    boardId: live.boardId,
    getBoard: () => board,
    subscribe: () => () => undefined,
    getShot: (id) => board.shots[id],
    subscribeShot: () => () => undefined,
    destroy: () => undefined,
  };
  return readOnlySession(live, doc, notes, store);
}

function readOnlySession(live: BoardSession, doc: Y.Doc, notes: Y.Doc, store: BoardStore): VersionSession {
  // Awareness of the copy: no one else is in it, and it is never sent anywhere.
  const awareness = new Awareness(doc);
  const identity = live.presence.identity();
  // Tracks no origin: there is nothing of the user's to undo here.
  const undo = new Y.UndoManager(getMetaMap(doc), { trackedOrigins: new Set() });
  return {
    boardId: live.boardId,
    doc,
    notes,
    store,
    editor: createEditorState(),
    undo,
    // Assets are content-addressed, so the live board's cache shows the version's images (and plays its sounds) too.
    assets: {
      put: () => Promise.reject(new Error('A version is read-only.')),
      getUrl: (assetId) => live.assets.getUrl(assetId),
      getBlob: (assetId) => live.assets.getBlob(assetId),
    },
    awareness,
    role: 'viewer',
    canEdit: false,
    sync: {
      get: () => ({ ...live.sync.get(), saved: true, transfer: null }),
      subscribe: () => () => undefined,
      copyAsNewBoard: () => Promise.reject(new Error('A version is read-only.')),
    },
    presence: silentPresence(identity),
    dispose() {
      undo.destroy();
      store.destroy();
      awareness.destroy();
      doc.destroy();
      notes.destroy();
    },
  };
}

/** The live board as it is at this moment, as a version's content. */
export function snapshotOfBoard(live: BoardSession): VersionSnapshot {
  return { board: Y.encodeStateAsUpdate(live.doc), notes: Y.encodeStateAsUpdate(live.notes) };
}

/** A version's board as plain data, read from a copy that is dropped straight after. */
export function readVersionBoard(snapshot: VersionSnapshot): BoardSnapshot {
  const { doc, notes } = docsOf(snapshot);
  try {
    return readBoard(doc);
  } finally {
    doc.destroy();
    notes.destroy();
  }
}

function docsOf(snapshot: VersionSnapshot): { doc: Y.Doc; notes: Y.Doc } {
  const doc = new Y.Doc();
  const notes = new Y.Doc();
  applyVersionDoc(doc, snapshot.board);
  applyVersionDoc(notes, snapshot.notes);
  // An older version is read in today's format; the upgrade is written to these copies only.
  bringBoardUpToDate(doc, notes, 'owner');
  return { doc, notes };
}
