// Rasterising a panel (or a low-zoom strip) into its bitmap is the costly part of bringing it
// on screen. Instead of doing it for every newly visible panel in one frame, jobs queue here
// and run in animation frames within a time budget, newest request per owner only, so a fast
// pan keeps its frame rate and the sketches fill in a frame or two later. Work in view goes
// before work in the margin around it, each nearest the middle of the view first, so a zoom
// out fills in from where the user looks rather than from the top left corner of the area
// mounted around the view.

import { rectsIntersect, type Rect } from '../editor/geometry';
import { currentView, inViewSince, noteView } from './placeholderTime';

/**
 * A piece of work, told when this frame's time for the queue runs out. A job that can stop
 * part way (a long strip) does so by then, and returns the rest: it is queued again with that.
 * A job handed to another thread returns its promise: the owner counts as waiting until it
 * settles, and a job it resolves to (the work back on this thread) is queued then.
 */
export type RasterJob = (deadline: number) => RasterJob | void | Promise<RasterJob | void>;

/** Per frame while the user pans or zooms, so the motion stays smooth... */
const MOVING_BUDGET_MS = 6;
/**
 * ...and while nothing moves, so a freshly opened board fills in quickly: fewer, longer
 * frames, since each frame also redraws the layer and waits for the display. Under 50 ms,
 * so a key pressed meanwhile still answers at once.
 */
const RESTING_BUDGET_MS = 45;
/**
 * ...and while a board opens, until its panels in view are first drawn: the person waits for
 * exactly this work and has nothing on the canvas to act on yet, so it runs in as few frames
 * as it can. This holds while the view moves too: opening frames the board (zoom to fit), a
 * camera move, and in 6 ms slices a sketched series took some 120 ms longer to first show.
 */
const OPENING_BUDGET_MS = 150;
const REST_AFTER_MS = 200;
let lastMotion = -Infinity;
let opening = false;
const jobs = new Map<object, RasterJob>();
/** Owners whose work is on another thread, each with its promise. */
const elsewhere = new Map<object, Promise<unknown>>();
const idleListeners = new Set<() => void>();
let frame = 0;
// What each owner shows until its bitmap is drawn (see Meanwhile): cards are counted, with how
// long they stood in view (placeholderTime.ts), for the benchmark; older pictures wait while
// the view moves. Weak, so owners that unmount before their turn are not held.
const meanwhileOf = new WeakMap<object, Meanwhile>();
let placeholderTimes: PlaceholderTimes = { inView: [], paintedAhead: 0, enlargedInView: [] };

/** How long placeholders stood in view before their picture came (ms), since the last call. */
export interface PlaceholderTimes {
  /** One per placeholder that was in view when its picture was drawn: its time in view. */
  inView: number[];
  /** Placeholders painted while still out of view (in the margin around it). */
  paintedAhead: number;
  /** The same as inView for panels that showed a blurrier picture meanwhile (see Meanwhile). */
  enlargedInView: number[];
}

export function takePlaceholderTimes(): PlaceholderTimes {
  const taken = placeholderTimes;
  placeholderTimes = { inView: [], paintedAhead: 0, enlargedInView: [] };
  return taken;
}

/** Where each owner's bitmap goes on the board, for the order of the work. */
const places = new WeakMap<object, Rect>();

/**
 * What an owner shows until its job is done: a placeholder card (its first picture is painted
 * while the view moves too, and its wait is counted); a much blurrier picture, enlarged from the
 * other level of detail or from further out (painted while the view moves too, its wait counted
 * apart); an older or somewhat blurrier picture (the new one waits until the view rests); or the
 * same thing drawn another way (a cache: never held back).
 */
export type Meanwhile = 'card' | 'enlarged picture' | 'older picture' | 'same';

/**
 * Queues (or replaces) the rasterisation job of `owner`, whose bitmap covers `place` on the
 * board; work without a place counts as in the middle of the view.
 */
export function scheduleRaster(owner: object, job: RasterJob, place?: Rect, meanwhile: Meanwhile = 'same'): void {
  // A card (or enlarged picture) that now shows something else, before its job told the queue
  // it was done: its picture came, at a lower ratio than the one now asked for.
  const before = meanwhileOf.get(owner);
  if ((before === 'card' || before === 'enlarged picture') && meanwhile !== before) notePainted(owner);
  elsewhere.delete(owner);
  if (place) places.set(owner, place);
  meanwhileOf.set(owner, meanwhile);
  jobs.set(owner, job);
  if (!frame) frame = requestAnimationFrame(runJobs);
}

/** Tells the queue where the view is on the board (null: no board in view). */
export function setRasterView(rect: Rect | null): void {
  noteView(rect);
}

