import type { Camera } from './editorState';
import type { Point, Rect, Size } from './geometry';

// The camera maps world to screen: screen = world * scale + (x, y). Every function here is
// pure and returns a new camera, so the canvas, the toolbar and the keyboard share one path.

export const MIN_SCALE = 0.1;
export const MAX_SCALE = 4;

/** Zoom presets the zoom in / zoom out actions step through. */
const ZOOM_STEPS = [0.1, 0.15, 0.25, 0.35, 0.5, 0.75, 1, 1.5, 2, 3, 4];

export function clampScale(scale: number): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export function screenToWorld(camera: Camera, point: Point): Point {
  return { x: (point.x - camera.x) / camera.scale, y: (point.y - camera.y) / camera.scale };
}

export function worldToScreen(camera: Camera, point: Point): Point {
  return { x: point.x * camera.scale + camera.x, y: point.y * camera.scale + camera.y };
}

export function worldRectToScreen(camera: Camera, rect: Rect): Rect {
  const topLeft = worldToScreen(camera, rect);
  return { x: topLeft.x, y: topLeft.y, width: rect.width * camera.scale, height: rect.height * camera.scale };
}

/** The part of the world the viewport shows, grown by `marginPx` screen pixels on each side. */
export function visibleWorldRect(camera: Camera, viewport: Size, marginPx = 0): Rect {
  const topLeft = screenToWorld(camera, { x: -marginPx, y: -marginPx });
  return {
    x: topLeft.x,
    y: topLeft.y,
    width: (viewport.width + marginPx * 2) / camera.scale,
    height: (viewport.height + marginPx * 2) / camera.scale,
  };
}

export function panBy(camera: Camera, dx: number, dy: number): Camera {
  if (dx === 0 && dy === 0) return camera;
  return { ...camera, x: camera.x + dx, y: camera.y + dy };
}

/** Scales by `factor` keeping the world point under `screenPoint` where it is (zoom at the pointer). */
export function zoomAt(camera: Camera, screenPoint: Point, factor: number): Camera {
  return zoomToScale(camera, screenPoint, camera.scale * factor);
}

export function zoomToScale(camera: Camera, screenPoint: Point, scale: number): Camera {
  const next = clampScale(scale);
  if (next === camera.scale) return camera;
  const world = screenToWorld(camera, screenPoint);
  return { scale: next, x: screenPoint.x - world.x * next, y: screenPoint.y - world.y * next };
}

/** Next preset above (direction 1) or below (-1) the current scale. */
export function steppedScale(scale: number, direction: 1 | -1): number {
  const epsilon = 1e-6;
  if (direction > 0) return ZOOM_STEPS.find((step) => step > scale + epsilon) ?? MAX_SCALE;
  return [...ZOOM_STEPS].reverse().find((step) => step < scale - epsilon) ?? MIN_SCALE;
}

export function zoomStep(camera: Camera, viewport: Size, direction: 1 | -1): Camera {
  return zoomToScale(camera, center(viewport), steppedScale(camera.scale, direction));
}

/**
 * Frames `bounds` in the viewport. Never zooms in past `maxScale` (a small board is shown at
 * 100%, not blown up); a board too big to fit at the minimum scale is shown from its top-left.
 */
export function zoomToFit(bounds: Rect, viewport: Size, options: { padding?: number; maxScale?: number } = {}): Camera {
  const padding = options.padding ?? 48;
  const maxScale = options.maxScale ?? 1;
  const availableWidth = Math.max(1, viewport.width - padding * 2);
  const availableHeight = Math.max(1, viewport.height - padding * 2);
  const fit = Math.min(availableWidth / Math.max(1, bounds.width), availableHeight / Math.max(1, bounds.height));
  const scale = clampScale(Math.min(maxScale, fit));
  const width = bounds.width * scale;
  const height = bounds.height * scale;
  const x = width <= availableWidth ? (viewport.width - width) / 2 : padding;
  const y = height <= availableHeight ? (viewport.height - height) / 2 : padding;
  return { scale, x: x - bounds.x * scale, y: y - bounds.y * scale };
}

/** Pans the least distance that brings `rect` (world) fully into view, with a margin. */
export function revealRect(camera: Camera, viewport: Size, rect: Rect, marginPx = 32): Camera {
  const left = rect.x * camera.scale + camera.x;
  const top = rect.y * camera.scale + camera.y;
  const right = left + rect.width * camera.scale;
  const bottom = top + rect.height * camera.scale;
  const dx = axisShift(left, right, marginPx, viewport.width - marginPx);
  const dy = axisShift(top, bottom, marginPx, viewport.height - marginPx);
  return panBy(camera, dx, dy);
}

function axisShift(start: number, end: number, min: number, max: number): number {
  if (end - start > max - min) return min - start; // too big: align the start
  if (start < min) return min - start;
  if (end > max) return max - end;
  return 0;
}

/**
 * Zoom factor for one wheel event. Chromium delivers trackpad pinches as ctrl+wheel with small
 * deltas and mouse wheel notches as large ones; clamping keeps a notch to about 1.28x while a
 * pinch stays smooth.
 */
export function wheelZoomFactor(deltaY: number): number {
  const clamped = Math.max(-25, Math.min(25, deltaY));
  return Math.exp(-clamped * 0.01);
}

/** Wheel deltas in pixels, whatever unit the browser reported (0 px, 1 lines, 2 pages). */
export function wheelDeltaPixels(delta: number, deltaMode: number, pageSize: number): number {
  if (deltaMode === 1) return delta * 16;
  if (deltaMode === 2) return delta * pageSize;
  return delta;
}

/**
 * Auto-scroll while dragging near the canvas edge: screen pixels per frame to pan the camera,
 * growing as the pointer nears (or passes) the edge. Zero in the middle of the canvas.
 */
export function edgePanVelocity(point: Point, viewport: Size, edge = 40, maxSpeed = 16): Point {
  const axis = (position: number, length: number) => {
    if (position < edge) return Math.min(1, (edge - position) / edge) * maxSpeed;
    if (position > length - edge) return -Math.min(1, (position - (length - edge)) / edge) * maxSpeed;
    return 0;
  };
  return { x: axis(point.x, viewport.width), y: axis(point.y, viewport.height) };
}

export function center(size: Size): Point {
  return { x: size.width / 2, y: size.height / 2 };
}

