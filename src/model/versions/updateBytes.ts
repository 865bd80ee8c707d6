import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

// Walking the bytes of a Yjs update (V1) without building its structs: the layout of a
// struct's info byte, skipping a struct or its content, and writing an update again section
// by section. The reader of partial versions (partialState.ts) is built on these.

/** Info byte: the item has a parent sub (a map key). */
export const BIT6 = 0x20;
/** Info byte: the item has a right origin. */
export const BIT7 = 0x40;
/** Info byte: the item has an origin. */
export const BIT8 = 0x80;
/** Info byte: the struct's content ref (0 GC, 10 skip, else an item's content kind). */
export const BITS5 = 0x1f;

/**
 * Writes an update again, one client section at a time: `section` reads that section's
 * `count` structs from `decoder` (which starts at the first) and returns the structs to write
 * and how many they are; the delete set after the sections is copied as it is.
 */
export function rewriteSections(
  update: Uint8Array,
  section: (decoder: decoding.Decoder, count: number, client: number, clock: number) => { count: number; structs: Uint8Array },
): Uint8Array {
  const encoder = encoding.createEncoder();
  const decoder = decoding.createDecoder(update);
  const clients = decoding.readVarUint(decoder);
  encoding.writeVarUint(encoder, clients);
  for (let c = 0; c < clients; c++) {
    const count = decoding.readVarUint(decoder);
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const rewritten = section(decoder, count, client, clock);
    encoding.writeVarUint(encoder, rewritten.count);
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
    encoding.writeUint8Array(encoder, rewritten.structs);
  }
  encoding.writeUint8Array(encoder, update.subarray(decoder.pos));
  return encoding.toUint8Array(encoder);
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.byteLength !== b.byteLength) return false;
  // Word by word (a base is megabytes): on copies aligned for it when they are not.
  const aligned = (bytes: Uint8Array) => (bytes.byteOffset % 4 === 0 ? bytes : bytes.slice());
  const [x, y] = [aligned(a), aligned(b)];
  const words = x.byteLength >> 2;
  const xWords = new Uint32Array(x.buffer, x.byteOffset, words);
  const yWords = new Uint32Array(y.buffer, y.byteOffset, words);
  for (let i = 0; i < words; i++) if (xWords[i] !== yWords[i]) return false;
  for (let i = words << 2; i < x.byteLength; i++) if (x[i] !== y[i]) return false;
  return true;
}

/**
 * The values of an item's content when it is plain values (ContentAny: what `Y.Map.set` of a
 * string or number writes), read from the struct at `start`; null for any other content.
 */
export function readAnyContent(update: Uint8Array, start: number): unknown[] | null {
  const decoder = contentOf(update, start, 8);
  if (!decoder) return null;
  const length = decoding.readVarUint(decoder);
  const values: unknown[] = [];
  for (let i = 0; i < length; i++) values.push(decoding.readAny(decoder));
  return values;
}

/** The type ref of an item whose content is a type (Y.Map 1, Y.Array 0, Y.Text 2…), read from the struct at `start`; null for other content. */
export function readTypeRef(update: Uint8Array, start: number): number | null {
  const decoder = contentOf(update, start, 7);
  return decoder ? decoding.readVarUint(decoder) : null;
}

/** A decoder at the content of the item at `start`, when its content is of kind `ref`. */
function contentOf(update: Uint8Array, start: number, ref: number): decoding.Decoder | null {
  const decoder = decoding.createDecoder(update);
  decoder.pos = start;
  const info = decoding.readUint8(decoder);
  if ((info & BITS5) !== ref) return null;
  skipItemHeader(decoder, info);
  return decoder;
}

/** Skips an item's origins and, when it has none, its parent and key (what its info byte says it has). */
function skipItemHeader(decoder: decoding.Decoder, info: number): void {
  if (info & BIT8) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
  }
  if (info & BIT7) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
  }
  if ((info & (BIT7 | BIT8)) === 0) {
    if (decoding.readVarUint(decoder) === 1) skipVarString(decoder);
    else {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
    }
    if (info & BIT6) skipVarString(decoder);
  }
}

/** Skips a struct after its info byte; returns its length. */
export function skipStruct(decoder: decoding.Decoder, info: number): number {
  const ref = info & BITS5;
  if (ref === 0 || ref === 10) return decoding.readVarUint(decoder);
  skipItemHeader(decoder, info);
  return skipContent(decoder, ref);
}

/** Skips an item's content; returns its length (in clock units), as Yjs counts it. */
export function skipContent(decoder: decoding.Decoder, ref: number): number {
  switch (ref) {
    case 1: // deleted
      return decoding.readVarUint(decoder);
    case 2: { // JSON
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) skipVarString(decoder);
      return length;
    }
    case 3: // binary
      skipVarString(decoder);
      return 1;
    case 4: // string: its length in UTF-16 code units
      return skipUtf16Length(decoder);
    case 5: // embed
      skipVarString(decoder);
      return 1;
    case 6: // format: key and value
      skipVarString(decoder);
      skipVarString(decoder);
      return 1;
    case 7: { // type
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef === 3 || typeRef === 5) skipVarString(decoder);
      return 1;
    }
    case 8: { // any
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) skipAny(decoder);
      return length;
    }
    case 9: // subdoc: guid and options
      skipVarString(decoder);
      skipAny(decoder);
      return 1;
    default:
      throw new Error(`A version holds content of an unknown kind (${ref}).`);
  }
}

function skipVarString(decoder: decoding.Decoder): void {
  const length = decoding.readVarUint(decoder);
  decoder.pos += length;
}

/** Skips a string's UTF-8 bytes, counting its UTF-16 code units (as JavaScript's `length`). */
function skipUtf16Length(decoder: decoding.Decoder): number {
  const bytes = decoding.readVarUint(decoder);
  const array = decoder.arr;
  const end = decoder.pos + bytes;
  let units = 0;
  for (let i = decoder.pos; i < end; i++) {
    const byte = array[i]!;
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
  }
  decoder.pos = end;
  return units;
}

function skipAny(decoder: decoding.Decoder): void {
  const type = decoding.readUint8(decoder);
  switch (type) {
    case 127: case 126: case 121: case 120: return;
    case 125: decoding.readVarInt(decoder); return;
    case 124: decoder.pos += 4; return;
    case 123: case 122: decoder.pos += 8; return;
    case 119: case 116: skipVarString(decoder); return;
    case 118: {
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) {
        skipVarString(decoder);
        skipAny(decoder);
      }
      return;
    }
    case 117: {
      const length = decoding.readVarUint(decoder);
      for (let i = 0; i < length; i++) skipAny(decoder);
      return;
    }
    default:
      // lib0 reads any other tag as undefined.
      return;
  }
}
