// Strips of panels (the board's low-zoom look, see PanelStripLod) and full-detail panels
// (ShotPanel) are painted on worker threads when the browser can. Zoomed out, a few dozen
// strips of sixteen sketches each come into view at once; zoomed in, a jump to 100% (Ctrl+0)
// or a pan brings a dozen new panels. Giving each its pixels and strokes took most of the
// main thread's time in those frames. A worker paints on an OffscreenCanvas and hands back an
// ImageBitmap, which the board draws like any other bitmap, while the page's thread keeps the
// frames. Work with reference images, and everything in a browser without workers or
// OffscreenCanvas, is painted on the page as before.

import type { PanelMetrics } from '../editor/layout';
import type { StripPanel } from './lowDetail';
import type { PanelFace } from './panelDrawing';
import { packPanelFace, packPanels, type PaintReply, type PaintRequest } from './paintRequests';

/**
 * Requests a worker holds at once. Work is handed out in animation frames (rasterQueue), and a
 * strip or panel takes a worker a few milliseconds: with fewer waiting, it would idle until
 * the next frame.
 */
const PER_WORKER = 4;
/**
 * Of those, how many may be panels: strips cover sixteen panels each and come in when the
 * view zooms out past a third, often while the panels of the zoom's first part are still
 * being painted; they must not wait behind them.
 */
const PANELS_PER_WORKER = 2;
/** A picture takes a worker milliseconds; one not back after this is painted on the page instead. */
const GIVE_UP_AFTER_MS = 5000;

interface PaintWorker {
  worker: Worker;
  /** The requests it holds, by id: what to do with the bitmap, and the kind of request. */
  waiting: Map<number, { done: (bitmap: ImageBitmap | null) => void; kind: PaintRequest['kind'] }>;
}

let workers: PaintWorker[] | null = null;
let unavailable = typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined';
let nextId = 1;
const painted = { strip: 0, panel: 0 };

/** How many strips workers have painted in this page (for tests). */
export function stripsPaintedElsewhere(): number {
  return painted.strip;
}

/** How many full-detail panels workers have painted in this page (for tests). */
export function panelsPaintedElsewhere(): number {
  return painted.panel;
}

/** One worker per core beyond the page's own, at most two. */
function workerCount(): number {
  return Math.max(1, Math.min(2, (navigator.hardwareConcurrency || 2) - 1));
}

function startWorkers(): PaintWorker[] {
  return Array.from({ length: workerCount() }, () => {
    const entry: PaintWorker = {
      worker: new Worker(new URL('./paint.worker.ts', import.meta.url), { type: 'module' }),
      waiting: new Map(),
    };
    entry.worker.onmessage = (event: MessageEvent<PaintReply>) => {
      const reply = event.data;
      const done = entry.waiting.get(reply.id)?.done;
      entry.waiting.delete(reply.id);
      if ('error' in reply) console.warn('A picture could not be painted on a worker; it is painted on the page.', reply.error);
      else if (!done) reply.bitmap.close(); // given up on: painted on the page meanwhile
      done?.('bitmap' in reply ? reply.bitmap : null);
    };
    // A worker that cannot load (a policy, an old browser) or that crashed: the page paints.
    entry.worker.onerror = (event) => {
      event.preventDefault();
      stopWorkers(event.message || 'the worker failed');
    };
    return entry;
  });
}

function stopWorkers(reason: string): void {
  console.warn(`Strips and panels are painted on the page from now on: ${reason}.`);
  unavailable = true;
  for (const { worker, waiting } of workers ?? []) {
    worker.terminate();
    waiting.forEach(({ done }) => done(null));
  }
  workers = null;
}

/** Starts the workers ahead of the first picture, so that their start is not waited for. */
export function preparePaintWorkers(): void {
  if (!unavailable) workers ??= startWorkers();
}

/** Whether strips and panels can be painted on worker threads here. */
export function canPaintElsewhere(): boolean {
  return !unavailable;
}

/**
 * Paints a strip on a worker. The promise gives its bitmap, or null when it could not be
 * painted there (then paint it on the page). Null instead of a promise while every worker
 * has its hands full: ask again in a later frame, so the nearest strips still go first.
 */
export function paintStripElsewhere(
  strip: { width: number; height: number; ratio: number; metrics: PanelMetrics; panels: readonly StripPanel[] },
): Promise<ImageBitmap | null> | null {
  const { width, height, ratio, metrics } = strip;
  return paintElsewhere('strip', (id) => ({ kind: 'strip', id, width, height, ratio, metrics, ...packPanels(strip.panels) }));
}

/** Paints a full-detail panel (without reference image) on a worker; as paintStripElsewhere. */
export function paintPanelElsewhere(
  panel: { width: number; height: number; ratio: number; metrics: PanelMetrics; face: PanelFace },
): Promise<ImageBitmap | null> | null {
  const { width, height, ratio, metrics } = panel;
  return paintElsewhere('panel', (id) => ({ kind: 'panel', id, width, height, ratio, metrics, ...packPanelFace(panel.face) }));
}

/** Hands the request `make` makes to the least busy worker with room for its kind (see paintStripElsewhere). */
function paintElsewhere(kind: PaintRequest['kind'], make: (id: number) => PaintRequest): Promise<ImageBitmap | null> | null {
  if (unavailable) return Promise.resolve(null);
  workers ??= startWorkers();
  const free = workers.reduce((best, entry) => (entry.waiting.size < best.waiting.size ? entry : best));
  if (free.waiting.size >= PER_WORKER) return null;
  if (kind === 'panel' && panelsHeldBy(free) >= PANELS_PER_WORKER) return null;
  const request = make(nextId++);
  const { id } = request;
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (free.waiting.delete(id)) resolve(null);
    }, GIVE_UP_AFTER_MS);
    const done = (bitmap: ImageBitmap | null) => {
      clearTimeout(timer);
      if (bitmap) painted[kind]++;
      resolve(bitmap);
    };
    free.waiting.set(id, { done, kind });
    // The paths' buffer moves to the worker rather than being copied.
    free.worker.postMessage(request, [request.paths.buffer]);
  });
}

function panelsHeldBy(entry: PaintWorker): number {
  let count = 0;
  for (const { kind } of entry.waiting.values()) if (kind === 'panel') count++;
  return count;
}
