import * as Y from 'yjs';
import { boardRootMaps, getSuggestionsMap } from '../model';
import { getRhythmDismissalsMap, getRhythmThresholdsMap } from '../model/rhythm/roots';

/**
 * The board's undo stack for this user. It tracks only local origins (null: plain commands,
 * plus any extra origin such as the sketch editor's), so remote and stored updates, which
 * arrive with their provider as origin, are never undone by someone else's Ctrl+Z.
 */
export function createBoardUndo(doc: Y.Doc, extraOrigins: unknown[] = []): Y.UndoManager {
  // Suggestions are in scope for the user's own accept and dismiss (what the server streams
  // in has another origin and is never undone).
  // Rhythm thresholds and dismissals are the user's own edits too.
  const scope = [...boardRootMaps(doc), getSuggestionsMap(doc), getRhythmThresholdsMap(doc), getRhythmDismissalsMap(doc)];
  return new Y.UndoManager(scope, {
    trackedOrigins: new Set<unknown>([null, ...extraOrigins]),
    captureTimeout: 400,
  });
}
