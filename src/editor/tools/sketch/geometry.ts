import type { Aspect } from '../../../model/types';

export interface Box {
  width: number;
  height: number;
}

/** Where the panel sits on screen, as from getBoundingClientRect(). */
export interface ScreenRect extends Box {
  left: number;
  top: number;
}

/** Width over height of a board aspect such as '9:16'. */
export function aspectRatio(aspect: Aspect): number {
  const [width, height] = aspect.split(':').map(Number);
  return width / height;
}

/**
 * The largest panel of the given aspect that fits the available area, in whole pixels.
 * Never smaller than 1 x 1, so a collapsed window does not produce a zero-sized stage.
 */
export function fitPanel(aspect: Aspect, available: Box): Box {
  const ratio = aspectRatio(aspect);
  const width = Math.max(0, available.width);
  const height = Math.max(0, available.height);
  const fitted = width / height > ratio ? { width: height * ratio, height } : { width, height: width / ratio };
  return { width: Math.max(1, Math.floor(fitted.width)), height: Math.max(1, Math.floor(fitted.height)) };
}

/**
 * A pointer position as a point of the 0..1 panel box. Clamped to the box: a stroke that
 * runs off the panel hugs its edge instead of being stored outside the frame, where the
 * board thumbnails (which do not clip) would draw it over the neighbouring panel.
 */
export function normalisePoint(clientX: number, clientY: number, panel: ScreenRect): [number, number] {
  const x = panel.width > 0 ? (clientX - panel.left) / panel.width : 0;
  const y = panel.height > 0 ? (clientY - panel.top) / panel.height : 0;
  return [clamp01(x), clamp01(y)];
}

function clamp01(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.min(1, Math.max(0, value));
}
