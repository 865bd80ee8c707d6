import { describe, expect, it } from 'vitest';
import { startDrawGesture, startEraseGesture } from './gesture';

const box = { width: 450, height: 800 };

describe('draw gesture', () => {
  it('collects pointer samples and finishes with the simplified stroke', () => {
    const gesture = startDrawGesture({ x: 0.1, y: 0.1 });
    for (let i = 1; i <= 50; i++) gesture.add({ x: 0.1 + i * 0.01, y: 0.1 });
    expect(gesture.points.length).toBe(102);
    // 225 px of straight line: both ends and a point at least every 16 px between them.
    const stored = gesture.finish(box)!;
    expect(stored.slice(0, 2)).toEqual([0.1, 0.1]);
    expect(stored.slice(-2)).toEqual([0.6, 0.1]);
    expect(stored.length / 2).toBeGreaterThanOrEqual(15);
    expect(stored.length / 2).toBeLessThan(51);
  });
});

describe('erase gesture', () => {
  const strokes = [
    { id: 'a', points: [0.1, 0.2, 0.9, 0.2], width: 0.01 },
    { id: 'b', points: [0.1, 0.6, 0.9, 0.6], width: 0.01 },
    { id: 'c', points: [0.1, 0.9, 0.9, 0.9], width: 0.01 },
  ];

  it('collects each touched stroke once, in the order touched', () => {
    const gesture = startEraseGesture({ x: 0.5, y: 0.1 }, strokes, box, 5);
    expect(gesture.moveTo({ x: 0.5, y: 0.3 }, strokes, box)).toEqual(['a']);
    expect(gesture.moveTo({ x: 0.5, y: 0.1 }, strokes, box)).toEqual([]);
    expect(gesture.moveTo({ x: 0.5, y: 0.7 }, strokes, box)).toEqual(['b']);
    expect(gesture.finish()).toEqual(['a', 'b']);
  });

  it('erases what is under the pointer on a plain click', () => {
    const gesture = startEraseGesture({ x: 0.5, y: 0.9 }, strokes, box, 5);
    expect(gesture.finish()).toEqual(['c']);
  });
});
