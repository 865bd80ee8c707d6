import { useEffect, type RefObject } from 'react';
import { worldRectToScreen } from '../editor/camera';
import type { Rect } from '../editor/geometry';
import { layoutOfBoard } from '../editor/layout';
import type { BoardSession } from '../editor/session';
import { takePlaceholderTimes, whenRasterIdle, type PlaceholderTimes } from './rasterQueue';
import { panelsPaintedElsewhere, stripsPaintedElsewhere } from './paintWorkers';

/**
 * A small window hook for end-to-end tests, so Playwright can press the mouse on an exact panel
 * (drag to reorder, marquee). Rectangles are in CSS pixels of the page viewport, the coordinates
 * `page.mouse` takes. Read-only: it changes nothing.
 */
export interface CanvasTestHook {
  panelScreenRect(shotId: string): Rect | null;
  addSlotScreenRect(episodeId: string): Rect | null;
  /** The strip under a lane's panels where its emotion curve is drawn. */
  rhythmStripScreenRect(episodeId: string): Rect | null;
  scale(): number;
  /** How long panels stood in view as placeholder cards since the last call. */
  takePlaceholderTimes(): PlaceholderTimes;
  /** How many strips of panels (zoomed out) worker threads have painted. */
  stripsPaintedElsewhere(): number;
  /** How many full-detail panels worker threads have painted. */
  panelsPaintedElsewhere(): number;
  /** performance.now() when every panel in view was first drawn (the benchmark's "open" time). */
  firstFullPaintAt: number | null;
}

declare global {
  interface Window {
    __beatboardCanvas?: CanvasTestHook;
  }
}

export function useCanvasTestHook(containerRef: RefObject<HTMLElement | null>, session: BoardSession): void {
  useEffect(() => {
    const toPage = (world: Rect | undefined): Rect | null => {
      const element = containerRef.current;
      if (!world || !element) return null;
      const bounds = element.getBoundingClientRect();
      const screen = worldRectToScreen(session.editor.camera.get(), world);
      return { ...screen, x: screen.x + bounds.left, y: screen.y + bounds.top };
    };
    const layout = () => layoutOfBoard(session.store.getBoard());
    const hook: CanvasTestHook = {
      panelScreenRect: (shotId) => toPage(layout().panelById.get(shotId)),
      addSlotScreenRect: (episodeId) => toPage(layout().lanes.find((lane) => lane.episodeId === episodeId)?.addSlot),
      rhythmStripScreenRect: (episodeId) => toPage(layout().lanes.find((lane) => lane.episodeId === episodeId)?.rhythm),
      scale: () => session.editor.camera.get().scale,
      takePlaceholderTimes,
      stripsPaintedElsewhere,
      panelsPaintedElsewhere,
      firstFullPaintAt: null,
    };
    window.__beatboardCanvas = hook;
    return () => {
      if (window.__beatboardCanvas === hook) delete window.__beatboardCanvas;
    };
  }, [containerRef, session]);
}

/**
 * Called when the panels of the framed board have been committed: records the first full
 * paint once their bitmaps are rasterised and Konva has drawn them.
 */
export function recordFirstFullPaint(): void {
  const hook = window.__beatboardCanvas;
  if (!hook || hook.firstFullPaintAt !== null) return;
  performance.mark('beatboard:panels-committed');
  // Konva draws on the next animation frame; a frame callback queued after it runs after it.
  whenRasterIdle(() => {
    performance.mark('beatboard:panels-rasterised');
    if (hook.firstFullPaintAt === null) hook.firstFullPaintAt = performance.now();
  });
}
