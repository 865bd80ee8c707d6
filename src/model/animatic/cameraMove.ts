import type { Movement } from '../types';

// How a shot's camera movement plays in the animatic: a transform of the still panel over the
// shot's duration. The player and the video export both draw with it, so they show the same
// frames.

/** The panel's transform at one moment: scale about the centre, offset and roll. */
export interface CameraFrame {
  scale: number;
  /** Offsets as fractions of the frame's width and height (positive: the picture moves right / down). */
  x: number;
  y: number;
  /** Roll in degrees. */
  rotation: number;
}

export const STILL: CameraFrame = Object.freeze({ scale: 1, x: 0, y: 0, rotation: 0 });

/** How strong a move is when the shot does not say (`moveAmount` absent): a gentle, readable move. */
export const DEFAULT_MOVE_AMOUNT = 0.5;

/** At amount 1: a push in or pull back of 30%, a drift of 20% of the frame, a handheld shake of 1.5%. */
const FULL_ZOOM = 0.3;
const FULL_DRIFT = 0.2;
const FULL_SHAKE = 0.015;

/**
 * The camera at `progress` (0 at the cut in, 1 at the cut out) of a shot with this movement.
 * `amount` (0..1) scales the move; `seed` makes each shot's handheld shake its own but the same
 * on every play and in every export.
 */
export function cameraAt(movement: Movement | null, amount: number, progress: number, seed = 0): CameraFrame {
  const a = Math.min(1, Math.max(0, amount));
  const p = easeInOut(Math.min(1, Math.max(0, progress)));
  // A drift crosses the frame from one side of centre to the other, zoomed in just enough
  // that the picture's edge never shows.
  const driftOffset = a * FULL_DRIFT * (0.5 - p);
  const driftScale = 1 + a * FULL_DRIFT * 1.1;
  switch (movement) {
    case 'dolly-in':
    case 'zoom-in':
      return { ...STILL, scale: 1 + a * FULL_ZOOM * p };
    case 'dolly-out':
    case 'zoom-out':
      return { ...STILL, scale: 1 + a * FULL_ZOOM * (1 - p) };
    case 'pan':
    case 'truck':
      return { ...STILL, scale: driftScale, x: driftOffset };
    case 'tilt':
    case 'crane':
      return { ...STILL, scale: driftScale, y: driftOffset };
    case 'handheld':
      return handheld(a, progress, seed);
    default:
      return STILL;
  }
}

function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

/** A small, smooth, repeatable shake: sums of slow sines whose phases come from the seed. */
function handheld(amount: number, progress: number, seed: number): CameraFrame {
  const phase = (seed % 997) * 0.731;
  const t = progress * 6;
  const wobble = (speed: number, offset: number) => Math.sin(t * speed + phase + offset) * 0.6 + Math.sin(t * speed * 2.3 + phase * 1.7 + offset) * 0.4;
  const size = amount * FULL_SHAKE;
  return { scale: 1 + size * 2, x: size * wobble(1.3, 0), y: size * wobble(1.1, 2.1), rotation: amount * 0.6 * wobble(0.7, 4.2) };
}

/** A number from a shot id for `cameraAt`'s seed. */
export function seedOf(id: string): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash;
}
