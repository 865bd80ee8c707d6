// A dissolve: the shot fades in over the one before it. Pure, shared by the player and the
// video export.

/** How long a dissolve takes when the shot is long enough. */
export const DISSOLVE_MS = 500;

/** The dissolve's length in a shot of `shotMs`: half a second, or the shot's first half if shorter. */
export function dissolveLength(shotMs: number): number {
  return Math.max(0, Math.min(DISSOLVE_MS, shotMs / 2));
}

/** How much of the incoming shot shows `msIntoShot` after its cut in: 0 at the cut, 1 once the dissolve is done. */
export function dissolveWeight(msIntoShot: number, shotMs: number): number {
  const length = dissolveLength(shotMs);
  if (length <= 0) return 1;
  return Math.min(1, Math.max(0, msIntoShot / length));
}
