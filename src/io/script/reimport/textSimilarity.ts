/**
 * How alike two texts read, from 0 (nothing shared) to 1 (the same), as the Dice coefficient
 * of their character pairs. Pairs rather than words, because Chinese has no spaces and a
 * rewritten line still shares most of its pairs with the old one. Case, spaces and
 * punctuation are ignored.
 */
export function textSimilarity(a: string, b: string): number {
  const left = normalise(a);
  const right = normalise(b);
  if (left === right) return left ? 1 : 0;
  if (!left || !right) return 0;
  const pairs = (text: string) => {
    const counts = new Map<string, number>();
    const chars = Array.from(text);
    if (chars.length === 1) counts.set(text, 1);
    for (let i = 0; i < chars.length - 1; i++) {
      const pair = chars[i]! + chars[i + 1]!;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
    return counts;
  };
  const ours = pairs(left);
  const theirs = pairs(right);
  let shared = 0;
  let total = 0;
  for (const [pair, count] of ours) {
    shared += Math.min(count, theirs.get(pair) ?? 0);
    total += count;
  }
  for (const count of theirs.values()) total += count;
  return (2 * shared) / total;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}
