import { visibleWorldRect } from './camera';
import type { Camera } from './editorState';
import { rectContainsRect, type Rect, type Size } from './geometry';
import type { BoardLayout } from './layout';

// Viewport culling: only panels near the viewport are mounted. The visible set is computed
// with a margin and kept while the viewport stays inside it, so a pan re-renders React only
// every few hundred pixels instead of every frame.

export interface VisibleLane {
  laneIndex: number;
  /** Panel index range [start, end) of the lane that is mounted. */
  start: number;
  end: number;
}

export interface Visibility {
  layout: BoardLayout;
  /** The world rectangle the set was computed for (viewport plus margin). */
  area: Rect;
  lanes: VisibleLane[];
}

/** Lanes and panel ranges that intersect `area`. Lanes and panels are sorted, so both are binary searches. */
export function cullPanels(layout: BoardLayout, area: Rect): VisibleLane[] {
  const lanes = layout.lanes;
  const visible: VisibleLane[] = [];
  const areaBottom = area.y + area.height;
  const areaRight = area.x + area.width;
  for (let i = firstIndex(lanes, (lane) => lane.y + lane.height >= area.y); i < lanes.length; i++) {
    const lane = lanes[i];
    if (lane.y > areaBottom) break;
    if (lane.x > areaRight || lane.x + lane.width < area.x) continue;
    const start = firstIndex(lane.panels, (panel) => panel.x + panel.width >= area.x);
    let end = start;
    while (end < lane.panels.length && lane.panels[end].x <= areaRight) end++;
    visible.push({ laneIndex: i, start, end });
  }
  return visible;
}

/**
 * The visible set for a camera, reusing `previous` while it still covers the viewport and
 * was computed for the same layout and about the same zoom.
 */
export function updateVisibility(
  previous: Visibility | null,
  layout: BoardLayout,
  camera: Camera,
  viewport: Size,
  marginPx = 320,
): Visibility {
  const exact = visibleWorldRect(camera, viewport);
  if (previous && previous.layout === layout && rectContainsRect(previous.area, exact)) {
    // Zoomed in a lot since: the old set is far bigger than needed, so shrink it.
    const tooBig = previous.area.width * previous.area.height > 6 * areaOf(visibleWorldRect(camera, viewport, marginPx));
    if (!tooBig) return previous;
  }
  const area = visibleWorldRect(camera, viewport, marginPx);
  return { layout, area, lanes: cullPanels(layout, area) };
}

function areaOf(rect: Rect): number {
  return rect.width * rect.height;
}

/** First index whose item satisfies `test`, for a list where `test` turns true and stays true. */
function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (test(items[mid])) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Panels per chunk: the unit the low-zoom strips and the screen-reader list mount and unmount in. */
export const CHUNK_SIZE = 16;

export interface VisibleChunk {
  laneIndex: number;
  /** Chunk number within the lane; panels [start, end) of the lane. */
  chunk: number;
  start: number;
  end: number;
}

/**
 * The visible panels grouped into fixed chunks of a lane, so a pan adds and removes whole
 * chunks (memoised components) instead of re-rendering one long list.
 */
export function visibleChunks(visibility: Visibility, chunkSize = CHUNK_SIZE): VisibleChunk[] {
  const chunks: VisibleChunk[] = [];
  for (const range of visibility.lanes) {
    if (range.end <= range.start) continue;
    const count = visibility.layout.lanes[range.laneIndex].panels.length;
    for (let chunk = Math.floor(range.start / chunkSize); chunk * chunkSize < range.end; chunk++) {
      chunks.push({
        laneIndex: range.laneIndex,
        chunk,
        start: chunk * chunkSize,
        end: Math.min(count, (chunk + 1) * chunkSize),
      });
    }
  }
  return chunks;
}
