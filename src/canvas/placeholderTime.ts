// How long panels stand in the view as placeholder cards: the figure the series benchmark
// holds to "none over 100 ms". A panel's wait counts from when it came into view, not from
// when it asked to be painted: panels mounted in the margin around the view are painted ahead
// and never seen as cards, while one the view reached before it was even mounted (a fast zoom
// out) was already empty on screen. Hence a short history of where the view has been. Until
// the board switches between its levels of detail (panels, or strips of them zoomed out), the
// other level's picture covers the place: a panel mounted by the switch waits from then on.

import { rectsIntersect, type Rect } from '../editor/geometry';

/** Long enough for any wait worth reporting. */
const HISTORY_MS = 10_000;

/** The view on the board from `at` on, oldest first; `rect` is null while no board is shown. */
let views: { at: number; rect: Rect | null }[] = [];

/** When the board last switched its level of detail. */
let levelShownAt = -Infinity;

/** Records that the board now shows its other level of detail. */
export function noteDetailLevelShown(at = performance.now()): void {
  levelShownAt = at;
}

/** Records where the view is on the board (null: no board shown). */
export function noteView(rect: Rect | null, at = performance.now()): void {
  views.push({ at, rect });
  // Trimmed in batches, keeping the entry in force HISTORY_MS ago.
  if (views.length > 512 && views[256]!.at <= at - HISTORY_MS) views = views.slice(256);
}

/**
 * Since when `place` has been in view, at this level of detail, without a break up to now;
 * null when it is not in view now. Bounded by the history's oldest entry.
 */
export function inViewSince(place: Rect): number | null {
  let since: number | null = null;
  for (let i = views.length - 1; i >= 0; i--) {
    const { at, rect } = views[i]!;
    if (!rect || !rectsIntersect(rect, place)) break;
    since = at;
  }
  return since === null ? null : Math.max(since, levelShownAt);
}

/** The view on the board now, or null when no board is shown. */
export function currentView(): Rect | null {
  return views[views.length - 1]?.rect ?? null;
}
