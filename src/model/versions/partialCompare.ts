import * as Y from 'yjs';
import { getShotsMap } from '../doc';
import type { BoardSnapshot } from '../types';
import { compareBoards } from './compare';
import { readBoardPair, type ShotPlace } from './partialRead';
import { VersionStructs, type OlderState, type PlaceFilter } from './partialState';
import { restoreEpisodes } from './restore';
import { versionUpdates } from './snapshot';
import type { BoardChange, VersionDocState } from './types';

/**
 * Comparing and restoring from a version's updates without decoding all of them
 * (partialState.ts): only the shots that matter are decoded whole. Of every other shot, a doc
 * made this way holds its entry with its episode and its place (`episodeId`, `order`), so
 * lanes, shot numbers and reading order are those of the whole board.
 */

/** The shots' fingerprints: per shot id, what identifies all its structs and which are deleted. */
type Fingerprints = Map<string, [number, number, number]>;

/**
 * Per shot, a fingerprint of the Yjs items below it: their IDs, unit by unit, and whether each
 * is deleted. A struct's content never changes once made, so two docs whose items below a shot
 * are the same, with the same deleted, show that shot the same; the fingerprint does not
 * depend on how the items are split into structs. Two sums of two different mixes of each
 * unit, and the count: a shot that changed reads as unchanged only if both 32-bit sums collide.
 */
function shotFingerprints(structs: VersionStructs, older?: OlderState): Fingerprints {
  const prints: Fingerprints = new Map();
  structs.forEachItem((root, shotId, _field, client, clock, length, deleted) => {
    if (root !== 'shots' || typeof shotId !== 'string') return;
    let print = prints.get(shotId);
    if (!print) prints.set(shotId, (print = [0, 0, 0]));
    for (let unit = clock; unit < clock + length; unit++) {
      const key = unit * 2 + (deleted ? 1 : 0);
      print[0] = (print[0] + mix(client ^ 0x9e3779b9, key)) | 0;
      print[1] = (print[1] + mix(client + 0x7f4a7c15, key ^ 0x5bd1e995)) | 0;
    }
    print[2] += length;
  }, older);
  return prints;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b >>> 16), 0x85ebca6b) ^ Math.imul(b, 0xc2b2ae35);
  h ^= h >>> 13;
  h = Math.imul(h, 0x27d4eb2f);
  return h ^ (h >>> 16);
}

function samePrint(a: [number, number, number] | undefined, b: [number, number, number] | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
}

/** What a partial doc keeps: everything but the shots, and of a shot not in `whole` its entry, episode and place. */
function keepShots(whole: ReadonlySet<string>): PlaceFilter {
  return (root, shotId, field) => {
    if (root !== 'shots' || typeof shotId !== 'string' || field === undefined) return true;
    return whole.has(shotId) || field === 'episodeId' || field === 'order';
  };
}

/**
 * The place of each shot not in `differing`, read from the structs; null when some shot's
 * entry or place is not that plain (then they are decoded).
 */
function unchangedPlaces(structs: VersionStructs, differing: ReadonlySet<string>): ShotPlace[] | null {
  const entries = structs.entryFields('shots', ['episodeId', 'order']);
  if (!entries) return null;
  const places: ShotPlace[] = [];
  for (const [id, [episodeId, order]] of entries) {
    if (differing.has(id)) continue;
    // readBoard skips a record of this id, and reads a place of another type with a problem.
    if (id === '__proto__' || typeof episodeId !== 'string' || typeof order !== 'string') return null;
    places.push({ id, episodeId, order });
  }
  return places;
}

/** What a doc to read some shots from keeps: everything but the shots, and those shots whole. */
function keepOnlyShots(shots: ReadonlySet<string>): PlaceFilter {
  return (root, shotId) => root !== 'shots' || typeof shotId !== 'string' || shots.has(shotId);
}

function bytesOf(updates: readonly Uint8Array[]): number {
  return updates.reduce((sum, update) => sum + update.byteLength, 0);
}

function docOf(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const update of updates) Y.applyUpdate(doc, update);
  });
  return doc;
}

export interface PartialComparison {
  /** Exactly `compareBoards` of the two whole boards. */
  changes: BoardChange[];
  /**
   * The two boards as far as they were decoded: whole for every shot in `changes`, and for the
   * rest only their episode and place (their other fields read as empty).
   */
  before: BoardSnapshot;
  after: BoardSnapshot;
}

