// The messages a paint worker gets (paintWorkers.ts, paint.worker.ts): a strip's panels, or one
// full-detail panel, with all their strokes' points in one buffer, which moves to the worker
// instead of being copied.

import type { PanelMetrics } from '../editor/layout';
import type { Emotion, Stroke } from '../model/types';
import type { StripPanel, StripShot } from './lowDetail';
import type { PanelFace } from './panelDrawing';

export type PaintRequest = StripPaintRequest | PanelPaintRequest;

export interface StripPaintRequest {
  kind: 'strip';
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

/** One panel at full detail: its face without the image (a worker paints none), strokes packed. */
export interface PanelPaintRequest {
  kind: 'panel';
  id: number;
  /** The bitmap's size in device pixels. */
  width: number;
  height: number;
  /** Device pixels per board pixel. */
  ratio: number;
  metrics: PanelMetrics;
  face: Omit<PanelFace, 'strokes' | 'image'>;
  strokes: WorkerStroke[];
  /** The strokes' encoded points, one after another. */
  paths: Uint8Array;
}

export type PaintReply = { id: number; bitmap: ImageBitmap } | { id: number; error: string };

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

type PackableStroke = Pick<Stroke, 'tool' | 'color' | 'width' | 'path'>;

/** Strokes with their points copied into one buffer of their own, after `at` bytes of it. */
function packStrokes(strokes: readonly PackableStroke[], paths: Uint8Array, at: number): WorkerStroke[] {
  return strokes.map(({ tool, color, width, path }) => {
    paths.set(path, at);
    at += path.length;
    return { tool, color, width, start: at - path.length, end: at };
  });
}

function bytesOf(strokes: readonly PackableStroke[]): number {
  return strokes.reduce((sum, stroke) => sum + stroke.path.length, 0);
}

/** Strokes a worker got, as the drawing code takes them. */
function unpackStrokes(strokes: readonly WorkerStroke[], paths: Uint8Array): Stroke[] {
  return strokes.map(({ start, end, ...style }) => ({ ...style, id: '', path: paths.subarray(start, end) }));
}

/** A panel's face as a worker gets it: the strokes' points in one buffer. */
export function packPanelFace(face: PanelFace): Pick<PanelPaintRequest, 'face' | 'strokes' | 'paths'> {
  const { strokes, image: _image, ...rest } = face;
  const paths = new Uint8Array(bytesOf(strokes));
  return { face: rest, strokes: packStrokes(strokes, paths, 0), paths };
}

/** The face a worker got, as the drawing code takes it. */
export function unpackPanelFace(request: Pick<PanelPaintRequest, 'face' | 'strokes' | 'paths'>): PanelFace {
  return { ...request.face, image: null, strokes: unpackStrokes(request.strokes, request.paths) };
}

/**
 * The panels' strokes with their points in one buffer. A stroke's path is a view into the
 * whole stored document (a message would copy that entire buffer), and one buffer per strip
 * costs far less to make and send than one per stroke.
 */
export function packPanels(stripPanels: readonly StripPanel[]): { panels: WorkerPanel[]; paths: Uint8Array } {
  const paths = new Uint8Array(stripPanels.reduce((sum, { shot }) => sum + bytesOf(shot.strokes), 0));
  let at = 0;
  const panels = stripPanels.map(({ x, shot }) => {
    const strokes = packStrokes(shot.strokes, paths, at);
    at += bytesOf(shot.strokes);
    return { x, emotion: shot.beat.emotion, strokes };
  });
  return { panels, paths };
}

/** The panels a worker got, as the drawing code takes them. */
export function unpackPanels(panels: readonly WorkerPanel[], paths: Uint8Array): StripPanel[] {
  return panels.map(({ x, emotion, strokes }) => {
    const shot: StripShot = { beat: { emotion }, strokes: unpackStrokes(strokes, paths) };
    return { x, shot, image: null };
  });
}
