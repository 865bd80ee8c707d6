import { Awareness } from 'y-protocols/awareness';
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
  role: BoardRole = 'owner',
): BoardSession & { assets: DexieAssetStore } {
  return {
    boardId,
    doc,
    store: createBoardStore(doc, boardId),
    editor: createEditorState(),
    undo: createBoardUndo(doc, [SKETCH_ORIGIN]),
    assets: new DexieAssetStore(db),
    awareness: new Awareness(doc),
    role,
    canEdit: canWriteBoard(role),
  };
}

export function disposeBoardSession(session: BoardSession & { assets: DexieAssetStore }): void {
  session.awareness.destroy();
  session.assets.dispose();
  session.undo.destroy();
  session.store.destroy();
}
