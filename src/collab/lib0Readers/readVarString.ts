// Yjs reads every string inside a stored value (a stroke's keys, id and colour, say) with
// lib0's readVarString, which hands each one to the browser's TextDecoder. A call costs about
// 0.3 µs in Chromium however short the string, and opening a sketched series reads some
// 500,000 short strings: about 140 ms in TextDecoder calls against 30 ms read in JS, and
// a fifth less time to apply the whole board. The client build puts this reader in lib0's place
// (server/cli/lib0ReadersPlugin.ts); the strings it returns are the same.

/** What lib0's Decoder holds: the bytes and the read position. */
export interface ByteDecoder {
  arr: Uint8Array;
  pos: number;
}

/** Longest string read in JS; longer ones are few, and the TextDecoder is quicker on them. */
const SHORT_STRING_BYTES = 64;
/** The character codes of the string being read (reused: one array, not one per string). */
const codes: number[] = [];

/**
 * Reads a string written by lib0's writeVarString (its UTF-8 byte length as a var uint, then
 * the bytes), as lib0's own reader would: short ASCII strings in JS, the rest with `utf8`.
 */
export function readVarString(decoder: ByteDecoder, readVarUint: (decoder: ByteDecoder) => number, utf8: TextDecoder): string {
  const length = readVarUint(decoder);
  const bytes = decoder.arr;
  const start = decoder.pos;
  const end = start + length;
  if (end > bytes.length) throw new Error('Unexpected end of array');
  decoder.pos = end;
  if (length > SHORT_STRING_BYTES) return utf8.decode(bytes.subarray(start, end));
  codes.length = length;
  for (let i = 0; i < length; i++) {
    const byte = bytes[start + i]!;
    // Not ASCII: the TextDecoder reads it whole (and refuses malformed UTF-8, as lib0's does).
    if (byte > 0x7f) return utf8.decode(bytes.subarray(start, end));
    codes[i] = byte;
  }
  // In one call, not by adding characters: a string built by adding is a chain of pieces in
  // V8 (about ten times the memory of a 16-character id), and every stroke id is one.
  return String.fromCharCode.apply(null, codes);
}
