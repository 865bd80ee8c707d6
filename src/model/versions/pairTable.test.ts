import { describe, expect, it } from 'vitest';
import { PairTable } from './pairTable';

describe('PairTable', () => {
  it('finds each pair added, through growing, and nothing else', () => {
    const table = new PairTable();
    const expected = new Map<string, number>();
    for (let first = 0; first < 300; first++) {
      for (const second of [-2, -1, 0, 1, 7, first]) {
        if (expected.has(`${first},${second}`)) continue;
        table.add(first, second, expected.size);
        expected.set(`${first},${second}`, expected.size);
      }
    }
    for (const [pair, value] of expected) {
      const [first, second] = pair.split(',').map(Number);
      expect(table.get(first!, second!)).toBe(value);
    }
    expect(table.get(300, 0)).toBeUndefined();
    expect(table.get(5, 6)).toBeUndefined();
  });
});
