import { cameraAt, DEFAULT_MOVE_AMOUNT, progressInShot, seedOf, shotIndexAt, type CameraFrame, type Timeline } from '../../model/animatic';
import type { BoardSnapshot, Shot } from '../../model/types';
import { dissolveWeight } from './dissolve';
import { dialogueCues, lineAt } from './subtitles';

// What one frame of the animatic shows at a moment, worked out without drawing anything: the
// shot and its camera, the shot it dissolves from and how far, the subtitle. The player and
// the video export draw from this.

export interface FrameLayer {
  shot: Shot;
  camera: CameraFrame;
}

export interface FrameContent {
  /** The shot on screen; null on an empty timeline. */
  current: FrameLayer | null;
  /** The shot dissolving out under it, with `weight` < 1; null on a cut. */
  previous: FrameLayer | null;
  /** How much of `current` shows (1 but during a dissolve). */
  weight: number;
  /** Index of the dialogue line burnt in, or -1. */
  lineIndex: number;
  /** Index of the shot on the timeline, or -1. */
  shotIndex: number;
}

const EMPTY: FrameContent = { current: null, previous: null, weight: 1, lineIndex: -1, shotIndex: -1 };

function layerAt(shot: Shot, progress: number): FrameLayer {
  return { shot, camera: cameraAt(shot.movement, shot.moveAmount ?? DEFAULT_MOVE_AMOUNT, progress, seedOf(shot.id)) };
}

export function frameAt(board: BoardSnapshot, timeline: Timeline, ms: number): FrameContent {
  const shotIndex = shotIndexAt(timeline, ms);
  const entry = timeline.shots[shotIndex];
  const shot = entry && board.shots[entry.shotId];
  if (!entry || !shot) return EMPTY;
  const length = entry.endMs - entry.startMs;
  const into = Math.min(length, Math.max(0, ms - entry.startMs));
  let previous: FrameLayer | null = null;
  let weight = 1;
  if (shot.transition === 'dissolve') {
    weight = dissolveWeight(into, length);
    // The first shot dissolves in from black; any other from the last frame of the one before.
    const before = timeline.shots[shotIndex - 1];
    const beforeShot = before && board.shots[before.shotId];
    if (weight < 1 && beforeShot) previous = layerAt(beforeShot, 1);
  }
  return {
    current: layerAt(shot, progressInShot(entry, ms)),
    previous,
    weight,
    lineIndex: lineAt(dialogueCues(shot.dialogue, length), into),
    shotIndex,
  };
}
