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
 * Strings this short are mostly the same few again and again: a map entry's key in every
 * shot ("scene", "size"), a stroke's tool and colour. Each is read once and then shared, rather
 * than kept as a copy per value: some 150,000 fewer strings, about 4 MiB, in an open series.
 */
const SHARED_STRING_BYTES = 12;
/** How many shared strings are kept at most; past it the table starts again (ids do not fill it: they are longer). */
const SHARED_STRINGS_MAX = 4096;
const shared = new Map<number, string>();

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
  // FNV-1a over the bytes, for the table of shared strings.
  let hash = 0x811c9dc5 ^ length;
  for (let i = 0; i < length; i++) {
    const byte = bytes[start + i]!;
    // Not ASCII: the TextDecoder reads it whole (and refuses malformed UTF-8, as lib0's does).
    if (byte > 0x7f) return utf8.decode(bytes.subarray(start, end));
    codes[i] = byte;
    hash = Math.imul(hash ^ byte, 0x01000193);
  }
  if (length > SHARED_STRING_BYTES) return fromCodes();
  const known = shared.get(hash);
  if (known !== undefined && sameCodes(known)) return known;
  const text = fromCodes();
  // Two strings with the same hash: the first keeps its place, the second is not shared.
  if (known === undefined) {
    if (shared.size >= SHARED_STRINGS_MAX) shared.clear();
    shared.set(hash, text);
  }
  return text;
}

/** The string of `codes`, made in one call: a string built by adding characters is a chain of pieces in V8. */
function fromCodes(): string {
  return String.fromCharCode.apply(null, codes);
}

function sameCodes(text: string): boolean {
  if (text.length !== codes.length) return false;
  for (let i = 0; i < codes.length; i++) if (text.charCodeAt(i) !== codes[i]) return false;
  return true;
}
