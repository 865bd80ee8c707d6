import type { Box } from './geometry';

// Eraser hit testing. The eraser removes whole strokes, so the only question is whether it
// came close enough to any part of a stroke. Everything is measured in pixels of the panel
// on screen: in a 9:16 panel a step of 0.1 across is much shorter than 0.1 down.

export interface Point {
  x: number;
  y: number;
}

/** Distance from point p to the segment a-b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  if (lengthSquared === 0) return Math.hypot(p.x - a.x, p.y - a.y);
  const t = clamp01(((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared);
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Shortest distance between segments a1-a2 and b1-b2 (0 when they cross). */
export function distanceBetweenSegments(a1: Point, a2: Point, b1: Point, b2: Point): number {
  if (segmentsCross(a1, a2, b1, b2)) return 0;
  return Math.min(
    distanceToSegment(a1, b1, b2),
    distanceToSegment(a2, b1, b2),
    distanceToSegment(b1, a1, a2),
    distanceToSegment(b2, a1, a2),
  );
}

export interface HittableStroke {
  /** Flat [x0, y0, x1, y1, ...] in the 0..1 panel box. */
  points: readonly number[];
  /** Line width as a fraction of the panel width. */
  width: number;
}

/**
 * Does the eraser, swept from `from` to `to` (0..1 panel points) with a radius of
 * `radiusPx`, touch the stroke? The stroke's own half width counts, so a thick marker line is
 * hit at its visible edge. Sweeping the whole pointer move means a fast flick still erases
 * the strokes it crossed between two pointer events.
 */
export function eraserTouchesStroke(
  stroke: HittableStroke,
  from: Point,
  to: Point,
  radiusPx: number,
  box: Box,
): boolean {
  const { points } = stroke;
  if (points.length < 2) return false;
  const reach = radiusPx + (stroke.width * box.width) / 2;
  const start = toPixels(from, box);
  const end = toPixels(to, box);
  let previous = { x: points[0] * box.width, y: points[1] * box.height };
  if (points.length < 4) return distanceToSegment(previous, start, end) <= reach;
  for (let i = 2; i + 1 < points.length; i += 2) {
    const current = { x: points[i] * box.width, y: points[i + 1] * box.height };
    if (distanceBetweenSegments(previous, current, start, end) <= reach) return true;
    previous = current;
  }
  return false;
}

/** Ids of the strokes touched by one eraser move. */
export function strokesTouchedByEraser<T extends HittableStroke & { id: string }>(
  strokes: readonly T[],
  from: Point,
  to: Point,
  radiusPx: number,
  box: Box,
): string[] {
  return strokes.filter((stroke) => eraserTouchesStroke(stroke, from, to, radiusPx, box)).map((stroke) => stroke.id);
}

function toPixels(point: Point, box: Box): Point {
  return { x: point.x * box.width, y: point.y * box.height };
}

function segmentsCross(a1: Point, a2: Point, b1: Point, b2: Point): boolean {
  const d1 = cross(b1, b2, a1);
  const d2 = cross(b1, b2, a2);
  const d3 = cross(a1, a2, b1);
  const d4 = cross(a1, a2, b2);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** Which side of the line o-a the point b lies on (sign of the cross product). */
function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
