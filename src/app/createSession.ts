import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { canWriteBoard, type BoardRole } from '../model';
import { DexieBoardAssets } from '../collab/assets';
import type { BeatboardDb } from '../collab/db';
import { createBoardUndo } from '../collab/undo';
import { createBoardStore } from '../editor/createBoardStore';
import { createEditorState } from '../editor/editorState';
import type { BoardSession } from '../editor/session';
import { SKETCH_ORIGIN } from '../editor/tools/sketch/origin';
import { saveIdentity, type Identity } from '../collab/presence/identity';
import { startFollowController } from '../editor/presence/follow';
import { startPresencePublisher } from '../editor/presence/presencePublisher';

/** Wires one open board: the read store, the local editor state, this user's undo and assets. */
export function createBoardSession(
  db: BeatboardDb,
  boardId: string,
  doc: Y.Doc,
  live: { role: BoardRole; awareness: Awareness; sync: BoardSession['sync']; identity: Identity; notes: Y.Doc },
): BoardSession & { assets: DexieBoardAssets; dispose(): void } {
  const editor = createEditorState();
  const publisher = startPresencePublisher(live.awareness, editor, live.identity);
  let identity = live.identity;
  const stopFollowing = startFollowController(live.awareness, editor);
  return {
    boardId,
    doc,
    notes: live.notes,
    store: createBoardStore(doc, boardId),
    editor,
    undo: createBoardUndo(doc, [SKETCH_ORIGIN]),
    assets: new DexieBoardAssets(db, boardId, () => live.sync.get().token, canWriteBoard(live.role)),
    awareness: live.awareness,
    role: live.role,
    canEdit: canWriteBoard(live.role),
    sync: live.sync,
    presence: {
      ...publisher,
      identity: () => identity,
      setIdentity(next) {
        identity = next;
        publisher.setUser(next);
        void saveIdentity(db, next);
      },
    },
    dispose() {
      stopFollowing();
      publisher.destroy();
    },
  };
}

export function disposeBoardSession(session: BoardSession & { assets: DexieBoardAssets; dispose(): void }): void {
  session.dispose();
  session.assets.dispose();
  session.undo.destroy();
  session.store.destroy();
}
