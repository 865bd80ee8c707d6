import { cullPanels } from '../editor/culling';
import { rectsIntersect, type Rect } from '../editor/geometry';
import type { BoardLayout } from '../editor/layout';

// Which panels the screen-reader list mirrors, and where its buttons go. Only panels in view
// are listed, each button covering just the visible part of its panel: a button the browser
// cannot scroll to (the canvas never scrolls) would be one a test or a user could not press.

/** Panels per group of buttons; a group is memoised, so a pan re-renders only the edges. */
export const LIST_CHUNK = 16;

export interface ListedChunk {
  laneIndex: number;
  chunk: number;
  /** Panel index range [start, end) of the lane. */
  start: number;
  end: number;
  /** The view to clip buttons to, or null when the whole chunk is in view. */
  clip: Rect | null;
}

/**
 * Chunks of panels in `view`, nearest its centre first up to `maxPanels` (zoomed far out a
 * screen holds thousands of panels too small to point at), returned in reading order.
 */
export function listedChunks(layout: BoardLayout, view: Rect, maxPanels: number): ListedChunk[] {
  const centre = { x: view.x + view.width / 2, y: view.y + view.height / 2 };
  const candidates: { chunk: ListedChunk; distance: number }[] = [];
  for (const range of cullPanels(layout, view)) {
    const panels = layout.lanes[range.laneIndex].panels;
    for (let chunk = Math.floor(range.start / LIST_CHUNK); chunk * LIST_CHUNK < range.end; chunk++) {
      const start = Math.max(range.start, chunk * LIST_CHUNK);
      const end = Math.min(range.end, (chunk + 1) * LIST_CHUNK);
      const first = panels[start];
      const last = panels[end - 1];
      const box = { x: first.x, y: first.y, width: last.x + last.width - first.x, height: first.height };
      const inside = box.x >= view.x && box.y >= view.y && box.x + box.width <= view.x + view.width && box.y + box.height <= view.y + view.height;
      candidates.push({
        chunk: { laneIndex: range.laneIndex, chunk, start, end, clip: inside ? null : view },
        distance: Math.hypot(box.x + box.width / 2 - centre.x, box.y + box.height / 2 - centre.y),
      });
    }
  }
  candidates.sort((a, b) => a.distance - b.distance);
  const listed: ListedChunk[] = [];
  let count = 0;
  for (const { chunk } of candidates) {
    if (count > 0 && count + (chunk.end - chunk.start) > maxPanels) break;
    listed.push(chunk);
    count += chunk.end - chunk.start;
  }
  return listed.sort((a, b) => a.laneIndex - b.laneIndex || a.chunk - b.chunk);
}

/** The part of `rect` inside `clip` (all of it when clip is null), or null when none is. */
export function clipRect(rect: Rect, clip: Rect | null): Rect | null {
  if (!clip) return rect;
  if (!rectsIntersect(rect, clip)) return null;
  const x = Math.max(rect.x, clip.x);
  const y = Math.max(rect.y, clip.y);
  const right = Math.min(rect.x + rect.width, clip.x + clip.width);
  const bottom = Math.min(rect.y + rect.height, clip.y + clip.height);
  if (right - x < 1 || bottom - y < 1) return null;
  return { x, y, width: right - x, height: bottom - y };
}
