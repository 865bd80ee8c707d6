import * as Y from 'yjs';
import { NewerSchemaError } from '../../model/errors';
import { restoreEpisodesFromState, versionDocForShots } from '../../model/versions/partialCompare';
import { restoreBoard, restoreEpisodes, restoreNotes, restoreShotSketch, restoreShotText } from '../../model/versions/restore';
import { versionDocOf } from '../../model/versions/snapshot';
import type { VersionDocState, VersionSnapshot } from '../../model/versions/types';

/** What the Restore dialog asks for. */
export type RestoreChoice =
  | { scope: 'board' }
  | { scope: 'episodes'; episodeIds: readonly string[] }
  | { scope: 'shot-sketch'; shotId: string }
  | { scope: 'shot-text'; shotId: string };

/**
 * Applies a version to the open board as one forward change of this user (origin null), so
 * the room sees it like any edit and the restorer's Ctrl+Z takes it back in one step. A whole
 * restore makes the notes equal to the version's too, in the notes doc's own transaction.
 */
export function applyRestore(
  target: { doc: Y.Doc; notes: Y.Doc; undo: Pick<Y.UndoManager, 'stopCapturing'> },
  snapshot: VersionSnapshot,
  choice: RestoreChoice,
): void {
  // Only a whole restore decodes the whole version; the others read the shots they restore
  // (partialCompare.ts), which on a large board is a fraction of the time.
  const source =
    choice.scope === 'board' ? docOf(snapshot.board)
    : choice.scope === 'episodes' ? null
    : shotDocOf(snapshot, choice.shotId);
  // Neither merged into the edit just before nor into the next one: one undo step of its own.
  target.undo.stopCapturing();
  try {
    if (choice.scope === 'board') restoreBoard(target.doc, source!);
    else if (choice.scope === 'episodes') restoreEpisodesInPart(target.doc, snapshot, choice.episodeIds);
    else if (choice.scope === 'shot-sketch') restoreShotSketch(target.doc, source!, choice.shotId);
    else restoreShotText(target.doc, source!, choice.shotId);
    if (choice.scope === 'board') {
      const notes = docOf(snapshot.notes);
      try {
        restoreNotes(target.notes, notes);
      } finally {
        notes.destroy();
      }
    }
  } finally {
    source?.destroy();
    target.undo.stopCapturing();
  }
}

/**
 * Restores episodes reading only their shots out of the version; should its updates not read
 * that way (partialState.ts throws on what it does not know), from the whole version decoded.
 * Nothing is written before the version is read.
 */
function restoreEpisodesInPart(doc: Y.Doc, snapshot: VersionSnapshot, episodeIds: readonly string[]): void {
  let whole: Y.Doc | null = null;
  try {
    restoreEpisodesFromState(doc, snapshot.board, episodeIds);
    return;
  } catch (error) {
    if (error instanceof NewerSchemaError) throw error;
    whole = docOf(snapshot.board);
  }
  try {
    restoreEpisodes(doc, whole, episodeIds);
  } finally {
    whole.destroy();
  }
}

/** The version's doc with one shot whole, or (should its updates not read that way) the whole version. */
function shotDocOf(snapshot: VersionSnapshot, shotId: string): Y.Doc {
  try {
    return versionDocForShots(snapshot.board, [shotId]);
  } catch {
    return docOf(snapshot.board);
  }
}

/** A version's doc to read from; the caller destroys it. */
export function docOf(state: VersionDocState): Y.Doc {
  return versionDocOf(state);
}
