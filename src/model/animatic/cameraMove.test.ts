import { describe, expect, it } from 'vitest';
import { MOVEMENTS } from '../types';
import { cameraAt, DEFAULT_MOVE_AMOUNT, seedOf, STILL } from './cameraMove';

describe('the camera move of a shot in the animatic', () => {
  it('pushes in for dolly-in and zoom-in, and pulls back for dolly-out and zoom-out', () => {
    for (const movement of ['dolly-in', 'zoom-in'] as const) {
      expect(cameraAt(movement, 1, 0)).toEqual(STILL);
      expect(cameraAt(movement, 1, 1).scale).toBeCloseTo(1.3);
      expect(cameraAt(movement, 1, 0.5).scale).toBeCloseTo(1.15);
    }
    for (const movement of ['dolly-out', 'zoom-out'] as const) {
      expect(cameraAt(movement, 1, 0).scale).toBeCloseTo(1.3);
      expect(cameraAt(movement, 1, 1)).toEqual(STILL);
    }
  });

  it('drifts sideways for pan and truck and vertically for tilt and crane, through the centre, never showing an edge', () => {
    for (const movement of ['pan', 'truck'] as const) {
      const [start, middle, end] = [0, 0.5, 1].map((p) => cameraAt(movement, 1, p));
      expect(start!.x).toBeCloseTo(0.1);
      expect(middle!.x).toBeCloseTo(0);
      expect(end!.x).toBeCloseTo(-0.1);
      expect(start!.y).toBe(0);
      // Zoomed in by twice the largest offset: the picture still covers the frame.
      expect((start!.scale - 1) / 2).toBeGreaterThanOrEqual(Math.abs(start!.x));
    }
    for (const movement of ['tilt', 'crane'] as const) {
      expect(cameraAt(movement, 1, 0).y).toBeCloseTo(0.1);
      expect(cameraAt(movement, 1, 1).y).toBeCloseTo(-0.1);
      expect(cameraAt(movement, 1, 0).x).toBe(0);
    }
  });

  it('shakes a little for handheld, the same way on every play, differently for another shot', () => {
    const seed = seedOf('shot-a');
    const frames = Array.from({ length: 31 }, (_, i) => cameraAt('handheld', DEFAULT_MOVE_AMOUNT, i / 30, seed));
    expect(frames).toEqual(Array.from({ length: 31 }, (_, i) => cameraAt('handheld', DEFAULT_MOVE_AMOUNT, i / 30, seed)));
    for (const frame of frames) {
      expect(Math.abs(frame.x)).toBeLessThan(0.01);
      expect(Math.abs(frame.y)).toBeLessThan(0.01);
      expect(Math.abs(frame.rotation)).toBeLessThan(0.5);
    }
    expect(new Set(frames.map((frame) => frame.x.toFixed(5))).size).toBeGreaterThan(20);
    expect(cameraAt('handheld', 0.5, 0.3, seedOf('shot-b'))).not.toEqual(cameraAt('handheld', 0.5, 0.3, seed));
  });

  it('holds still for static, no movement and an amount of 0; clamps amount and progress', () => {
    expect(cameraAt('static', 1, 0.7)).toEqual(STILL);
    expect(cameraAt(null, 1, 0.7)).toEqual(STILL);
    for (const movement of MOVEMENTS.filter((m) => m !== 'handheld')) expect(cameraAt(movement, 0, 0.4)).toEqual({ ...STILL, scale: 1 });
    expect(cameraAt('zoom-in', 5, 2)).toEqual(cameraAt('zoom-in', 1, 1));
  });
});
