import { describe, expect, it } from 'vitest';
import { cacheRatioFor, lowDetailAt, lowDetailCacheRatio } from './zoomLevel';

describe('zoom level', () => {
  it('switches to low detail below about a third, with hysteresis', () => {
    expect(lowDetailAt(0.2, false)).toBe(true);
    expect(lowDetailAt(0.35, false)).toBe(false);
    expect(lowDetailAt(0.35, true)).toBe(true);
    expect(lowDetailAt(0.4, true)).toBe(false);
  });

  it('rounds cache resolution up to a power of two of the zoom', () => {
    expect(cacheRatioFor(1, 1)).toBe(1);
    expect(cacheRatioFor(1.2, 1)).toBe(2);
    expect(cacheRatioFor(0.3, 1)).toBe(0.5);
    expect(cacheRatioFor(0.1, 1)).toBe(0.125);
    expect(cacheRatioFor(3, 2)).toBe(8);
    expect(cacheRatioFor(0.5, 0.5)).toBe(0.5);
  });

  it('paints low-detail strips no sharper than their sharpest zoom needs', () => {
    expect(lowDetailCacheRatio(1, 1)).toBe(0.5); // a zoom out not yet settled
    expect(lowDetailCacheRatio(0.25, 1)).toBe(0.25);
    expect(lowDetailCacheRatio(2, 2)).toBe(1);
  });
});
