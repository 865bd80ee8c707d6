import type * as Y from 'yjs';
import { getShotsMap } from '../doc';
import { groupShotsByEpisode, readStructure, readVisibleShot, type BoardStructure } from '../read';
import type { BoardSnapshot, Shot } from '../types';

/**
 * Reads the two sides of a partial comparison (partialCompare.ts) as `readBoard` reads each:
 * `placed` holds every shot of its side (the ones in `differing` whole, the rest by their
 * place only), `other` only the shots in `differing`. A shot not in `differing` has the same
 * items on both sides, so it is read from `placed` for both, and once when both sides show it
 * alike: decoding those thousands of places a second time was most of a comparison.
 */
export function readBoardPair(placed: Y.Doc, other: Y.Doc, differing: ReadonlySet<string>): [placedBoard: BoardSnapshot, otherBoard: BoardSnapshot] {
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
  getShotsMap(other).forEach((value, id) => {
    if (!differing.has(id)) return;
    const shot = readVisibleShot(id, value, otherSide.structure, otherSide.problems);
    if (shot) otherSide.shots[id] = shot;
  });
  return [boardOf(placedSide), boardOf(otherSide)];
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
