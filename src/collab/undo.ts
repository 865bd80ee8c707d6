import * as Y from 'yjs';
import { BOARD_ROOTS } from '../model';

/**
 * The board's undo stack for this user. It tracks only local origins (null: plain commands,
 * plus any extra origin such as the sketch editor's), so remote and stored updates, which
 * arrive with their provider as origin, are never undone by someone else's Ctrl+Z.
 */
export function createBoardUndo(doc: Y.Doc, extraOrigins: unknown[] = []): Y.UndoManager {
  const scope = BOARD_ROOTS.map((name) => doc.getMap(name));
  return new Y.UndoManager(scope, {
    trackedOrigins: new Set<unknown>([null, ...extraOrigins]),
    captureTimeout: 400,
  });
}
