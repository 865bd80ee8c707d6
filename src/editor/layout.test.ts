import { describe, expect, it } from 'vitest';
import {
  LANE_GAP,
  LANE_HEADER_WIDTH,
  PANEL_GAP,
  layoutBoard,
  panelMetrics,
  panelNumber,
  sortByBoardOrder,
} from './layout';
import { shotNumbers } from '../model';
import type { BoardSnapshot } from '../model/types';
import { boardWithLanes } from './testing/boards';

describe('panelMetrics', () => {
  it('gives 9:16 panels a portrait image box about 160 px wide', () => {
    const metrics = panelMetrics('9:16');
    expect(metrics.width).toBeGreaterThanOrEqual(150);
    expect(metrics.width).toBeLessThanOrEqual(170);
    expect(metrics.image.height / metrics.image.width).toBeCloseTo(16 / 9, 1);
    expect(metrics.caption.y).toBe(metrics.image.y + metrics.image.height);
    expect(metrics.height).toBe(metrics.caption.y + metrics.caption.height);
  });

  it.each([
    ['16:9', 9 / 16],
    ['1:1', 1],
    ['4:5', 5 / 4],
  ] as const)('respects the %s aspect', (aspect, ratio) => {
    const { image } = panelMetrics(aspect);
    expect(image.height / image.width).toBeCloseTo(ratio, 1);
  });

  it('returns the same object for the same aspect, so props stay equal', () => {
    expect(panelMetrics('1:1')).toBe(panelMetrics('1:1'));
  });
});

describe('layoutBoard', () => {
  it('stacks lanes vertically and places panels left to right after the header', () => {
    const layout = layoutBoard(boardWithLanes(3, 1), '9:16');
    const [first, second] = layout.lanes;
    expect(first.y).toBe(0);
    expect(second.y).toBe(first.height + LANE_GAP);
    expect(first.header.width).toBe(LANE_HEADER_WIDTH);

    const [a, b, c] = first.panels;
    expect(a.x).toBeGreaterThan(LANE_HEADER_WIDTH);
    expect(b.x - a.x).toBe(a.width + PANEL_GAP);
    expect(c.index).toBe(2);
    expect(first.addSlot.x).toBe(c.x + c.width + PANEL_GAP);
    expect(second.panels[0].y).toBeGreaterThan(second.y);
  });

  it('indexes panels by shot id with their lane and position', () => {
    const layout = layoutBoard(boardWithLanes(2, 2), '9:16');
    expect(layout.panelById.get('e2s2')).toMatchObject({ episodeId: 'e2', laneIndex: 1, index: 1 });
  });

  it('bounds cover the widest lane and all lanes', () => {
    const layout = layoutBoard(boardWithLanes(1, 5, 2), '16:9');
    const widest = layout.lanes[1];
    const last = layout.lanes[2];
    expect(layout.bounds.width).toBe(widest.width);
    expect(layout.bounds.height).toBe(last.y + last.height);
  });

  it('lays out an empty episode with only its add slot', () => {
    const layout = layoutBoard(boardWithLanes(0), '9:16');
    expect(layout.lanes[0].panels).toEqual([]);
    expect(layout.lanes[0].addSlot.x).toBe(layout.lanes[0].panelsX);
  });

  it('ignores shots of episodes that are not listed', () => {
    const board = boardWithLanes(1);
    board.shotsByEpisode.ghost = ['orphan'];
    expect(layoutBoard(board, '9:16').panelById.has('orphan')).toBe(false);
  });
});

describe('board order', () => {
  const layout = layoutBoard(boardWithLanes(3, 3), '9:16');

  it('sorts a selection into reading order and drops unknown ids', () => {
    expect(sortByBoardOrder(layout, ['e2s1', 'x', 'e1s3', 'e1s1'])).toEqual(['e1s1', 'e1s3', 'e2s1']);
  });
});

describe('panelNumber', () => {
  it('numbers panels as the model numbers shots, episode.shot', () => {
    const board = boardWithLanes(2, 13);
    const layout = layoutBoard(board, '9:16');
    const expected = shotNumbers({ ...board, shots: {} } as unknown as BoardSnapshot);
    for (const [id, panel] of layout.panelById) expect(panelNumber(panel)).toBe(expected[id]);
    expect(panelNumber(layout.panelById.get('e2s13')!)).toBe('2.13');
  });
});
