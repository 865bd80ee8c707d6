import * as Y from 'yjs';
import { arrayIn, getShotMap, transact, type RecordMap } from '../doc';
import { NotFoundError } from '../errors';
import { newId } from '../ids';
import { StrokeInputSchema, parseInput } from '../schema';
import { toStoredStroke, type StrokeInput } from '../strokes/strokeForms';
import type { Stroke } from '../types';

/**
 * Sketch strokes of a shot: a Y.Array of plain, immutable stroke objects. A stroke is added
 * whole when the pen lifts and erased whole, so strokes never need merging.
 */

function strokesOf(shot: RecordMap): Y.Array<unknown> {
  return arrayIn(shot, 'strokes');
}

/** Stores a plain copy, so later changes to the caller's stroke cannot reach the doc. */
export function copyStroke(stroke: Stroke): Stroke {
  return toStoredStroke(stroke, stroke.id);
}

export type { StrokeInput };

/** Checks a stroke to add and gives it its stored (version 2) form. */
export function storedStrokeOf(input: StrokeInput): Stroke {
  const valid = parseInput(StrokeInputSchema, input) as StrokeInput;
  return toStoredStroke(valid, valid.id ?? newId());
}

/** Adds a stroke and returns its id. */
export function addStroke(doc: Y.Doc, shotId: string, stroke: StrokeInput, origin?: unknown): string {
  const stored = storedStrokeOf(stroke);
  transact(doc, origin, () => {
    const shot = getShotMap(doc, shotId);
    if (!shot) throw new NotFoundError('shot', shotId);
    strokesOf(shot).push([stored]);
  });
  return stored.id;
}

export function eraseStrokes(doc: Y.Doc, shotId: string, strokeIds: string[], origin?: unknown): void {
  const doomed = new Set(strokeIds);
  transact(doc, origin, () => {
    const strokes = getShotMap(doc, shotId)?.get('strokes');
    if (!(strokes instanceof Y.Array)) return;
    const indexes: number[] = [];
    strokes.forEach((stroke, index) => {
      if (doomed.has((stroke as Partial<Stroke> | null)?.id ?? '')) indexes.push(index);
    });
    // From the end, so earlier deletions do not shift the indexes still to delete.
    for (let i = indexes.length - 1; i >= 0; i--) strokes.delete(indexes[i], 1);
  });
}

export function clearStrokes(doc: Y.Doc, shotId: string, origin?: unknown): void {
  transact(doc, origin, () => {
    const strokes = getShotMap(doc, shotId)?.get('strokes');
    if (strokes instanceof Y.Array && strokes.length > 0) strokes.delete(0, strokes.length);
  });
}
