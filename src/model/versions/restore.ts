import * as Y from 'yjs';
import { getCharactersMap, getEpisodesMap, getMetaMap, getShotsMap, transact } from '../doc';
import { assertKnownSchema, migrateBoard, migrateNotes, storedSchemaVersion } from '../migrations/migrateBoard';
import { getApprovalsMap, getCommentsMap, getMarksMap } from '../notes/commands';
import { getRhythmDismissalsMap, getRhythmThresholdsMap } from '../rhythm/roots';
import { isStrokeV1 } from '../strokes/strokeForms';
import { SCHEMA_VERSION } from '../types';
import { syncMapEntry, syncYMap } from './sync';

/**
 * Restoring a version: the board (or a part of it) is made equal to a version's doc by a new
 * forward change, never by applying the old state (which would merge with, not replace, what
 * is there now). Each restore is ONE transaction with the caller's `origin`: with the default
 * null, the restoring user's undo takes the whole restore back in one step, and nobody else's
 * undo touches it. Writes are minimal (sync.ts), so whatever others edit at the same moment
 * merges with the restore, and restoring a state the board already has writes nothing.
 *
 * `source` is a doc holding the version (e.g. `Y.applyUpdate(new Y.Doc(), snapshot.board)`);
 * it is only read. A version saved before the board was migrated to the current format is
 * migrated on a copy first, so a restore never writes strokes in an older form. A target or
 * source from a newer Beatboard throws `NewerSchemaError` and nothing is written.
 *
 * Suggestions are never restored: they are the server's stream of AI output, not content.
 */

/** Board roots a whole restore makes equal to the version's, besides `meta`. */
const RESTORED_BOARD_ROOTS = [getCharactersMap, getEpisodesMap, getShotsMap, getRhythmThresholdsMap, getRhythmDismissalsMap];
const SCHEMA_VERSION_KEY = new Set(['schemaVersion']);
/** What `restoreShotText` leaves alone: the sketch (restoreShotSketch) and the shot's place on the board. */
const NOT_SHOT_TEXT = new Set(['strokes', 'episodeId', 'order']);

/** Makes the whole board equal to the version: meta, characters, episodes, shots and rhythm settings. */
export function restoreBoard(target: Y.Doc, source: Y.Doc, origin: unknown = null): void {
  const version = boardInCurrentFormat(target, source);
  transact(target, origin, () => {
    const meta = getMetaMap(target);
    syncYMap(meta, getMetaMap(version), { skip: SCHEMA_VERSION_KEY });
    // Never lower the format version: the board's content may already use the newer format.
    const schemaVersion = Math.max(storedSchemaVersion(target), storedSchemaVersion(version));
    if (meta.get('schemaVersion') !== schemaVersion) meta.set('schemaVersion', schemaVersion);
    for (const root of RESTORED_BOARD_ROOTS) syncYMap(root(target), root(version));
  });
}

/**
 * Restores some episodes as they were in the version, with their shots: the shots that belong
 * to them in the version or on the board now. So shots added to them since are deleted, shots
 * deleted since come back, and a shot moved out to another episode since moves back (and one
 * moved in from another episode goes back there, as the version has it). An episode deleted
 * since is re-created with its shots; one of `episodeIds` that the version does not have (added
 * since) is deleted with its shots. Characters that a restored dialogue line speaks with and
 * that were deleted since come back too, else the lines would lose their speaker. Everything
 * else is left as it is.
 */
export function restoreEpisodes(target: Y.Doc, source: Y.Doc, episodeIds: readonly string[], origin: unknown = null): void {
  const version = boardInCurrentFormat(target, source);
  const episodes = new Set(episodeIds);
  transact(target, origin, () => {
    for (const id of episodes) syncRecord(getEpisodesMap(target), getEpisodesMap(version), id);
    const shotIds = new Set([...shotsOfEpisodes(version, episodes), ...shotsOfEpisodes(target, episodes)]);
    for (const id of shotIds) syncRecord(getShotsMap(target), getShotsMap(version), id);
    bringBackSpeakers(target, version, shotIds);
  });
}

/** Restores a shot's sketch as it was in the version; a shot deleted since comes back whole. */
export function restoreShotSketch(target: Y.Doc, source: Y.Doc, shotId: string, origin: unknown = null): void {
  restoreShotPart(target, source, shotId, origin, (shot, old) => {
    const oldStrokes = old.get('strokes');
    if (oldStrokes instanceof Y.Array) {
      syncMapEntry(shot, 'strokes', oldStrokes);
      return;
    }
    // The version's shot had no sketch list (a corrupt record): restore an empty sketch.
    const strokes = shot.get('strokes');
    if (strokes instanceof Y.Array && strokes.length > 0) strokes.delete(0, strokes.length);
  });
}

/**
 * Restores a shot's fields as they were in the version (scene, camera, timing, texts, dialogue,
 * beat, image), but not its sketch nor its place on the board; a shot deleted since comes back
 * whole.
 */
