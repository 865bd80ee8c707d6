// The message a strip worker gets (stripWorkers.ts, strip.worker.ts): a strip's panels with
// all their strokes' points in one buffer, which moves to the worker instead of being copied.

import type { PanelMetrics } from '../editor/layout';
import type { Emotion, Stroke } from '../model/types';
import type { StripPanel, StripShot } from './lowDetail';

export interface StripPaintRequest {
  id: number;
  /** The bitmap's size in device pixels. */
  width: number;
  height: number;
  /** Device pixels per board pixel. */
  ratio: number;
  metrics: PanelMetrics;
  panels: WorkerPanel[];
  /** Every stroke's encoded points, one after another (see WorkerStroke). */
  paths: Uint8Array;
}

export type StripPaintReply = { id: number; bitmap: ImageBitmap } | { id: number; error: string };

/** A panel as a worker gets it: where it is in the strip, its beat colour and its strokes. */
export interface WorkerPanel {
  x: number;
  emotion: Emotion | null;
  strokes: WorkerStroke[];
}

/** A stroke without its id, its `path` the bytes [start, end) of the request's `paths`. */
export interface WorkerStroke extends Omit<Stroke, 'id' | 'path'> {
  start: number;
  end: number;
}

/**
 * The panels' strokes with their points in one buffer. A stroke's path is a view into the
 * whole stored document (a message would copy that entire buffer), and one buffer per strip
 * costs far less to make and send than one per stroke.
 */
export function packPanels(stripPanels: readonly StripPanel[]): { panels: WorkerPanel[]; paths: Uint8Array } {
  let total = 0;
  for (const { shot } of stripPanels) for (const stroke of shot.strokes) total += stroke.path.length;
  const paths = new Uint8Array(total);
  let at = 0;
  const panels = stripPanels.map(({ x, shot }) => ({
    x,
    emotion: shot.beat.emotion,
    strokes: shot.strokes.map(({ tool, color, width, path }) => {
      paths.set(path, at);
      at += path.length;
      return { tool, color, width, start: at - path.length, end: at };
    }),
  }));
  return { panels, paths };
}

/** The panels a worker got, as the drawing code takes them. */
export function unpackPanels(panels: readonly WorkerPanel[], paths: Uint8Array): StripPanel[] {
  return panels.map(({ x, emotion, strokes }) => {
    const shot: StripShot = {
      beat: { emotion },
      strokes: strokes.map(({ start, end, ...style }) => ({ ...style, id: '', path: paths.subarray(start, end) })),
    };
    return { x, shot, image: null };
  });
}
