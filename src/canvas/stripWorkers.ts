// Strips of panels (the board's low-zoom look, see PanelStripLod) are painted on worker
// threads when the browser can: zoomed out, a few dozen strips of sixteen sketches each come
// into view at once, and giving each its pixels and strokes took most of the main thread's
// time in those frames. A worker paints on an OffscreenCanvas and hands back an ImageBitmap,
// which the board draws like any other bitmap. Strips with reference images, and every strip
// in a browser without workers or OffscreenCanvas, are painted on the page as before.

import type { PanelMetrics } from '../editor/layout';
import type { StripPanel } from './lowDetail';
import { packPanels, type StripPaintReply, type StripPaintRequest } from './stripPacking';

/**
 * Requests a worker holds at once. Work is handed out in animation frames (rasterQueue), and a
 * strip takes a worker a few milliseconds: with fewer waiting, it would idle until the next frame.
 */
const PER_WORKER = 4;
/** A strip takes a worker milliseconds; one not back after this is painted on the page instead. */
const GIVE_UP_AFTER_MS = 5000;

interface StripWorker {
  worker: Worker;
  waiting: Map<number, (bitmap: ImageBitmap | null) => void>;
}

let workers: StripWorker[] | null = null;
let unavailable = typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined';
let nextId = 1;
let painted = 0;

/** How many strips workers have painted in this page (for tests). */
export function stripsPaintedElsewhere(): number {
  return painted;
}

/** One worker per core beyond the page's own, at most two. */
function workerCount(): number {
  return Math.max(1, Math.min(2, (navigator.hardwareConcurrency || 2) - 1));
}

function startWorkers(): StripWorker[] {
  return Array.from({ length: workerCount() }, () => {
    const entry: StripWorker = {
      worker: new Worker(new URL('./strip.worker.ts', import.meta.url), { type: 'module' }),
      waiting: new Map(),
    };
    entry.worker.onmessage = (event: MessageEvent<StripPaintReply>) => {
      const reply = event.data;
      const done = entry.waiting.get(reply.id);
      entry.waiting.delete(reply.id);
      if ('error' in reply) console.warn('A strip could not be painted on a worker; it is painted on the page.', reply.error);
      else if (!done) reply.bitmap.close(); // given up on: painted on the page meanwhile
      else painted++;
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
  console.warn(`Strips are painted on the page from now on: ${reason}.`);
  unavailable = true;
  for (const { worker, waiting } of workers ?? []) {
    worker.terminate();
    waiting.forEach((done) => done(null));
  }
  workers = null;
}

/** Starts the workers ahead of the first strip, so that their start is not waited for. */
export function prepareStripWorkers(): void {
  if (!unavailable) workers ??= startWorkers();
}

/** Whether strips can be painted on worker threads here. */
export function canPaintStripsElsewhere(): boolean {
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
  if (unavailable) return Promise.resolve(null);
  workers ??= startWorkers();
  const free = workers.reduce((best, entry) => (entry.waiting.size < best.waiting.size ? entry : best));
  if (free.waiting.size >= PER_WORKER) return null;
  const id = nextId++;
  const { panels, paths } = packPanels(strip.panels);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      if (free.waiting.delete(id)) resolve(null);
    }, GIVE_UP_AFTER_MS);
    free.waiting.set(id, (bitmap) => {
      clearTimeout(timer);
      resolve(bitmap);
    });
    const request: StripPaintRequest = { id, width: strip.width, height: strip.height, ratio: strip.ratio, metrics: strip.metrics, panels, paths };
    // The paths' buffer moves to the worker rather than being copied.
    free.worker.postMessage(request, [paths.buffer]);
  });
}
