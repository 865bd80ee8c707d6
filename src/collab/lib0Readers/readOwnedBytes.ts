// Yjs reads every binary value inside a stored value (a stroke's encoded path) with lib0's
// readVarUint8Array, which returns a view into the update being read. Each stroke then keeps
// the whole update alive: opening a sketched series held its 10 MiB stored update in memory
// for as long as the board was open, to reach some 5 MiB of paths. The client build puts this
// reader in that place (server/cli/lib0ReadersPlugin.ts): values are copied into shared slabs,
// so what stays in memory is the paths themselves.

import type { ByteDecoder } from './readVarString';

/** Slabs small values are copied into; one per this many bytes, so a deleted value wastes little. */
const SLAB_BYTES = 64 * 1024;
/** Values larger than this get memory of their own (a slab would waste the rest of its space). */
const OWN_BUFFER_BYTES = 4 * 1024;

let slab = new Uint8Array(0);
let used = 0;

/**
 * Reads a binary value written by lib0's writeVarUint8Array (its length as a var uint, then
 * the bytes), returning a copy that does not keep the decoder's bytes alive. Copies share
 * slabs: a copy's `buffer` is not its own, so it must never be transferred or resized (nor was
 * lib0's view into the update). Values stored in a doc are never changed in place.
 */
export function readOwnedBytes(decoder: ByteDecoder, readVarUint: (decoder: ByteDecoder) => number): Uint8Array {
  const length = readVarUint(decoder);
  const start = decoder.pos;
  const end = start + length;
  if (end > decoder.arr.length) throw new Error('Unexpected end of array');
  decoder.pos = end;
  if (length > OWN_BUFFER_BYTES) return decoder.arr.slice(start, end);
  if (used + length > slab.length) {
    slab = new Uint8Array(SLAB_BYTES);
    used = 0;
  }
  const copy = slab.subarray(used, used + length);
  copy.set(decoder.arr.subarray(start, end));
  used += length;
  return copy;
}
