// A text field keeps its own draft while focused so the caret never jumps when the doc echoes
// our own keystroke back. When someone else edits the same field meanwhile, we take their text
// and move our caret by what changed before it, the way a shared editor would.

/** Where a caret at `caret` in `before` belongs in `after`, given one contiguous change. */
export function rebaseCaret(before: string, after: string, caret: number): number {
  let prefix = 0;
  const maxPrefix = Math.min(before.length, after.length);
  while (prefix < maxPrefix && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  const maxSuffix = Math.min(before.length, after.length) - prefix;
  while (
    suffix < maxSuffix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  // Caret before the change: unaffected.
  if (caret <= prefix) return caret;
  // Caret after the change: shift by the length difference.
  if (caret >= before.length - suffix) return caret + (after.length - before.length);
  // Caret inside replaced text: put it at the end of the replacement.
  return after.length - suffix;
}
