// Editing several shots at once: a field shows its value when all selected shots agree and
// "Mixed" when they do not; writing it sets the field on every selected shot.

export type Common<T> = { mixed: false; value: T } | { mixed: true };

/** The value every item shares, or `mixed`. An empty list is not mixed but has no value. */
export function commonValue<I, T>(items: readonly I[], read: (item: I) => T): Common<T | undefined> {
  if (items.length === 0) return { mixed: false, value: undefined };
  const first = read(items[0]);
  for (let i = 1; i < items.length; i += 1) {
    if (!Object.is(read(items[i]), first)) return { mixed: true };
  }
  return { mixed: false, value: first };
}
