import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../errors';
import { readBoard } from '../read';
import { newBoard } from '../testing/newBoard';
import { addShot } from './shots';
import { encodeStrokePath, PATH_SCALE } from '../strokes/pathCodec';
import { strokePoints } from '../strokes/strokeForms';
import { addStroke, clearStrokes, eraseStrokes } from './strokes';

const quantised = (points: number[]) => points.map((value) => Math.round(value * PATH_SCALE) / PATH_SCALE);

const horizon = { tool: 'pen' as const, color: '#222222', width: 0.01, points: [0, 0.6, 1, 0.6] };

function setUp() {
  const { doc, episodeId } = newBoard();
  const shot = addShot(doc, { episodeId });
  return { doc, shot, strokes: () => readBoard(doc).shots[shot].strokes };
}

describe('strokes', () => {
  it('adds strokes with new or given ids, stored as plain copies', () => {
    const { doc, shot, strokes } = setUp();
    const points = [0.2, 0.2, 0.4, 0.8];
    const first = addStroke(doc, shot, horizon);
    const second = addStroke(doc, shot, { id: 'figure', tool: 'marker', color: '#c00', width: 0.05, points });
    points[0] = 99;
    expect(first.length).toBeGreaterThanOrEqual(12);
    expect(second).toBe('figure');
    expect(strokes()).toEqual([
      { id: first, tool: 'pen', color: '#222222', width: 0.01, path: encodeStrokePath(horizon.points) },
      { id: 'figure', tool: 'marker', color: '#c00', width: 0.05, path: encodeStrokePath([0.2, 0.2, 0.4, 0.8]) },
    ]);
    expect(strokes().map(strokePoints)).toEqual([horizon.points, [0.2, 0.2, 0.4, 0.8]].map(quantised));
  });

  it('rejects malformed strokes', () => {
    const { doc, shot } = setUp();
    expect(() => addStroke(doc, shot, { ...horizon, points: [0, 1, 2] })).toThrow(/x, y numbers/);
    expect(() => addStroke(doc, shot, { ...horizon, points: [0, Number.NaN] })).toThrow(ValidationError);
    expect(() => addStroke(doc, shot, { ...horizon, width: 0 })).toThrow(/more than 0/);
    expect(() => addStroke(doc, shot, { ...horizon, tool: 'spray' as never })).toThrow(/Stroke tool/);
    expect(() => addStroke(doc, 'gone', horizon)).toThrow(NotFoundError);
  });

  it('erases strokes by id and clears the sketch', () => {
    const { doc, shot, strokes } = setUp();
    const ids = [0, 1, 2, 3].map((i) => addStroke(doc, shot, { ...horizon, points: [0, i / 4, 1, i / 4] }));
    eraseStrokes(doc, shot, [ids[0], ids[2], 'unknown']);
    expect(strokes().map((s) => s.id)).toEqual([ids[1], ids[3]]);
    clearStrokes(doc, shot);
    expect(strokes()).toEqual([]);
  });
});
