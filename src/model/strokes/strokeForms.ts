import { STROKE_TOOLS, type Stroke, type StrokeTool } from '../types';
import { decodeStrokePath, encodeStrokePath, strokePathPointCount } from './pathCodec';

/**
 * The two stored forms of a stroke (docs/schema.md, "Strokes") and the one form the app
 * works with. Version 2 stores `path`, the compact encoding of pathCodec.ts; version 1
 * stored `points`, a JSON list of numbers. Readers accept both, so a board written by an
 * older Beatboard (or not yet migrated, for a viewer who may not write) still shows its
 * sketches; everything written from now on is version 2.
 */

/** A stroke as schema version 1 stored it. */
/** Stroke width is a fraction of the panel width; a whole panel is the widest that makes sense. */
export const MAX_STROKE_WIDTH = 1;

export interface StrokeV1 {
  id: string;
  tool: StrokeTool;
  color: string;
  width: number;
  points: number[];
}

/**
 * A stroke as drawing tools, imports and paste hand it to the commands: drawn points (with a
 * pressure value per point where the tool records it), or the encoded path of a stroke that
 * already exists. The id may be left out for a new stroke.
 */
export type StrokeInput = Omit<Stroke, 'id' | 'path'> & { id?: string } & (
  | { points: readonly number[]; pressure?: readonly number[]; path?: undefined }
  | { path: Uint8Array; points?: undefined; pressure?: undefined }
);

function hasStyle(s: Record<string, unknown>): boolean {
  return (
    typeof s.id === 'string' && s.id.length > 0 &&
    STROKE_TOOLS.includes(s.tool as StrokeTool) &&
    typeof s.color === 'string' && s.color.length > 0 &&
    typeof s.width === 'number' && s.width > 0 && s.width <= MAX_STROKE_WIDTH
  );
}

/**
 * An encoded path, checked the cheap way a reader needs: by its header only (a known flags
 * byte, a point count that fits the length). A heavy board holds tens of thousands of
 * strokes; a path damaged further in is found when it is drawn, and drawn as nothing.
 */
export function isEncodedPath(path: unknown): path is Uint8Array {
  return path instanceof Uint8Array && path.length >= 4 && path[0]! <= 1 && strokePathPointCount(path) * 2 <= path.length;
}

/** A version 2 stroke: its style fields and an encoded path. */
export function isStrokeV2(value: unknown): value is Stroke {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return hasStyle(s) && isEncodedPath(s.path);
}

/**
 * A version 1 stroke, checked by the point list's shape and its two ends rather than point by
 * point (every writer checked them all; a stray non-finite point is skipped when converted).
 */
export function isStrokeV1(value: unknown): value is StrokeV1 {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  const points = s.points;
  return (
    hasStyle(s) && Array.isArray(points) && points.length >= 2 && points.length % 2 === 0 &&
    Number.isFinite(points[0]) && Number.isFinite(points[points.length - 1])
  );
}

// Version 1 strokes converted on read, kept per stored object so that an unchanged stroke is
// the same object from one board snapshot to the next (the canvas caches by identity).
const converted = new WeakMap<object, Stroke>();

/** Encodes a version 1 stroke as version 2, skipping points that are not finite numbers. */
export function strokeFromV1(stroke: StrokeV1): Stroke {
  let cached = converted.get(stroke);
  if (!cached) {
    const points: number[] = [];
    for (let i = 0; i + 1 < stroke.points.length; i += 2) {
      const x = stroke.points[i];
      const y = stroke.points[i + 1];
      if (Number.isFinite(x) && Number.isFinite(y)) points.push(x!, y!);
    }
    cached = { id: stroke.id, tool: stroke.tool, color: stroke.color, width: stroke.width, path: encodeStrokePath(points) };
    converted.set(stroke, cached);
  }
  return cached;
}

/** A stored stroke of either version in the app's form, or null when it is unreadable. */
export function readStoredStroke(value: unknown): Stroke | null {
  if (isStrokeV2(value)) return value;
  if (isStrokeV1(value)) return strokeFromV1(value);
  return null;
}

/** The record to store for a draft: a fresh plain object, sharing nothing with the caller's. */
export function toStoredStroke(input: StrokeInput, id: string): Stroke {
  const path = input.path ? input.path.slice() : encodeStrokePath(input.points, input.pressure);
  return { id, tool: input.tool, color: input.color, width: input.width, path };
}

/** A stroke's points as a flat [x0, y0, ...] list; a damaged path has none. */
export function strokePoints(stroke: Pick<Stroke, 'path'>): number[] {
  try {
    return decodeStrokePath(stroke.path).points;
  } catch {
    return [];
  }
}

/**
 * The readable strokes of a stored list, in order. A stroke id met a second time is skipped:
 * two writers migrating the same version 1 stroke at the same moment each store a version 2
 * copy under its id, and the copies are the same drawing (see `migrateStrokeList`).
 */
export function readStrokeList(list: { forEach(fn: (item: unknown) => void): void }, onUnreadable?: (count: number) => void): Stroke[] {
  const strokes: Stroke[] = [];
  let seen: Set<string> | null = null;
  let unreadable = 0;
  list.forEach((item) => {
    const stroke = readStoredStroke(item);
    if (!stroke) {
      unreadable++;
      return;
    }
    // Most sketches have a few dozen strokes: a set only once there is a second one.
    if (strokes.length > 0) {
      seen ??= new Set(strokes.map((kept) => kept.id));
      if (seen.has(stroke.id)) return;
      seen.add(stroke.id);
    }
    strokes.push(stroke);
  });
  if (unreadable > 0) onUnreadable?.(unreadable);
  return strokes;
}

/** A stroke's points scaled to a width x height box, ready for a canvas or an SVG polyline. */
export function strokePointsIn(stroke: Pick<Stroke, 'path'>, width: number, height: number): number[] {
  const points = strokePoints(stroke);
  for (let i = 0; i + 1 < points.length; i += 2) {
    points[i] = points[i]! * width;
    points[i + 1] = points[i + 1]! * height;
  }
  return points;
}
