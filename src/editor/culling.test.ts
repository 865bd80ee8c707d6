import { describe, expect, it } from 'vitest';
import { cullPanels, updateVisibility, visibleChunks, type Visibility } from './culling';
import { layoutBoard } from './layout';
import { boardWithLanes } from './testing/boards';

const layout = layoutBoard(boardWithLanes(...Array.from({ length: 20 }, () => 40)), '9:16');

/** The shots a visibility set keeps mounted, lane by lane. */
function visibleShotIds(visibility: Visibility): string[] {
  return visibility.lanes.flatMap((range) => visibility.layout.lanes[range.laneIndex].panels.slice(range.start, range.end).map((panel) => panel.shotId));
}

describe('cullPanels', () => {
  it('keeps exactly the lanes and panels that touch the area', () => {
    const lane = layout.lanes[3];
    const panel = lane.panels[10];
    const area = { x: panel.x + 1, y: lane.y + 1, width: panel.width + 20, height: 10 };
    expect(cullPanels(layout, area)).toEqual([{ laneIndex: 3, start: 10, end: 12 }]);
  });

  it('returns nothing for an area off the board', () => {
    expect(cullPanels(layout, { x: -5000, y: -5000, width: 100, height: 100 })).toEqual([]);
    expect(cullPanels(layout, { x: 0, y: 1e7, width: 100, height: 100 })).toEqual([]);
  });

  it('keeps a lane whose header is visible even when none of its panels is', () => {
    const area = { x: 0, y: layout.lanes[0].y, width: 100, height: 50 };
    expect(cullPanels(layout, area)).toEqual([{ laneIndex: 0, start: 0, end: 0 }]);
  });

  it('culls a zoomed-out view to the viewport, not the board', () => {
    const visibility = updateVisibility(null, layout, { x: 0, y: 0, scale: 0.2 }, { width: 1280, height: 720 }, 0);
    const ids = visibleShotIds(visibility);
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.length).toBeLessThan(20 * 40);
    expect(visibility.lanes.map((range) => visibility.layout.lanes[range.laneIndex].index)).toEqual(visibility.lanes.map((l) => l.laneIndex));
  });
});

describe('updateVisibility', () => {
  const viewport = { width: 1000, height: 800 };

  it('reuses the previous set while the viewport stays within its margin', () => {
    const first = updateVisibility(null, layout, { x: 0, y: 0, scale: 1 }, viewport, 300);
    expect(updateVisibility(first, layout, { x: -100, y: -50, scale: 1 }, viewport, 300)).toBe(first);
  });

  it('recomputes once the viewport leaves the margin', () => {
    const first = updateVisibility(null, layout, { x: 0, y: 0, scale: 1 }, viewport, 300);
    const next = updateVisibility(first, layout, { x: -400, y: 0, scale: 1 }, viewport, 300);
    expect(next).not.toBe(first);
    expect(next.area.x).toBe(100);
  });

  it('recomputes for a new layout', () => {
    const first = updateVisibility(null, layout, { x: 0, y: 0, scale: 1 }, viewport);
    const other = layoutBoard(boardWithLanes(3), '9:16');
    expect(updateVisibility(first, other, { x: 0, y: 0, scale: 1 }, viewport).layout).toBe(other);
  });

  it('shrinks the set after zooming far in', () => {
    const wide = updateVisibility(null, layout, { x: 0, y: 0, scale: 0.1 }, viewport);
    const close = updateVisibility(wide, layout, { x: 0, y: 0, scale: 2 }, viewport);
    expect(close).not.toBe(wide);
    expect(visibleShotIds(close).length).toBeLessThan(visibleShotIds(wide).length);
  });
});

describe('visibleChunks', () => {
  it('groups visible ranges into whole chunks of each lane', () => {
    const visibility = { layout, area: { x: 0, y: 0, width: 1, height: 1 }, lanes: [
      { laneIndex: 0, start: 5, end: 20 },
      { laneIndex: 1, start: 0, end: 0 },
      { laneIndex: 2, start: 38, end: 40 },
    ] };
    expect(visibleChunks(visibility, 16)).toEqual([
      { laneIndex: 0, chunk: 0, start: 0, end: 16 },
      { laneIndex: 0, chunk: 1, start: 16, end: 32 },
      { laneIndex: 2, chunk: 2, start: 32, end: 40 },
    ]);
  });
});