/**
 * Compares two versions' board docs (as `compareBoards(readBoard(before), readBoard(after))`),
 * decoding only the shots that may differ: those whose items differ between the two.
 */
export function compareVersionStates(before: VersionDocState, after: VersionDocState): PartialComparison {
  // Two versions of one board share their base, or the older one's structs are all in the
  // newer one: then only the larger is scanned, and the other read through it.
  const [beforeUpdates, afterUpdates] = [versionUpdates(before), versionUpdates(after)];
  const afterIsLarger = bytesOf(afterUpdates) >= bytesOf(beforeUpdates);
  const larger = new VersionStructs(afterIsLarger ? afterUpdates : beforeUpdates);
  const older = larger.olderState(afterIsLarger ? beforeUpdates : afterUpdates);
  const smaller = older ? null : new VersionStructs(afterIsLarger ? beforeUpdates : afterUpdates);
  const largerPrints = shotFingerprints(larger);
  const smallerPrints = older ? shotFingerprints(larger, older) : shotFingerprints(smaller!);
  const [beforePrints, afterPrints] = afterIsLarger ? [smallerPrints, largerPrints] : [largerPrints, smallerPrints];
  const differing = new Set<string>();
  for (const [id, print] of beforePrints) if (!samePrint(print, afterPrints.get(id))) differing.add(id);
  for (const id of afterPrints.keys()) if (!beforePrints.has(id)) differing.add(id);
  // The shots that do not differ read the same on both sides (readBoardPair): from their
  // places read out of the larger side's structs, or else its doc holds their places.
  const places = unchangedPlaces(larger, differing);
  const keepDiffering = keepOnlyShots(differing);
  const largerUpdates = larger.select(places ? keepDiffering : keepShots(differing));
  const largerDoc = docOf(largerUpdates);
  // Reading the places from the structs, both sides keep the same: a shared base is written once.
  const smallerDoc = docOf(older ? larger.selectOlder(older, keepDiffering, places ? largerUpdates : undefined) : smaller!.select(keepDiffering));
  try {
    const [largerBoard, smallerBoard] = readBoardPair(largerDoc, smallerDoc, differing, places ?? undefined);
    const [beforeBoard, afterBoard] = afterIsLarger ? [smallerBoard, largerBoard] : [largerBoard, smallerBoard];
    return { changes: compareBoards(beforeBoard, afterBoard), before: beforeBoard, after: afterBoard };
  } finally {
    largerDoc.destroy();
    smallerDoc.destroy();
  }
}

/**
 * A doc of a version's board holding everything but the shots, where each shot is, and the
 * shots of `shotIds` whole: enough to restore those shots (`restoreShotSketch`,
 * `restoreShotText`). The caller destroys it.
 */
export function versionDocForShots(version: VersionDocState, shotIds: Iterable<string>): Y.Doc {
  return docOf(new VersionStructs(versionUpdates(version)).select(keepShots(new Set(shotIds))));
}

/**
 * `restoreEpisodes(target, doc of the version, episodeIds)`, decoding of the version only what
 * that restore reads: its episodes, characters and meta, and whole the shots that belong to
 * those episodes in the version or on the board now.
 */
export function restoreEpisodesFromState(target: Y.Doc, version: VersionDocState, episodeIds: readonly string[], origin: unknown = null): void {
  const structs = new VersionStructs(versionUpdates(version));
  const episodes = new Set(episodeIds);
  const shots = new Set<string>();
  const inEpisodes = (shot: unknown, id: string) => {
    if (shot instanceof Y.Map && episodes.has(shot.get('episodeId') as string)) shots.add(id);
  };
  getShotsMap(target).forEach(inEpisodes);
  // Where each shot of the version is, read from its structs; decoded only when that read
  // cannot tell (a field written in an unusual way).
  const places = structs.fieldValues('shots', 'episodeId');
  if (places) {
    for (const [id, episodeId] of places) if (episodes.has(episodeId as string)) shots.add(id);
  } else {
    const doc = docOf(structs.select(keepShots(new Set())));
    getShotsMap(doc).forEach(inEpisodes);
    doc.destroy();
  }
  // restoreEpisodes reads of the version only these shots (and the rest of the board, not
  // the shots), so the others are left out whole.
  const source = docOf(structs.select(keepOnlyShots(shots)));
  try {
    restoreEpisodes(target, source, episodeIds, origin);
  } finally {
    source.destroy();
  }
}
