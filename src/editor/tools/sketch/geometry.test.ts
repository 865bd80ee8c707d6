import { describe, expect, it } from 'vitest';
import { aspectRatio, fitPanel, normalisePoint } from './geometry';

describe('normalisePoint', () => {
  const panel = { left: 100, top: 50, width: 400, height: 800 };

  it('maps a screen position into the 0..1 panel box', () => {
    expect(normalisePoint(100, 50, panel)).toEqual([0, 0]);
    expect(normalisePoint(300, 450, panel)).toEqual([0.5, 0.5]);
    expect(normalisePoint(500, 850, panel)).toEqual([1, 1]);
  });

  it('clamps a position outside the panel to its edge', () => {
    expect(normalisePoint(0, 1000, panel)).toEqual([0, 1]);
    expect(normalisePoint(900, -20, panel)).toEqual([1, 0]);
  });

  it('survives a panel with no size', () => {
    expect(normalisePoint(10, 10, { left: 0, top: 0, width: 0, height: 0 })).toEqual([0, 0]);
  });
});

describe('fitPanel', () => {
  it('fits a vertical panel to the height of a wide window', () => {
    expect(fitPanel('9:16', { width: 1200, height: 800 })).toEqual({ width: 450, height: 800 });
  });

  it('fits a wide panel to the width of a narrow window', () => {
    expect(fitPanel('16:9', { width: 640, height: 900 })).toEqual({ width: 640, height: 360 });
  });

  it('handles every board aspect', () => {
    expect(aspectRatio('1:1')).toBe(1);
    expect(aspectRatio('4:5')).toBe(0.8);
    expect(fitPanel('4:5', { width: 1000, height: 500 })).toEqual({ width: 400, height: 500 });
  });

  it('never returns an empty stage', () => {
    expect(fitPanel('9:16', { width: 0, height: 0 })).toEqual({ width: 1, height: 1 });
  });
});
