import * as Y from 'yjs';
import { getShotsMap } from '../doc';
import { groupShotsByEpisode, readShot, readStructure, readVisibleShot, visibleShot, type BoardStructure } from '../read';
import type { BoardSnapshot, Shot } from '../types';

/** Where a shot is, read from a version's structs (its `episodeId` and `order`), for a shot read no further. */
export interface ShotPlace {
  id: string;
  episodeId: string;
  order: string;
}

/**
 * Reads the two sides of a partial comparison (partialCompare.ts) as `readBoard` reads each:
 * `placed` holds every shot of its side (the ones in `differing` whole, the rest by their
 * place only), `other` only the shots in `differing`. A shot not in `differing` has the same
 * items on both sides, so it is read from `placed` for both, and once when both sides show it
 * alike: decoding those thousands of places a second time was most of a comparison.
 *
 * With `places`, the shots not in `differing` are those, read from their places alone (as
 * `readShot` reads a shot holding only them), and `placed` too holds only the differing ones.
 */
export function readBoardPair(
  placed: Y.Doc, other: Y.Doc, differing: ReadonlySet<string>, places?: readonly ShotPlace[],
): [placedBoard: BoardSnapshot, otherBoard: BoardSnapshot] {
  const placedSide = sideOf(placed);
  const otherSide = sideOf(other);
  getShotsMap(placed).forEach((value, id) => {
    const problems = placedSide.problems.length;
    const shot = readVisibleShot(id, value, placedSide.structure, placedSide.problems);
    if (shot) placedSide.shots[id] = shot;
    if (differing.has(id)) return;
    // The same shot on the other side when it read without a problem, in an episode the other
    // side has too, with no dialogue naming a character (only places are decoded).
    const alike = shot !== null && placedSide.problems.length === problems && shot.dialogue.length === 0 && otherSide.structure.episodeIds.has(shot.episodeId);
    const otherShot = alike ? shot : readVisibleShot(id, value, otherSide.structure, otherSide.problems);
    if (otherShot) otherSide.shots[id] = otherShot;
  });
  if (places) {
    const shotAt = shotOfPlace();
    for (const place of places) {
      const shot = shotAt(place);
      for (const side of [placedSide, otherSide]) {
        const shown = visibleShot(shot, side.structure, side.problems);
        if (shown) side.shots[place.id] = shown;
      }
    }
  }
  getShotsMap(other).forEach((value, id) => {
    if (!differing.has(id)) return;
    const shot = readVisibleShot(id, value, otherSide.structure, otherSide.problems);
    if (shot) otherSide.shots[id] = shot;
  });
  return [boardOf(placedSide), boardOf(otherSide)];
}

/**
 * Makes shots as `readShot` reads a shot map holding only a string `episodeId` and `order`:
 * it reads one such map once, and copies it for each place (lists and objects in it too, so
 * no two shots share one).
 */
function shotOfPlace(): (place: ShotPlace) => Shot {
  const doc = new Y.Doc();
  const map = getShotsMap(doc).set('shot', new Y.Map<unknown>());
  map.set('episodeId', 'episode');
  map.set('order', 'a0');
  const template = readShot('shot', map);
  doc.destroy();
  const nested = Object.entries(template).filter(([, value]) => value !== null && typeof value === 'object');
  return ({ id, episodeId, order }) => {
    const shot = { ...template, id, episodeId, order } as Record<string, unknown>;
    for (const [field, value] of nested) shot[field] = Array.isArray(value) ? [...value] : { ...value };
    return shot as unknown as Shot;
  };
}

interface Side {
  structure: BoardStructure;
  shots: Record<string, Shot>;
  problems: string[];
}

function sideOf(doc: Y.Doc): Side {
  const problems: string[] = [];
  return { structure: readStructure(doc, problems), shots: {}, problems };
}

function boardOf({ structure, shots, problems }: Side): BoardSnapshot {
  const { meta, characters, episodes } = structure;
  return { meta, characters, episodes, shots, shotsByEpisode: groupShotsByEpisode(episodes, shots), problems };
}
