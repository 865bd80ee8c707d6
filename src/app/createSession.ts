import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { canWriteBoard, type BoardRole } from '../model';
import { DexieAssetStore } from '../collab/assets';
import type { BeatboardDb } from '../collab/db';
import { createBoardUndo } from '../collab/undo';
import { createBoardStore } from '../editor/createBoardStore';
import { createEditorState } from '../editor/editorState';
import type { BoardSession } from '../editor/session';
import { SKETCH_ORIGIN } from '../editor/tools/sketch/origin';

/** Wires one open board: the read store, the local editor state, this user's undo and assets. */
export function createBoardSession(
  db: BeatboardDb,
  boardId: string,
  doc: Y.Doc,
  live: { role: BoardRole; awareness: Awareness; sync: BoardSession['sync'] },
): BoardSession & { assets: DexieAssetStore } {
  return {
    boardId,
    doc,
    store: createBoardStore(doc, boardId),
    editor: createEditorState(),
    undo: createBoardUndo(doc, [SKETCH_ORIGIN]),
    assets: new DexieAssetStore(db, boardId, () => live.sync.get().token, canWriteBoard(live.role)),
    awareness: live.awareness,
    role: live.role,
    canEdit: canWriteBoard(live.role),
    sync: live.sync,
  };
}

export function disposeBoardSession(session: BoardSession & { assets: DexieAssetStore }): void {
  session.assets.dispose();
  session.undo.destroy();
  session.store.destroy();
}
