import { describe, expect, it } from 'vitest';
import { coverCrop } from './imageFit';

describe('coverCrop', () => {
  it('crops the sides of a wide image for a portrait box', () => {
    const crop = coverCrop(1600, 900, 90, 160);
    expect(crop.height).toBe(900);
    expect(crop.width).toBeCloseTo(900 * (90 / 160));
    expect(crop.x).toBeCloseTo((1600 - crop.width) / 2);
  });

  it('crops top and bottom of a tall image for a landscape box', () => {
    const crop = coverCrop(900, 1600, 160, 90);
    expect(crop.width).toBe(900);
    expect(crop.y).toBeCloseTo((1600 - crop.height) / 2);
  });

  it('keeps an image of the same shape whole', () => {
    expect(coverCrop(90, 160, 180, 320)).toEqual({ x: 0, y: 0, width: 90, height: 160 });
  });

  it('survives empty images', () => {
    expect(coverCrop(0, 0, 10, 10)).toEqual({ x: 0, y: 0, width: 0, height: 0 });
  });
});
