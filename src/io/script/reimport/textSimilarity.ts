/** A text reduced to what similarity compares: its character pairs, counted. */
export interface TextProfile {
  text: string;
  pairs: Map<string, number>;
  size: number;
}

/** Case, spaces and punctuation are ignored. */
export function textProfile(text: string): TextProfile {
  const normalised = text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
  const pairs = new Map<string, number>();
  const chars = Array.from(normalised);
  if (chars.length === 1) pairs.set(normalised, 1);
  for (let i = 0; i < chars.length - 1; i++) {
    const pair = chars[i]! + chars[i + 1]!;
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  let size = 0;
  for (const count of pairs.values()) size += count;
  return { text: normalised, pairs, size };
}

/**
 * How alike two texts read, from 0 (nothing shared) to 1 (the same), as the Dice coefficient
 * of their character pairs. Pairs rather than words, because Chinese has no spaces and a
 * rewritten line still shares most of its pairs with the old one.
 */
export function profileSimilarity(a: TextProfile, b: TextProfile): number {
  if (a.text === b.text) return a.text ? 1 : 0;
  if (!a.text || !b.text) return 0;
  let shared = 0;
  for (const [pair, count] of a.pairs) shared += Math.min(count, b.pairs.get(pair) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

export function textSimilarity(a: string, b: string): number {
  return profileSimilarity(textProfile(a), textProfile(b));
}
