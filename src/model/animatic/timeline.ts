import { episodeShotsInOrder, shotNumbers } from '../derived';
import type { BoardSnapshot } from '../types';

// The animatic's clock: the shots of one or more episodes laid end to end by their durations.
// Pure, so the player, the timeline under it, the video export and the EDL all agree on where
// every shot starts.

/** Frames per second of the animatic's timecode and of its video export. */
export const ANIMATIC_FPS = 30;

/** The shortest a shot can be retimed to: one frame. */
export const MIN_SHOT_MS = Math.ceil(1000 / ANIMATIC_FPS);

export interface TimelineShot {
  shotId: string;
  episodeId: string;
  /** "episode.shot", 1-based, as the board numbers it. */
  number: string;
  startMs: number;
  endMs: number;
}

export interface Timeline {
  shots: TimelineShot[];
  durationMs: number;
}

/** The timeline of the given episodes, in board order (all of them when the list is empty). */
export function buildTimeline(board: BoardSnapshot, episodeIds: readonly string[] = []): Timeline {
  const wanted = new Set(episodeIds);
  const numbers = shotNumbers(board);
  const shots: TimelineShot[] = [];
  let at = 0;
  for (const episode of board.episodes) {
    if (wanted.size > 0 && !wanted.has(episode.id)) continue;
    for (const shotId of episodeShotsInOrder(board, episode.id)) {
      const duration = Math.max(0, board.shots[shotId]?.durationMs ?? 0);
      shots.push({ shotId, episodeId: episode.id, number: numbers[shotId] ?? '', startMs: at, endMs: at + duration });
      at += duration;
    }
  }
  return { shots, durationMs: at };
}

/**
 * Index of the shot on screen at `ms`: the last shot that starts at or before it, skipping
 * shots of no duration. The end of the timeline shows the last shot. -1 for an empty timeline.
 */
export function shotIndexAt(timeline: Timeline, ms: number): number {
  const { shots } = timeline;
  if (shots.length === 0) return -1;
  const t = Math.min(Math.max(ms, 0), timeline.durationMs);
  let low = 0;
  let high = shots.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (shots[mid]!.startMs <= t) low = mid;
    else high = mid - 1;
  }
  // A shot of no duration found here lies at the very end (otherwise a later shot would start
  // at the same time and be found); the end shows the last shot that has a duration.
  while (low > 0 && shots[low]!.endMs === shots[low]!.startMs) low--;
  return low;
}

/** How far into its shot `ms` is, 0 at the cut in and 1 at the cut out. */
export function progressInShot(shot: TimelineShot, ms: number): number {
  const length = shot.endMs - shot.startMs;
  return length <= 0 ? 0 : Math.min(1, Math.max(0, (ms - shot.startMs) / length));
}

/** Where stepping by shot lands from `ms`: the next shot's start, or this shot's start (or the previous one's, when already at a start). */
export function stepByShot(timeline: Timeline, ms: number, direction: 1 | -1): number {
  const index = shotIndexAt(timeline, ms);
  if (index < 0) return 0;
  if (direction === 1) return timeline.shots[index + 1]?.startMs ?? timeline.durationMs;
  const start = timeline.shots[index]!.startMs;
  return ms - start > frameMs() / 2 || index === 0 ? start : timeline.shots[index - 1]!.startMs;
}

/**
 * Dragging the cut at the end of shot `index` to `boundaryMs` changes that shot's duration
 * only (the shots after it move along). Snapped to whole frames, at least one frame long.
 */
export function retimedDuration(timeline: Timeline, index: number, boundaryMs: number): number {
  const shot = timeline.shots[index];
  if (!shot) throw new RangeError(`No shot ${index} on this timeline.`);
  return Math.max(MIN_SHOT_MS, snapToFrame(boundaryMs - shot.startMs));
}

export function frameMs(fps = ANIMATIC_FPS): number {
  return 1000 / fps;
}

export function snapToFrame(ms: number, fps = ANIMATIC_FPS): number {
  return Math.round((Math.round((ms * fps) / 1000) * 1000) / fps);
}

/** Running time as `mm:ss.ff` (ff: the frame within the second), as the player shows it. */
export function formatTimecode(ms: number, fps = ANIMATIC_FPS): string {
  const frames = Math.floor((Math.max(0, ms) * fps) / 1000 + 1e-6);
  const seconds = Math.floor(frames / fps);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}.${pad(frames % fps)}`;
}
