import { describe, expect, it } from 'vitest';
import {
  MAX_SCALE,
  MIN_SCALE,
  clampScale,
  edgePanVelocity,
  panBy,
  revealRect,
  screenToWorld,
  steppedScale,
  visibleWorldRect,
  wheelZoomFactor,
  worldToScreen,
  zoomAt,
  zoomStep,
  zoomToFit,
} from './camera';

const camera = { x: 100, y: 50, scale: 2 };

describe('camera', () => {
  it('converts between world and screen both ways', () => {
    const world = { x: 10, y: 20 };
    expect(worldToScreen(camera, world)).toEqual({ x: 120, y: 90 });
    expect(screenToWorld(camera, worldToScreen(camera, world))).toEqual(world);
  });

  it('zooms at a point, keeping the world point under it in place', () => {
    const pointer = { x: 300, y: 200 };
    const before = screenToWorld(camera, pointer);
    const zoomed = zoomAt(camera, pointer, 1.5);
    expect(zoomed.scale).toBe(3);
    const after = screenToWorld(zoomed, pointer);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('clamps the scale to 0.1-4', () => {
    expect(clampScale(0.01)).toBe(MIN_SCALE);
    expect(clampScale(100)).toBe(MAX_SCALE);
    expect(clampScale(Number.NaN)).toBe(1);
    expect(zoomAt({ x: 0, y: 0, scale: 4 }, { x: 5, y: 5 }, 2).scale).toBe(4);
  });

  it('leaves the camera object alone when nothing changes', () => {
    const atMax = { x: 0, y: 0, scale: MAX_SCALE };
    expect(zoomAt(atMax, { x: 1, y: 1 }, 2)).toBe(atMax);
    expect(panBy(camera, 0, 0)).toBe(camera);
  });

  it('pans by screen pixels', () => {
    expect(panBy(camera, 5, -5)).toEqual({ x: 105, y: 45, scale: 2 });
  });

  it('steps through zoom presets about the viewport centre', () => {
    expect(steppedScale(1, 1)).toBe(1.5);
    expect(steppedScale(1, -1)).toBe(0.75);
    expect(steppedScale(0.8, -1)).toBe(0.75);
    expect(steppedScale(4, 1)).toBe(4);
    expect(steppedScale(0.1, -1)).toBe(0.1);
    const viewport = { width: 800, height: 600 };
    const zoomed = zoomStep({ x: 0, y: 0, scale: 1 }, viewport, 1);
    expect(screenToWorld(zoomed, { x: 400, y: 300 })).toEqual({ x: 400, y: 300 });
  });

  it('fits bounds into the viewport, centred, never above 100%', () => {
    const fit = zoomToFit({ x: 0, y: 0, width: 2000, height: 500 }, { width: 1048, height: 600 }, { padding: 24 });
    expect(fit.scale).toBeCloseTo(0.5);
    expect(fit.x).toBeCloseTo(24);
    expect(fit.y).toBeCloseTo((600 - 250) / 2);

    const small = zoomToFit({ x: 0, y: 0, width: 100, height: 100 }, { width: 1000, height: 1000 });
    expect(small.scale).toBe(1);
    expect(small.x).toBe(450);
  });

  it('shows a board too big to fit from its top-left at the minimum scale', () => {
    const fit = zoomToFit({ x: 0, y: 0, width: 100_000, height: 40_000 }, { width: 1000, height: 800 }, { padding: 20 });
    expect(fit.scale).toBe(MIN_SCALE);
    expect(fit).toMatchObject({ x: 20, y: 20 });
  });

  it('reports the visible world rectangle with a margin', () => {
    const rect = visibleWorldRect({ x: -100, y: 0, scale: 0.5 }, { width: 400, height: 300 }, 10);
    expect(rect).toEqual({ x: 180, y: -20, width: 840, height: 640 });
  });

  it('reveals a rectangle with the least pan', () => {
    const viewport = { width: 500, height: 400 };
    const start = { x: 0, y: 0, scale: 1 };
    expect(revealRect(start, viewport, { x: 10, y: 50, width: 100, height: 100 }, 0)).toBe(start);
    const moved = revealRect(start, viewport, { x: 600, y: 50, width: 100, height: 100 }, 20);
    expect(moved.x).toBe(500 - 20 - 700);
    expect(moved.y).toBe(0);
  });

  it('turns wheel deltas into gentle zoom factors', () => {
    expect(wheelZoomFactor(-100)).toBeCloseTo(Math.exp(0.25));
    expect(wheelZoomFactor(100)).toBeCloseTo(Math.exp(-0.25));
    expect(wheelZoomFactor(2)).toBeCloseTo(0.98, 2);
  });

  it('auto-scrolls towards an edge the pointer is near', () => {
    const viewport = { width: 1000, height: 800 };
    expect(edgePanVelocity({ x: 500, y: 400 }, viewport)).toEqual({ x: 0, y: 0 });
    expect(edgePanVelocity({ x: 0, y: 400 }, viewport, 40, 16)).toEqual({ x: 16, y: 0 });
    expect(edgePanVelocity({ x: 500, y: 780 }, viewport, 40, 16)).toEqual({ x: 0, y: -8 });
    expect(edgePanVelocity({ x: 1200, y: 400 }, viewport, 40, 16).x).toBe(-16);
  });
});
