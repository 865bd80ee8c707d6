import { describe, expect, it } from 'vitest';
import { joinRows, rowsForUpdate } from './updateParts';

const bytes = (length: number, seed = 1) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) % 251);

describe('stored update parts', () => {
  it('keeps a small update in one row and cuts a large one into parts no larger than the limit', () => {
    expect(rowsForUpdate('b/board', bytes(10), 16)).toEqual([{ doc: 'b/board', bytes: bytes(10) }]);
    const rows = rowsForUpdate('b/board', bytes(40), 16);
    expect(rows.map((row) => [row.part, row.parts, row.bytes.length])).toEqual([[0, 3, 16], [1, 3, 16], [2, 3, 8]]);
    // Each part is a copy of its own, not a view of the whole update.
    expect(rows.every((row) => row.bytes.buffer.byteLength === row.bytes.length)).toBe(true);
  });

  it('joins parts back into the updates they came from, in order', () => {
    const rows = [...rowsForUpdate('d', bytes(5, 1), 16), ...rowsForUpdate('d', bytes(40, 2), 16), ...rowsForUpdate('d', bytes(7, 3), 16)];
    expect(joinRows(rows)).toEqual({ updates: [bytes(5, 1), bytes(40, 2), bytes(7, 3)], brokenParts: 0 });
  });

  it('leaves out parts that do not make a whole update, and keeps the rest', () => {
    const cut = rowsForUpdate('d', bytes(40, 2), 16);
    const rows = [cut[0]!, cut[1]!, ...rowsForUpdate('d', bytes(5, 1), 16), cut[2]!, { doc: 'd', bytes: 'junk' as unknown as Uint8Array }];
    expect(joinRows(rows)).toEqual({ updates: [bytes(5, 1)], brokenParts: 4 });
  });
});
