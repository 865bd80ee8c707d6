// Rasterising a panel (or a low-zoom strip) into its bitmap is the costly part of bringing it
// on screen. Instead of doing it for every newly visible panel in one frame, jobs queue here
// and run in animation frames within a time budget, newest request per owner only, so a fast
// pan keeps its frame rate and the sketches fill in a frame or two later.

export type RasterJob = () => void;

/** Per frame while the user pans or zooms, so the motion stays smooth... */
const MOVING_BUDGET_MS = 6;
/** ...and while nothing moves, so a freshly opened board fills in quickly. */
const RESTING_BUDGET_MS = 30;
const REST_AFTER_MS = 200;
let lastMotion = -Infinity;
const jobs = new Map<object, RasterJob>();
/** Panels waiting to mount the nodes they rasterise from; a few per frame keep React's share small. */
const mounts = new Map<object, () => void>();
/**
 * Owners whose mount has run but whose nodes React has not committed yet (the mount is a
 * transition, rendered in slices over several frames). The queue is not idle while any wait:
 * their raster jobs are still to come.
 */
const awaitingCommit = new Set<object>();
const MOVING_MOUNTS = 8;
const RESTING_MOUNTS = 48;
const idleListeners = new Set<() => void>();
let frame = 0;
// When each owner first asked for work, and how long owners waited until their bitmap was
// drawn: a panel shows its placeholder card for that long (the benchmark reports it). Kept
// across a cancel, because a panel cancels and requeues as it moves from mounting to
// rasterising; weak, so owners that unmount before their turn are not held.
const requestedAt = new WeakMap<object, number>();
let waits: number[] = [];

const noteRequest = (owner: object) => {
  if (!requestedAt.has(owner)) requestedAt.set(owner, performance.now());
};

/** The waits (ms) from a panel's first request to its drawn bitmap since the last call. */
export function takeRasterWaits(): number[] {
  const taken = waits;
  waits = [];
  return taken;
}

/** Queues (or replaces) the rasterisation job of `owner`. */
export function scheduleRaster(owner: object, job: RasterJob): void {
  noteRequest(owner);
  awaitingCommit.delete(owner);
  jobs.set(owner, job);
  if (!frame) frame = requestAnimationFrame(runJobs);
}

/** Tells the queue the view is moving (a pan or zoom frame): it then works in smaller slices. */
export function noteMotion(): void {
  lastMotion = performance.now();
}

/**
 * Queues the step before rasterising: `mount` makes the owner render the nodes its bitmap is
 * drawn from (which then schedules the raster job itself).
 */
export function scheduleMount(owner: object, mount: () => void): void {
  noteRequest(owner);
  mounts.set(owner, mount);
  if (!frame) frame = requestAnimationFrame(runJobs);
}

/** Drops pending work, e.g. when its panel unmounts before its turn. */
export function cancelRaster(owner: object): void {
  jobs.delete(owner);
  mounts.delete(owner);
  awaitingCommit.delete(owner);
}

/** Whether any panel still waits for its mount, its commit or its raster job. */
export function rasterPending(): boolean {
  return jobs.size > 0 || mounts.size > 0 || awaitingCommit.size > 0;
}

/**
 * Calls `callback` once, in the animation frame after everything queued so far has been
 * drawn (right away in the next frame when nothing is queued). Returns a cancel.
 */
export function whenRasterIdle(callback: () => void): () => void {
  let frame = 0;
  const finish = () => {
    frame = requestAnimationFrame(callback);
  };
  if (!rasterPending()) {
    finish();
    return () => cancelAnimationFrame(frame);
  }
  const stop = onRasterIdle(() => {
    stop();
    finish();
  });
  return () => {
    stop();
    cancelAnimationFrame(frame);
  };
}

/** Calls `listener` whenever the queue runs empty. */
export function onRasterIdle(listener: () => void): () => void {
  idleListeners.add(listener);
  return () => idleListeners.delete(listener);
}

function runJobs(): void {
  frame = 0;
  const now = performance.now();
  const moving = now - lastMotion < REST_AFTER_MS;
  const deadline = now + (moving ? MOVING_BUDGET_MS : RESTING_BUDGET_MS);
  for (const [owner, job] of jobs) {
    jobs.delete(owner);
    job();
    const at = requestedAt.get(owner);
    if (at !== undefined) {
      if (waits.length < 20_000) waits.push(performance.now() - at);
      requestedAt.delete(owner);
    }
    if (performance.now() >= deadline) break;
  }
  let mounted = 0;
  for (const [owner, mount] of mounts) {
    if (mounted >= (moving ? MOVING_MOUNTS : RESTING_MOUNTS)) break;
    mounts.delete(owner);
    awaitingCommit.add(owner);
    mount();
    mounted++;
  }
  // Panels mounted now queue their raster jobs when React commits, so look again next frame.
  if (rasterPending()) frame = requestAnimationFrame(runJobs);
  else idleListeners.forEach((listener) => listener());
}
