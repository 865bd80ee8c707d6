import * as Y from 'yjs';
import { getShotsMap } from '../../../model';
import { SKETCH_ORIGIN } from './origin';

/**
 * The sketch editor's own undo history for one shot: it sees only transactions made with
 * SKETCH_ORIGIN on that shot's strokes, so undoing a stroke never reverts a co-writer's
 * stroke, a field edit or a shot move. Each stroke, erase or clear is one step.
 *
 * Returns null when the shot does not exist (deleted while the editor was opening).
 */
export function createSketchUndoManager(doc: Y.Doc, shotId: string): Y.UndoManager | null {
  const shot = getShotsMap(doc).get(shotId);
  if (!(shot instanceof Y.Map)) return null;
  const strokes = shot.get('strokes');
  // A shot read from an older or damaged doc may have no strokes array yet; the model
  // creates it on the first stroke, inside the shot map, so scoping to the shot still
  // captures that first stroke (and only sketch-origin edits are tracked either way).
  const scope = strokes instanceof Y.Array ? strokes : shot;
  return new Y.UndoManager(scope, {
    trackedOrigins: new Set<unknown>([SKETCH_ORIGIN]),
    // Strokes drawn in quick succession stay separate steps, as in any drawing tool.
    captureTimeout: 0,
  });
}
