import { describe, expect, it } from 'vitest';
import { finishStrokePoints, roundPoints, simplifyPath, thinByDistance } from './simplify';

const box = { width: 1000, height: 1000 };

describe('thinByDistance', () => {
  it('drops samples closer than the spacing and keeps both ends', () => {
    const points = [0, 0, 0.0005, 0, 0.001, 0, 0.003, 0, 0.0031, 0];
    expect(thinByDistance(points, 1.5, box)).toEqual([0, 0, 0.003, 0, 0.0031, 0]);
  });

  it('measures in pixels of the panel, not in box units', () => {
    // 0.002 across a 450 px wide panel is 0.9 px; 0.002 down an 800 px tall one is 1.6 px.
    const panel = { width: 450, height: 800 };
    expect(thinByDistance([0, 0, 0.002, 0, 0.5, 0.5], 1.5, panel)).toEqual([0, 0, 0.5, 0.5]);
    expect(thinByDistance([0, 0, 0, 0.002, 0.5, 0.5], 1.5, panel)).toEqual([0, 0, 0, 0.002, 0.5, 0.5]);
  });
});

describe('simplifyPath', () => {
  it('reduces a slowly drawn straight line to its ends', () => {
    const line: number[] = [];
    for (let i = 0; i <= 100; i++) line.push(i / 100, i / 200);
    expect(simplifyPath(line, 0.5, box)).toEqual([0, 0, 1, 0.5]);
  });

  it('keeps a point at least every maxSegment pixels along a long straight run', () => {
    const line: number[] = [];
    for (let i = 0; i <= 100; i++) line.push(i / 100, 0.5);
    const kept = simplifyPath(line, 0.5, box, 100);
    expect(kept.slice(0, 2)).toEqual([0, 0.5]);
    expect(kept.slice(-2)).toEqual([1, 0.5]);
    for (let i = 2; i < kept.length; i += 2) expect((kept[i] - kept[i - 2]) * box.width).toBeLessThanOrEqual(100);
    expect(kept.length / 2).toBeLessThanOrEqual(17);
  });

  it('keeps the corner of an L', () => {
    const points = [0.1, 0.1, 0.1, 0.5, 0.1, 0.9, 0.5, 0.9, 0.9, 0.9];
    expect(simplifyPath(points, 0.5, box)).toEqual([0.1, 0.1, 0.1, 0.9, 0.9, 0.9]);
  });

  it('keeps the corners of a dense zigzag, its worst case', () => {
    // Every point matters here, so each pass splits off a single point: a recursive version
    // would nest as deep as the stroke is long.
    const points: number[] = [];
    for (let i = 0; i < 3000; i++) points.push(i / 3000, i % 2 === 0 ? 0.4 : 0.6);
    expect(simplifyPath(points, 0.5, box).length).toBeGreaterThan(points.length * 0.99);
  });
});

describe('roundPoints', () => {
  it('rounds to four decimals', () => {
    expect(roundPoints([0.123456, 0.99999, 1 / 3])).toEqual([0.1235, 1, 0.3333]);
  });
});

describe('finishStrokePoints', () => {
  it('returns the stored points of a drawn curve, rounded', () => {
    const points: number[] = [];
    for (let i = 0; i <= 200; i++) {
      const angle = (i / 200) * Math.PI;
      points.push(0.5 + 0.3 * Math.cos(angle), 0.5 + 0.3 * Math.sin(angle));
    }
    const stored = finishStrokePoints(points, box)!;
    expect(stored.length).toBeLessThan(points.length);
    expect(stored.slice(0, 2)).toEqual([0.8, 0.5]);
    expect(stored.slice(-2)).toEqual([0.2, 0.5]);
    for (const value of stored) expect(Math.round(value * 10000) / 10000).toBe(value);
  });

  it('turns a tap into a drawable dot', () => {
    expect(finishStrokePoints([0.25, 0.75], box)).toEqual([0.25, 0.75, 0.2501, 0.75]);
    expect(finishStrokePoints([1, 0.5, 1, 0.5], box)).toEqual([1, 0.5, 0.9999, 0.5]);
  });

  it('has nothing to store without a point', () => {
    expect(finishStrokePoints([], box)).toBeNull();
  });
});
