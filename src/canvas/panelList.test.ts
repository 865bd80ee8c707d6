import { describe, expect, it } from 'vitest';
import { layoutBoard } from '../editor/layout';
import { boardWithLanes } from '../editor/testing/boards';
import { LIST_CHUNK, centreInView, listedChunks } from './panelList';

const layout = layoutBoard(boardWithLanes(40, 40, 40), '9:16');

describe('listedChunks', () => {
  it('lists the panels whose centre is in view', () => {
    const lane = layout.lanes[0];
    const [p3, , p5] = [lane.panels[3], lane.panels[4], lane.panels[5]];
    // From the middle of panel 3 to just past the middle of panel 5: 3, 4 and 5 are centred in it.
    const view = { x: p3.x + p3.width / 2 - 1, y: lane.y, width: p5.x - p3.x + 2, height: lane.height };
    expect(listedChunks(layout, view, 500)).toEqual([{ laneIndex: 0, chunk: 0, start: 3, end: 6 }]);
  });

  it('skips lanes of which only the header is in view', () => {
    const lane = layout.lanes[1];
    expect(listedChunks(layout, { x: 0, y: lane.y + 10, width: 50, height: lane.height }, 500)).toEqual([]);
  });

  it('lists everything in a large view, in whole chunks', () => {
    const chunks = listedChunks(layout, { x: -100, y: -100, width: 1e5, height: 1e5 }, 1000);
    expect(chunks.reduce((sum, chunk) => sum + chunk.end - chunk.start, 0)).toBe(120);
  });

  it('keeps the chunks nearest the centre when there are too many, in reading order', () => {
    const chunks = listedChunks(layout, { x: -100, y: -100, width: 1e5, height: 1e5 }, LIST_CHUNK * 2);
    const total = chunks.reduce((sum, chunk) => sum + chunk.end - chunk.start, 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(LIST_CHUNK * 2);
    const order = chunks.map((chunk) => chunk.laneIndex * 100 + chunk.chunk);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('lists the panel under the centre when zoomed in past a whole panel', () => {
    const panel = layout.lanes[2].panels[7];
    const view = { x: panel.x + 10, y: panel.y + 10, width: 50, height: 50 };
    expect(listedChunks(layout, view, 500)).toEqual([{ laneIndex: 2, chunk: 0, start: 7, end: 8 }]);
  });
});

describe('centreInView', () => {
  it('checks the middle of a rectangle', () => {
    expect(centreInView({ x: 0, y: 0, width: 100, height: 100 }, { x: 40, y: 40, width: 20, height: 20 })).toBe(true);
    expect(centreInView({ x: 0, y: 0, width: 100, height: 100 }, { x: 60, y: 0, width: 100, height: 100 })).toBe(false);
  });
});
