import type * as Y from 'yjs';
import { getMetaMap, transact } from '../doc';
import { NewerSchemaError } from '../errors';
import { canWriteBoard, canWriteNotes, type BoardRole } from '../roles';
import { SCHEMA_VERSION } from '../types';
import { upgradeBoardStrokes, upgradeNotesMarks } from './strokesV2';

/**
 * Origin of migration writes. It is not null, so a user's undo (which tracks null) can never
 * undo a migration.
 */
export const MIGRATION_ORIGIN = 'beatboard:migration';

/**
 * Steps from version n to n + 1, keyed by n. A change to the format adds one here and bumps
 * SCHEMA_VERSION.
 */
const MIGRATIONS: Record<number, (doc: Y.Doc) => void> = {
  // Version 2: stroke points as an encoded path instead of a JSON list of numbers.
  1: (doc) => void upgradeBoardStrokes(doc),
  // Version 3 only adds optional shot fields (`moveAmount`, `transition`) with defaults, so an
  // older board is already a valid version 3 board: the step is the new version stamp.
  2: () => undefined,
  // Version 4 likewise only adds optional fields with defaults (an episode's `soundtrackAssetId`
  // and `soundtrackVolume`, a shot's `clipAssetId` and `clipVolume`): the step is the stamp.
  3: () => undefined,
};

/** The format version a board doc says it has; a board that never stamped one is version 1. */
export function storedSchemaVersion(doc: Y.Doc): number {
  const stored = getMetaMap(doc).get('schemaVersion');
  return typeof stored === 'number' && Number.isInteger(stored) && stored >= 1 ? stored : 1;
}

/** Throws `NewerSchemaError` for a board written by a newer Beatboard, which this one must not touch. */
export function assertKnownSchema(doc: Y.Doc): void {
  const version = storedSchemaVersion(doc);
  if (version > SCHEMA_VERSION) throw new NewerSchemaError(version, SCHEMA_VERSION);
}

/**
 * Brings a loaded board to the current format, as one transaction that undo never takes back.
 * A board without a readable version is taken to be version 1 (the first format) and stamped.
 * A board from a newer Beatboard throws `NewerSchemaError` and is left untouched.
 */
export function migrateBoard(doc: Y.Doc, origin: unknown = MIGRATION_ORIGIN): { from: number; to: number } {
  assertKnownSchema(doc);
  const from = storedSchemaVersion(doc);
  const meta = getMetaMap(doc);
  if (meta.get('schemaVersion') !== SCHEMA_VERSION) {
    transact(doc, origin, () => {
      for (let version = from; version < SCHEMA_VERSION; version++) MIGRATIONS[version]?.(doc);
      meta.set('schemaVersion', SCHEMA_VERSION);
    });
  }
  return { from, to: SCHEMA_VERSION };
}

/**
 * Upgrades what reached a current board in the older form since it was migrated: strokes a
 * server still held from before (this browser migrated its own older copy), and the copies
 * two writers made when they migrated at the same moment. Writes only when it finds any.
 */
export function tidyBoardStrokes(doc: Y.Doc, origin: unknown = MIGRATION_ORIGIN): number {
  return transact(doc, origin, () => upgradeBoardStrokes(doc));
}

/** The notes doc's side of the migration: the director's marks, in the same encoding. */
export function migrateNotes(notes: Y.Doc, origin: unknown = MIGRATION_ORIGIN): number {
  return transact(notes, origin, () => upgradeNotesMarks(notes));
}

/**
 * Brings both docs of an opened board to the current format, as far as `role` may write
 * each: a director or viewer reads an older board as it is and writes nothing. Run when a
 * board opens, and with `afterSync` once its first sync with the server is done: the server
 * may bring strokes in the older form, or copies from a migration made at the same moment
 * elsewhere, which a look through every stroke list tidies.
 */
export function bringBoardUpToDate(doc: Y.Doc, notes: Y.Doc, role: BoardRole, afterSync = false): void {
  if (canWriteBoard(role)) {
    migrateBoard(doc);
    if (afterSync) tidyBoardStrokes(doc);
  } else {
    assertKnownSchema(doc);
  }
  if (canWriteNotes(role)) migrateNotes(notes);
}
