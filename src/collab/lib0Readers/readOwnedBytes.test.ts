import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { readOwnedBytes } from './readOwnedBytes';

const readVarUint = (decoder: { arr: Uint8Array; pos: number }) => decoding.readVarUint(decoder as decoding.Decoder);

function written(values: readonly Uint8Array[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const value of values) encoding.writeVarUint8Array(encoder, value);
  return encoding.toUint8Array(encoder);
}

const bytes = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);

describe('readOwnedBytes', () => {
  it('reads back what lib0 wrote, value after value, as lib0 reads it', () => {
    const values = [bytes(0, 1), bytes(1, 2), bytes(85, 3), bytes(4096, 4), bytes(4097, 5), bytes(70_000, 6), bytes(13, 7)];
    const update = written(values);
    const ours = { arr: update, pos: 0 };
    const lib0s = decoding.createDecoder(update);
    for (const value of values) {
      expect(readOwnedBytes(ours, readVarUint)).toEqual(value);
      expect(decoding.readVarUint8Array(lib0s)).toEqual(value);
    }
    expect(ours.pos).toBe(update.length);
  });

  it('keeps nothing of the bytes it read from: changing them changes no value read', () => {
    const values = [bytes(40, 1), bytes(5000, 2)];
    const update = written(values);
    const decoder = { arr: update, pos: 0 };
    const read = values.map(() => readOwnedBytes(decoder, readVarUint));
    update.fill(0);
    expect(read).toEqual(values);
    for (const value of read) expect(value.buffer).not.toBe(update.buffer);
  });

  it('copies small values into shared slabs, not into a buffer each', () => {
    const update = written(Array.from({ length: 100 }, (_, i) => bytes(80, i)));
    const decoder = { arr: update, pos: 0 };
    const buffers = new Set(Array.from({ length: 100 }, () => readOwnedBytes(decoder, readVarUint).buffer));
    // 8,000 bytes fit in one slab, or two when the run starts near the end of one.
    expect(buffers.size).toBeLessThanOrEqual(2);
  });

  it('refuses a length that runs past the end, as lib0 does', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 10);
    encoding.writeUint8(encoder, 1);
    expect(() => readOwnedBytes({ arr: encoding.toUint8Array(encoder), pos: 0 }, readVarUint)).toThrow(/Unexpected end/);
  });
});
