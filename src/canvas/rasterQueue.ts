// Rasterising a panel (or a low-zoom strip) into its bitmap is the costly part of bringing it
// on screen. Instead of doing it for every newly visible panel in one frame, jobs queue here
// and run in animation frames within a time budget, newest request per owner only, so a fast
// pan keeps its frame rate and the sketches fill in a frame or two later.

/** Does some work; returns false to be called again next frame (it ran out of time). */
export type RasterJob = (deadline: number) => boolean | void;

const FRAME_BUDGET_MS = 6;
const jobs = new Map<object, RasterJob>();
const idleListeners = new Set<() => void>();
let frame = 0;

/** Queues (or replaces) the rasterisation job of `owner`. */
export function scheduleRaster(owner: object, job: RasterJob): void {
  jobs.set(owner, job);
  if (!frame) frame = requestAnimationFrame(runJobs);
}

/** Drops a pending job, e.g. when its panel unmounts before its turn. */
export function cancelRaster(owner: object): void {
  jobs.delete(owner);
}

export function rasterPending(): boolean {
  return jobs.size > 0;
}

/** Calls `listener` whenever the queue runs empty. */
export function onRasterIdle(listener: () => void): () => void {
  idleListeners.add(listener);
  return () => idleListeners.delete(listener);
}

function runJobs(): void {
  frame = 0;
  const deadline = performance.now() + FRAME_BUDGET_MS;
  for (const [owner, job] of jobs) {
    jobs.delete(owner);
    if (job(deadline) === false && !jobs.has(owner)) jobs.set(owner, job); // unfinished: after the others
    if (performance.now() >= deadline) break;
  }
  if (jobs.size > 0) frame = requestAnimationFrame(runJobs);
  else idleListeners.forEach((listener) => listener());
}
