import type { BoardChange, ChangeKind, ShotField } from '../../../model';
import type { BoardSnapshot } from '../../../model/types';
import type { Side } from './fieldValues';

export type EpisodeChange = Extract<BoardChange, { kind: 'episode' }>;
export type ShotChange = Extract<BoardChange, { kind: 'shot' }>;

/** One shot's line in the change list, with what it needs to be named and found. */
export interface ShotChangeRow {
  shotId: string;
  change: ChangeKind;
  fields: ShotField[];
  /** The shot's number on the side it is on ("2.3"): the newer side, the older for a removed shot. */
  number: string;
  /** Its scene heading, to tell shots apart at a glance; may be empty. */
  scene: string;
}

/** The changes of one episode: the episode's own (if any) and its shots', in reading order. */
export interface ChangeGroup {
  episodeId: string;
  /** 1-based position on the side the episode is on (the older side for a removed episode). */
  number: number;
  title: string;
  episode: EpisodeChange | null;
  shots: ShotChangeRow[];
}

/**
 * The entries of `compareBoards(before, after)` grouped by episode. `compareBoards` lists each
 * episode followed by its shots, in reading order with removed ones where they were, so a
 * group starts wherever the episode id changes and the order is kept as it is.
 */
export function groupChanges(changes: readonly BoardChange[], before: Side, after: Side): ChangeGroup[] {
  const groups: ChangeGroup[] = [];
  let current: ChangeGroup | null = null;
  for (const entry of changes) {
    if (!current || current.episodeId !== entry.episodeId) {
      current = newGroup(entry.episodeId, before.board, after.board);
      groups.push(current);
    }
    if (entry.kind === 'episode') {
      current.episode = entry;
    } else {
      const removed = entry.change === 'removed';
      const side = removed ? before : after;
      const shot = side.board.shots[entry.shotId];
      current.shots.push({
        shotId: entry.shotId,
        change: entry.change,
        fields: entry.fields,
        number: side.numbers[entry.shotId] ?? '',
        scene: shot?.scene.trim() ?? '',
      });
    }
  }
  return groups;
}

function newGroup(episodeId: string, before: BoardSnapshot, after: BoardSnapshot): ChangeGroup {
  let index = after.episodes.findIndex((episode) => episode.id === episodeId);
  let side = after;
  if (index < 0) {
    index = before.episodes.findIndex((episode) => episode.id === episodeId);
    side = before;
  }
  return { episodeId, number: index + 1, title: side.episodes[index]?.title.trim() ?? '', episode: null, shots: [] };
}

/** Shot ids the newer board marks, by how they changed; removed shots are not on it. */
export function panelMarksOf(changes: readonly BoardChange[]): Map<string, 'added' | 'changed'> {
  const marks = new Map<string, 'added' | 'changed'>();
  for (const entry of changes) {
    if (entry.kind === 'shot' && entry.change !== 'removed') marks.set(entry.shotId, entry.change);
  }
  return marks;
}

/** Where shots were taken out of a lane that is still on the newer board: after `afterShotId` (null: before the first). */
export interface RemovedSpot {
  episodeId: string;
  afterShotId: string | null;
  shotIds: string[];
}

/**
 * The gaps removed shots left in lanes the newer board still has, each after the nearest
 * earlier shot that is still in that lane. Shots of a removed episode have no lane to mark;
 * the list names them.
 */
export function removedSpotsOf(changes: readonly BoardChange[], before: BoardSnapshot, after: BoardSnapshot): RemovedSpot[] {
  const removed = new Set<string>();
  for (const entry of changes) if (entry.kind === 'shot' && entry.change === 'removed') removed.add(entry.shotId);
  const spots: RemovedSpot[] = [];
  for (const episode of after.episodes) {
    const beforeLane = before.shotsByEpisode[episode.id];
    if (!beforeLane) continue;
    const stillHere = new Set(after.shotsByEpisode[episode.id] ?? []);
    let anchor: string | null = null;
    let spot: RemovedSpot | null = null;
    for (const id of beforeLane) {
      if (stillHere.has(id)) {
        anchor = id;
        spot = null;
      } else if (removed.has(id)) {
        if (!spot) spots.push((spot = { episodeId: episode.id, afterShotId: anchor, shotIds: [] }));
        spot.shotIds.push(id);
      }
    }
  }
  return spots;
}
