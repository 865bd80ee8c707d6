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

/** A text field's value and "Mixed" state: empty while the items disagree. */
export function mixedText(common: Common<string | undefined>): { value: string; mixed: boolean } {
  return { value: common.mixed ? '' : (common.value ?? ''), mixed: common.mixed };
}

/** A select's value and "Mixed" state: no choice while the items disagree. */
export function mixedChoice(common: Common<string | null | undefined>): { value: string | null; mixed: boolean } {
  return { value: common.mixed ? null : (common.value ?? null), mixed: common.mixed };
}
