import { describe, expect, it } from 'vitest';
import { layoutBoard } from '../editor/layout';
import { boardWithLanes } from '../editor/testing/boards';
import { LIST_CHUNK, clipRect, listedChunks } from './panelList';

const layout = layoutBoard(boardWithLanes(40, 40, 40), '9:16');

describe('listedChunks', () => {
  it('lists only panels in view, clipping the chunks that cross its edge', () => {
    const lane = layout.lanes[0];
    const view = { x: lane.panels[3].x + 10, y: lane.y, width: lane.panels[5].x - lane.panels[3].x, height: lane.height };
    const chunks = listedChunks(layout, view, 500);
    expect(chunks).toEqual([{ laneIndex: 0, chunk: 0, start: 3, end: 6, clip: view }]);
  });

  it('leaves chunks wholly in view unclipped', () => {
    const view = { x: -100, y: -100, width: 1e5, height: 1e5 };
    const chunks = listedChunks(layout, view, 1000);
    expect(chunks.every((chunk) => chunk.clip === null)).toBe(true);
    expect(chunks.reduce((sum, chunk) => sum + chunk.end - chunk.start, 0)).toBe(120);
  });

  it('keeps the chunks nearest the centre when there are too many, in reading order', () => {
    const view = { x: -100, y: -100, width: 1e5, height: 1e5 };
    const chunks = listedChunks(layout, view, LIST_CHUNK * 2);
    const total = chunks.reduce((sum, chunk) => sum + chunk.end - chunk.start, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(LIST_CHUNK * 2);
    const order = chunks.map((chunk) => chunk.laneIndex * 100 + chunk.chunk);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('clipRect', () => {
  it('keeps the part inside the clip, or nothing', () => {
    const rect = { x: 0, y: 0, width: 100, height: 100 };
    expect(clipRect(rect, null)).toBe(rect);
    expect(clipRect(rect, { x: 50, y: -10, width: 100, height: 60 })).toEqual({ x: 50, y: 0, width: 50, height: 50 });
    expect(clipRect(rect, { x: 200, y: 0, width: 10, height: 10 })).toBeNull();
  });
});
