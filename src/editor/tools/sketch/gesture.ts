import type { Box } from './geometry';
import { strokesTouchedByEraser, type HittableStroke, type Point } from './hitTest';
import { finishStrokePoints } from './simplify';

// One pointer gesture in the sketch editor, from pointer down to pointer up. The gestures
// collect input locally and hand back a single result at the end, so a stroke or an erase is
// written to the shared doc once, as one undo step, however many pointer events it took.

export interface DrawGesture {
  readonly kind: 'draw';
  /** Raw points so far, flat, in the 0..1 panel box. */
  readonly points: readonly number[];
  add(point: Point): void;
  /** The points to store, or null when the gesture left nothing worth keeping. */
  finish(box: Box): number[] | null;
}

export function startDrawGesture(at: Point): DrawGesture {
  const points: number[] = [at.x, at.y];
  return {
    kind: 'draw',
    points,
    add(point) {
      points.push(point.x, point.y);
    },
    finish(box) {
      return finishStrokePoints(points, box);
    },
  };
}

export interface EraseGesture {
  readonly kind: 'erase';
  /** Ids of the strokes touched so far, in the order they were touched. */
  readonly touched: ReadonlySet<string>;
  /** Sweeps the eraser to `point`; returns the ids it touched for the first time. */
  moveTo(point: Point, strokes: readonly (HittableStroke & { id: string })[], box: Box): string[];
  finish(): string[];
}

export function startEraseGesture(
  at: Point,
  strokes: readonly (HittableStroke & { id: string })[],
  box: Box,
  radiusPx: number,
): EraseGesture {
  const touched = new Set<string>();
  let last = at;
  const sweep = (to: Point, candidates: readonly (HittableStroke & { id: string })[], size: Box) => {
    const fresh = strokesTouchedByEraser(
      candidates.filter((stroke) => !touched.has(stroke.id)),
      last,
      to,
      radiusPx,
      size,
    );
    for (const id of fresh) touched.add(id);
    last = to;
    return fresh;
  };
  sweep(at, strokes, box);
  return {
    kind: 'erase',
    touched,
    moveTo: sweep,
    finish: () => [...touched],
  };
}

export type SketchGesture = DrawGesture | EraseGesture;
