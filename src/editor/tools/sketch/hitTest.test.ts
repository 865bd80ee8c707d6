import { describe, expect, it } from 'vitest';
import { distanceBetweenSegments, distanceToSegment, eraserTouchesStroke, strokesTouchedByEraser } from './hitTest';

const box = { width: 100, height: 200 };

describe('distanceToSegment', () => {
  it('measures to the nearest point of the segment', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: 13, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
    expect(distanceToSegment({ x: 3, y: 4 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBe(5);
  });
});

describe('distanceBetweenSegments', () => {
  it('is zero when they cross and the end gap otherwise', () => {
    expect(distanceBetweenSegments({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(0);
    expect(distanceBetweenSegments({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 4 }, { x: 10, y: 4 })).toBe(4);
  });
});

describe('eraserTouchesStroke', () => {
  // A horizontal line across the middle of a 100 x 200 px panel.
  const stroke = { points: [0.1, 0.5, 0.9, 0.5], width: 0.02 };

  it('hits when the eraser comes within its radius plus half the line width', () => {
    const near = { x: 0.5, y: 0.5 + 5 / 200 }; // 5 px below the line
    expect(eraserTouchesStroke(stroke, near, near, 4, box)).toBe(true); // 4 + 1 px reach
    expect(eraserTouchesStroke(stroke, near, near, 3.9, box)).toBe(false);
  });

  it('measures in pixels, so the panel aspect matters', () => {
    const vertical = { points: [0.5, 0.1, 0.5, 0.9], width: 0 };
    const right = { x: 0.55, y: 0.5 }; // 5 px right on a 100 px wide panel
    expect(eraserTouchesStroke(vertical, right, right, 5.5, box)).toBe(true);
    const below = { x: 0.5, y: 0.55 }; // the same 0.05 step, but 10 px below on a 200 px tall panel
    const thinStroke = { ...stroke, width: 0 };
    expect(eraserTouchesStroke(thinStroke, below, below, 5.5, box)).toBe(false);
  });

  it('catches a fast sweep that jumps over the line between two pointer events', () => {
    expect(eraserTouchesStroke(stroke, { x: 0.5, y: 0.1 }, { x: 0.5, y: 0.9 }, 1, box)).toBe(true);
  });

  it('hits a dot stroke', () => {
    const dot = { points: [0.2, 0.2], width: 0.01 };
    expect(eraserTouchesStroke(dot, { x: 0.22, y: 0.2 }, { x: 0.22, y: 0.2 }, 2, box)).toBe(true);
  });
});

describe('strokesTouchedByEraser', () => {
  it('returns only the ids of the strokes touched', () => {
    const strokes = [
      { id: 'top', points: [0, 0.1, 1, 0.1], width: 0.01 },
      { id: 'bottom', points: [0, 0.9, 1, 0.9], width: 0.01 },
    ];
    expect(strokesTouchedByEraser(strokes, { x: 0.5, y: 0.05 }, { x: 0.5, y: 0.15 }, 2, box)).toEqual(['top']);
  });
});
