import { cullPanels } from '../editor/culling';
import type { Rect } from '../editor/geometry';
import type { BoardLayout } from '../editor/layout';

// Which panels the screen-reader list mirrors. Only panels whose centre is in view are listed:
// a button is pressed at its centre, and one the browser would have to scroll to (the canvas
// never scrolls) is one a test or a user could not press.

/** Panels per group of buttons; a group is memoised, so a pan re-renders only the edges. */
export const LIST_CHUNK = 16;

export interface ListedChunk {
  laneIndex: number;
  chunk: number;
  /** Panel index range [start, end) of the lane. */
  start: number;
  end: number;
}

export function centreInView(rect: Rect, view: Rect): boolean {
  const x = rect.x + rect.width / 2;
  const y = rect.y + rect.height / 2;
  return x >= view.x && x <= view.x + view.width && y >= view.y && y <= view.y + view.height;
}

/**
 * Chunks of the panels centred in `view`, nearest its centre first up to `maxPanels` (zoomed
 * far out a screen holds thousands of panels too small to point at), in reading order.
 */
export function listedChunks(layout: BoardLayout, view: Rect, maxPanels: number): ListedChunk[] {
  const { width, height } = layout.metrics;
  // A panel's centre is in view exactly when the panel overlaps the view shrunk by half a panel.
  const inner = { x: view.x + width / 2, y: view.y + height / 2, width: view.width - width, height: view.height - height };
  if (inner.width < 0 || inner.height < 0) return closestPanel(layout, view);
  const centre = { x: view.x + view.width / 2, y: view.y + view.height / 2 };
  const candidates: { chunk: ListedChunk; distance: number }[] = [];
  for (const range of cullPanels(layout, inner)) {
    if (range.end <= range.start) continue; // only the lane's header or add slot is in view
    const panels = layout.lanes[range.laneIndex].panels;
    for (let chunk = Math.floor(range.start / LIST_CHUNK); chunk * LIST_CHUNK < range.end; chunk++) {
      const start = Math.max(range.start, chunk * LIST_CHUNK);
      const end = Math.min(range.end, (chunk + 1) * LIST_CHUNK);
      const middle = panels[Math.floor((start + end - 1) / 2)];
      const distance = Math.hypot(middle.x + width / 2 - centre.x, middle.y + height / 2 - centre.y);
      candidates.push({ chunk: { laneIndex: range.laneIndex, chunk, start, end }, distance });
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

/** Zoomed in so far that a panel is bigger than the view: list the one under its centre. */
function closestPanel(layout: BoardLayout, view: Rect): ListedChunk[] {
  const centre = { x: view.x + view.width / 2, y: view.y + view.height / 2 };
  for (const lane of layout.lanes) {
    const index = lane.panels.findIndex(
      (p) => centre.x >= p.x && centre.x <= p.x + p.width && centre.y >= p.y && centre.y <= p.y + p.height,
    );
    if (index >= 0) return [{ laneIndex: lane.index, chunk: Math.floor(index / LIST_CHUNK), start: index, end: index + 1 }];
  }
  return [];
}