/** Tells the queue the view is moving (a pan or zoom frame): it then works in smaller slices. */
export function noteMotion(): void {
  lastMotion = performance.now();
}

/** Whether the view is moving (a pan or zoom frame within the last moments), see noteMotion. */
export function viewMoving(): boolean {
  return performance.now() - lastMotion < REST_AFTER_MS;
}

/** Tells the queue whether a board is opening: its panels in view not yet drawn once. */
export function setRasterOpening(isOpening: boolean): void {
  opening = isOpening;
}

/** Whether a board is opening (see setRasterOpening). */
export function rasterOpening(): boolean {
  return opening;
}

/**
 * Drops pending work, e.g. when its panel unmounts before its turn. Work already on another
 * thread runs its course: its picture lands in the cache, and a panel re-rendered by that
 * very picture (its effect cleaned up and run again) is still counted as painted.
 */
export function cancelRaster(owner: object): void {
  jobs.delete(owner);
}

export function rasterPending(): boolean {
  return jobs.size > 0 || elsewhere.size > 0;
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
  const moving = viewMoving();
  const deadline = now + (opening ? OPENING_BUDGET_MS : moving ? MOVING_BUDGET_MS : RESTING_BUDGET_MS);
  for (const [owner, job] of nearestFirst()) {
    // Cancelled or queued anew by work that ran before it in this frame.
    if (jobs.get(owner) !== job) continue;
    // While the view moves, a newer or sharper picture of something that shows one already
    // waits until the view rests, and leaves the frame's time to the cards.
    if (moving && meanwhileOf.get(owner) === 'older picture') continue;
    jobs.delete(owner);
    const rest = job(deadline);
    if (rest instanceof Promise) {
      awaitElsewhere(owner, rest);
      if (performance.now() >= deadline) break;
      continue;
    }
    if (rest) {
      // Goes on in a later frame, so one large bitmap does not hold back the rest.
      jobs.set(owner, rest);
      if (performance.now() >= deadline) break;
      continue;
    }
    notePainted(owner);
    if (performance.now() >= deadline) break;
  }
  if (jobs.size > 0) frame = requestAnimationFrame(runJobs);
  else if (elsewhere.size === 0) idleListeners.forEach((listener) => listener());
}

function awaitElsewhere(owner: object, work: Promise<RasterJob | void>): void {
  elsewhere.set(owner, work);
  const settle = (rest: RasterJob | void) => {
    // Queued anew meanwhile (its content changed): that newer work stands.
    if (elsewhere.get(owner) !== work) return;
    elsewhere.delete(owner);
    if (rest && !jobs.has(owner)) jobs.set(owner, rest);
    else if (!jobs.has(owner)) notePainted(owner);
    // A frame runs what came back, or tells the idle listeners once the picture is committed.
    frame ||= requestAnimationFrame(runJobs);
  };
  work.then(settle, (error: unknown) => {
    console.warn('Painting a bitmap on another thread failed.', error);
    settle(undefined);
  });
}

function notePainted(owner: object): void {
  const meanwhile = meanwhileOf.get(owner);
  if (meanwhile !== 'card' && meanwhile !== 'enlarged picture') return;
  meanwhileOf.set(owner, 'same');
  const place = places.get(owner);
  const since = place ? inViewSince(place) : null;
  const waits = meanwhile === 'card' ? placeholderTimes.inView : placeholderTimes.enlargedInView;
  if (since === null) {
    if (meanwhile === 'card') placeholderTimes.paintedAhead++;
  } else if (waits.length < 20_000) waits.push(performance.now() - since);
}

/**
 * The queued jobs: those whose place is in view first, then the rest, each group nearest the
 * view's middle first (a stable sort). In view first, since the margin painted ahead reaches
 * nearer the middle than the view's own corners: a tall view's top and bottom rows would wait
 * behind the panels beside it.
 */
function nearestFirst(): Array<[object, RasterJob]> {
  const queued = [...jobs];
  const view = currentView();
  if (!view || queued.length < 2) return queued;
  const at = { x: view.x + view.width / 2, y: view.y + view.height / 2 };
  const rank = (owner: object) => {
    const place = places.get(owner);
    if (!place) return { outOfView: false, distance: 0 };
    const dx = Math.max(place.x - at.x, 0, at.x - (place.x + place.width));
    const dy = Math.max(place.y - at.y, 0, at.y - (place.y + place.height));
    return { outOfView: !rectsIntersect(view, place), distance: dx * dx + dy * dy };
  };
  return queued
    .map((entry) => ({ entry, ...rank(entry[0]) }))
    .sort((a, b) => Number(a.outOfView) - Number(b.outOfView) || a.distance - b.distance)
    .map(({ entry }) => entry);
}
