import type { Box } from './geometry';
import { distanceToSegment } from './hitTest';

// A pointer reports up to a few hundred positions a second, most of them a fraction of a
// pixel apart. Strokes live in the shared doc forever and sync to every co-writer, so they
// are thinned and simplified before they are written. Points are flat [x0, y0, x1, y1, ...]
// lists in the 0..1 panel box; distances are measured in pixels of `box` so a panel's aspect
// does not stretch the tolerance.

/** Closest spacing kept between raw pointer samples, in pixels of the editor panel. */
export const MIN_POINT_SPACING_PX = 1.5;
/** How far the simplified line may stray from the drawn one, in pixels. Below a line width. */
export const SIMPLIFY_TOLERANCE_PX = 0.5;
/** Longest gap kept between stored points, in pixels of the editor panel (see simplifyPath). */
export const MAX_SEGMENT_PX = 16;
export const STROKE_DECIMALS = 4;

/** Drops every point closer than `minDistance` to the last kept one; keeps the last point so
 *  the stroke ends where the pen lifted. */
export function thinByDistance(points: readonly number[], minDistance: number, box: Box): number[] {
  if (points.length <= 4) return points.slice(0, points.length - (points.length % 2));
  const kept = [points[0], points[1]];
  const lastIndex = points.length - 2 - (points.length % 2);
  for (let i = 2; i < lastIndex; i += 2) {
    const dx = (points[i] - kept[kept.length - 2]) * box.width;
    const dy = (points[i + 1] - kept[kept.length - 1]) * box.height;
    if (Math.hypot(dx, dy) >= minDistance) kept.push(points[i], points[i + 1]);
  }
  kept.push(points[lastIndex], points[lastIndex + 1]);
  return kept;
}

/**
 * Ramer-Douglas-Peucker: keeps only the points that carry the shape, so a slowly drawn
 * straight line needs a handful of points instead of hundreds. No kept segment is longer
 * than `maxSegment` pixels (while there are points to split it at): strokes are drawn as a
 * smoothed curve through their points, and a curve through far-apart points bulges away
 * from what the artist drew, most visibly at a sharp corner. Iterative, so a very long
 * stroke cannot overflow the call stack.
 */
export function simplifyPath(points: readonly number[], tolerance: number, box: Box, maxSegment = Infinity): number[] {
  const count = Math.floor(points.length / 2);
  if (count <= 2) return points.slice(0, count * 2);
  const keep = new Uint8Array(count);
  keep[0] = 1;
  keep[count - 1] = 1;
  const ranges: Array<[number, number]> = [[0, count - 1]];
  while (ranges.length > 0) {
    const [first, last] = ranges.pop()!;
    let farthest = -1;
    let farthestDistance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const distance = pixelDistanceToSegment(points, i, first, last, box);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    if (farthest === -1) {
      if (last - first < 2 || pixelLength(points, first, last, box) <= maxSegment) continue;
      farthest = (first + last) >> 1;
    }
    keep[farthest] = 1;
    ranges.push([first, farthest], [farthest, last]);
  }
  const result: number[] = [];
  for (let i = 0; i < count; i++) if (keep[i]) result.push(points[i * 2], points[i * 2 + 1]);
  return result;
}

/** Rounds every coordinate; four decimals is a tenth of a pixel on a 1000 px panel. */
export function roundPoints(points: readonly number[], decimals = STROKE_DECIMALS): number[] {
  const factor = 10 ** decimals;
  return points.map((value) => Math.round(value * factor) / factor);
}

/**
 * The points to store for a finished stroke: thinned, simplified, rounded, with repeated
 * points removed. A tap becomes a dot: a stroke needs two distinct points to be drawn at
 * all, so a single point gets a neighbour one rounding step away.
 * Returns null when there is nothing to store.
 */
export function finishStrokePoints(points: readonly number[], box: Box): number[] | null {
  if (points.length < 2) return null;
  const thinned = thinByDistance(points, MIN_POINT_SPACING_PX, box);
  const simplified = roundPoints(simplifyPath(thinned, SIMPLIFY_TOLERANCE_PX, box, MAX_SEGMENT_PX));
  const distinct = [simplified[0], simplified[1]];
  for (let i = 2; i < simplified.length; i += 2) {
    const x = simplified[i];
    const y = simplified[i + 1];
    if (x !== distinct[distinct.length - 2] || y !== distinct[distinct.length - 1]) distinct.push(x, y);
  }
  if (distinct.length === 2) {
    const step = 10 ** -STROKE_DECIMALS;
    const x = distinct[0] + step <= 1 ? distinct[0] + step : distinct[0] - step;
    distinct.push(roundPoints([x])[0], distinct[1]);
  }
  return distinct;
}

function pixelDistanceToSegment(points: readonly number[], index: number, first: number, last: number, box: Box): number {
  const at = (i: number) => ({ x: points[i * 2] * box.width, y: points[i * 2 + 1] * box.height });
  return distanceToSegment(at(index), at(first), at(last));
}

function pixelLength(points: readonly number[], from: number, to: number, box: Box): number {
  const dx = (points[to * 2] - points[from * 2]) * box.width;
  const dy = (points[to * 2 + 1] - points[from * 2 + 1]) * box.height;
  return Math.hypot(dx, dy);
}
