import { describe, expect, it } from 'vitest';
import { dropTargetAt, hitTest, isNoopMove, nearestLane, panelsInRect } from './hitTest';
import { PANEL_GAP, layoutBoard } from './layout';
import { boardWithLanes } from './testing/boards';

const layout = layoutBoard(boardWithLanes(4, 2, 0), '9:16');
const [lane1, lane2, lane3] = layout.lanes;
const centre = (rect: { x: number; y: number; width: number; height: number }) => ({
  x: rect.x + rect.width / 2,
  y: rect.y + rect.height / 2,
});

describe('hitTest', () => {
  it('finds the panel under a point', () => {
    expect(hitTest(layout, centre(lane1.panels[2]))).toEqual({ kind: 'panel', shotId: 'e1s3' });
  });

  it('finds the add slot, the lane background and empty space', () => {
    expect(hitTest(layout, centre(lane2.addSlot))).toEqual({ kind: 'add', episodeId: 'e2' });
    expect(hitTest(layout, centre(lane1.header))).toEqual({ kind: 'lane', episodeId: 'e1' });
    const gap = { x: lane1.panels[0].x + lane1.panels[0].width + PANEL_GAP / 2, y: lane1.panelsY + 10 };
    expect(hitTest(layout, gap)).toEqual({ kind: 'lane', episodeId: 'e1' });
    expect(hitTest(layout, { x: -10, y: 10 })).toEqual({ kind: 'empty' });
    expect(hitTest(layout, { x: 10, y: lane1.y + lane1.height + 5 })).toEqual({ kind: 'empty' });
  });
});

describe('dropTargetAt', () => {
  it('drops before the panel whose centre is right of the pointer', () => {
    const point = { x: lane1.panels[1].x + 10, y: lane1.panelsY + 50 };
    const target = dropTargetAt(layout, point, new Set())!;
    expect(target).toMatchObject({ episodeId: 'e1', index: 1 });
    expect(target.marker.x + target.marker.width / 2).toBeCloseTo(lane1.panels[1].x - PANEL_GAP / 2);
  });

  it('counts positions without the panels being moved', () => {
    const point = { x: lane1.panels[3].x + 10, y: lane1.panelsY };
    expect(dropTargetAt(layout, point, new Set(['e1s1', 'e1s2']))!.index).toBe(1);
  });

  it('drops at the end past the last panel, and into an empty lane', () => {
    expect(dropTargetAt(layout, centre(lane2.addSlot), new Set())!.index).toBe(2);
    const target = dropTargetAt(layout, centre(lane3.addSlot), new Set())!;
    expect(target).toMatchObject({ episodeId: 'e3', index: 0 });
    expect(target.marker.x).toBeLessThan(lane3.addSlot.x);
  });

  it('uses the nearest lane when the pointer is between or beyond lanes', () => {
    expect(nearestLane(layout, lane1.y + lane1.height + 3)?.episodeId).toBe('e1');
    expect(dropTargetAt(layout, { x: 500, y: -400 }, new Set())!.episodeId).toBe('e1');
    expect(dropTargetAt(layout, { x: 500, y: 1e6 }, new Set())!.episodeId).toBe('e3');
    expect(dropTargetAt(layoutBoard(boardWithLanes(), '9:16'), { x: 0, y: 0 }, new Set())).toBeNull();
  });
});

describe('panelsInRect', () => {
  it('selects every panel the rectangle touches, across lanes', () => {
    const topLeft = centre(lane1.panels[0]);
    const bottomRight = centre(lane2.panels[1]);
    const rect = { ...topLeft, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y };
    expect(panelsInRect(layout, rect)).toEqual(['e1s1', 'e1s2', 'e2s1', 'e2s2']);
    expect(panelsInRect(layout, { ...centre(lane1.panels[2]), width: 1, height: 1 })).toEqual(['e1s3']);
  });
});

describe('isNoopMove', () => {
  const target = (index: number, laneIndex = 0) => ({
    episodeId: layout.lanes[laneIndex].episodeId,
    laneIndex,
    index,
    marker: { x: 0, y: 0, width: 0, height: 0 },
  });

  it('is a no-op to drop panels back where they are', () => {
    expect(isNoopMove(layout, ['e1s2'], target(1))).toBe(true);
    expect(isNoopMove(layout, ['e1s2', 'e1s3'], target(1))).toBe(true);
  });

  it('is a move when the order or the episode changes', () => {
    expect(isNoopMove(layout, ['e1s2'], target(2))).toBe(false);
    expect(isNoopMove(layout, ['e1s1', 'e1s3'], target(0))).toBe(false);
    expect(isNoopMove(layout, ['e1s1'], target(0, 1))).toBe(false);
  });
});
