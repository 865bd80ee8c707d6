import { rectContains, rectsIntersect, type Point, type Rect } from './geometry';
import { PANEL_GAP, slotX, type BoardLayout, type LaneBox } from './layout';

// Hit testing against the layout instead of Konva's hit canvas: the panel layers never listen,
// so Konva has no hit graph to redraw, and a lookup is a couple of binary-search steps.

export type CanvasHit =
  | { kind: 'panel'; shotId: string }
  | { kind: 'add'; episodeId: string }
  | { kind: 'lane'; episodeId: string }
  | { kind: 'empty' };

/** Where a drag would drop: the index counts the target episode's shots without the moved ones. */
export interface DropTarget {
  episodeId: string;
  laneIndex: number;
  index: number;
  /** The insertion bar between panels, in world coordinates. */
  marker: Rect;
}

export const MARKER_WIDTH = 4;

export function laneAtY(layout: BoardLayout, y: number): LaneBox | undefined {
  return layout.lanes.find((lane) => y >= lane.y && y <= lane.y + lane.height);
}

export function hitTest(layout: BoardLayout, point: Point): CanvasHit {
  const lane = laneAtY(layout, point.y);
  if (!lane || point.x < lane.x || point.x > lane.x + lane.width) return { kind: 'empty' };
  const slot = slotAtX(layout, lane, point.x);
  const panel = lane.panels[slot];
  if (panel && rectContains(panel, point)) return { kind: 'panel', shotId: panel.shotId };
  if (rectContains(lane.addSlot, point)) return { kind: 'add', episodeId: lane.episodeId };
  return { kind: 'lane', episodeId: lane.episodeId };
}

/** Panel slot under a world x (may be past the last panel). */
function slotAtX(layout: BoardLayout, lane: LaneBox, x: number): number {
  const pitch = layout.metrics.width + PANEL_GAP;
  return Math.max(0, Math.floor((x - lane.panelsX) / pitch));
}

/** The lane a drop at `y` goes to: the one under the point, or the nearest one. */
export function nearestLane(layout: BoardLayout, y: number): LaneBox | undefined {
  let best: LaneBox | undefined;
  let bestDistance = Infinity;
  for (const lane of layout.lanes) {
    const distance = y < lane.y ? lane.y - y : y > lane.y + lane.height ? y - lane.y - lane.height : 0;
    if (distance < bestDistance) {
      best = lane;
      bestDistance = distance;
    }
    if (distance === 0) break;
  }
  return best;
}

/**
 * Drop position for a drag whose pointer is at `point`. Panels being moved are ignored, so the
 * index means the same thing `moveShots` expects.
 */
export function dropTargetAt(layout: BoardLayout, point: Point, moving: ReadonlySet<string>): DropTarget | null {
  const lane = nearestLane(layout, point.y);
  if (!lane) return null;
  const staying = lane.panels.filter((panel) => !moving.has(panel.shotId));
  let index = 0;
  while (index < staying.length && staying[index].x + staying[index].width / 2 < point.x) index++;

  const metrics = layout.metrics;
  const after = staying[index];
  const before = staying[index - 1];
  let markerX: number;
  if (after) markerX = after.x - PANEL_GAP / 2;
  else if (before) markerX = before.x + before.width + PANEL_GAP / 2;
  else markerX = slotX(lane.panelsX, 0, metrics) - PANEL_GAP / 2;
  return {
    episodeId: lane.episodeId,
    laneIndex: lane.index,
    index,
    marker: { x: markerX - MARKER_WIDTH / 2, y: lane.panelsY, width: MARKER_WIDTH, height: metrics.height },
  };
}

/** Shots whose panels touch the marquee rectangle (world), in board order. */
export function panelsInRect(layout: BoardLayout, rect: Rect): string[] {
  const ids: string[] = [];
  for (const lane of layout.lanes) {
    if (!rectsIntersect(lane, rect)) continue;
    for (const panel of lane.panels) if (rectsIntersect(panel, rect)) ids.push(panel.shotId);
  }
  return ids;
}

/**
 * True when moving `ids` to `target` would leave every episode as it is (dropping a panel
 * back where it came from), so no edit and no undo step is made.
 */
export function isNoopMove(layout: BoardLayout, ids: readonly string[], target: DropTarget): boolean {
  const lane = layout.lanes[target.laneIndex];
  if (!lane) return true;
  const moving = new Set(ids);
  if (ids.some((id) => layout.panelById.get(id)?.episodeId !== lane.episodeId)) return false;
  const current = lane.panels.map((panel) => panel.shotId);
  const staying = current.filter((id) => !moving.has(id));
  const moved = current.filter((id) => moving.has(id));
  const next = [...staying.slice(0, target.index), ...moved, ...staying.slice(target.index)];
  return next.every((id, i) => id === current[i]);
}