export function restoreShotText(target: Y.Doc, source: Y.Doc, shotId: string, origin: unknown = null): void {
  restoreShotPart(target, source, shotId, origin, (shot, old) => syncYMap(shot, old, { skip: NOT_SHOT_TEXT }));
}

/**
 * The shared part of the single-shot restores. A shot the version does not have is left alone
 * (there is nothing to restore). A shot deleted since is re-created whole, with its episode if
 * that is gone too, since a shot without its episode is not shown. Speakers of its restored
 * dialogue who were deleted since come back, as in `restoreEpisodes`.
 */
function restoreShotPart(
  target: Y.Doc, source: Y.Doc, shotId: string, origin: unknown,
  restorePart: (shot: Y.Map<unknown>, old: Y.Map<unknown>) => void,
): void {
  const version = boardInCurrentFormat(target, source);
  const old = getShotsMap(version).get(shotId);
  if (!(old instanceof Y.Map)) return;
  transact(target, origin, () => {
    const shot = getShotsMap(target).get(shotId);
    if (shot instanceof Y.Map) {
      restorePart(shot, old);
    } else {
      syncRecord(getShotsMap(target), getShotsMap(version), shotId);
      const episodeId = old.get('episodeId');
      if (typeof episodeId === 'string' && !(getEpisodesMap(target).get(episodeId) instanceof Y.Map)) {
        syncRecord(getEpisodesMap(target), getEpisodesMap(version), episodeId);
      }
    }
    bringBackSpeakers(target, version, [shotId]);
  });
}

/** Makes the notes doc (comments, marks, approvals) equal to the version's. */
export function restoreNotes(target: Y.Doc, source: Y.Doc, origin: unknown = null): void {
  const version = notesInCurrentFormat(source);
  transact(target, origin, () => {
    for (const root of [getCommentsMap, getMarksMap, getApprovalsMap]) syncYMap(root(target), root(version));
  });
}

/** Makes one record of a top-level map equal to the version's: synced, created or deleted. */
function syncRecord(target: Y.Map<unknown>, source: Y.Map<unknown>, id: string): void {
  if (source.has(id)) syncMapEntry(target, id, source.get(id));
  else if (target.has(id)) target.delete(id);
}

/** Ids of the shots of a doc that belong to one of `episodeIds`. */
function shotsOfEpisodes(doc: Y.Doc, episodeIds: ReadonlySet<string>): string[] {
  const ids: string[] = [];
  getShotsMap(doc).forEach((shot, id) => {
    if (shot instanceof Y.Map && episodeIds.has(shot.get('episodeId') as string)) ids.push(id);
  });
  return ids;
}

/** Re-creates the characters that the restored shots' dialogue names and that were deleted since. */
function bringBackSpeakers(target: Y.Doc, version: Y.Doc, shotIds: Iterable<string>): void {
  const characters = getCharactersMap(target);
  const oldCharacters = getCharactersMap(version);
  for (const shotId of shotIds) {
    const dialogue = (getShotsMap(target).get(shotId) as Y.Map<unknown> | undefined)?.get('dialogue');
    if (!(dialogue instanceof Y.Array)) continue;
    dialogue.forEach((line) => {
      const characterId = line instanceof Y.Map ? line.get('characterId') : undefined;
      if (typeof characterId === 'string' && !characters.has(characterId) && oldCharacters.has(characterId)) {
        syncMapEntry(characters, characterId, oldCharacters.get(characterId));
      }
    });
  }
}

/**
 * The version's board doc in the current format: itself, or a migrated copy when it was saved
 * before its board was migrated. Checks first that this Beatboard may write the target.
 */
function boardInCurrentFormat(target: Y.Doc, source: Y.Doc): Y.Doc {
  assertKnownSchema(target);
  assertKnownSchema(source);
  if (storedSchemaVersion(source) >= SCHEMA_VERSION) return source;
  const copy = copyOf(source);
  migrateBoard(copy);
  return copy;
}

/**
 * The version's notes doc with its marks in the current form. The notes doc has no version
 * stamp, so the copy is migrated whenever a mark list needs it (most restores skip the copy).
 */
function notesInCurrentFormat(source: Y.Doc): Y.Doc {
  if (!hasOldMarks(source)) return source;
  const copy = copyOf(source);
  migrateNotes(copy);
  return copy;
}

function hasOldMarks(notes: Y.Doc): boolean {
  let found = false;
  getMarksMap(notes).forEach((marks) => {
    if (found || !(marks instanceof Y.Array)) return;
    const ids = new Set<unknown>();
    marks.forEach((mark) => {
      const id = typeof mark === 'object' && mark !== null ? (mark as { id?: unknown }).id : undefined;
      if (ids.has(id) || isStrokeV1(mark)) found = true;
      ids.add(id);
    });
  });
  return found;
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}
