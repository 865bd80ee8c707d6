import * as decoding from 'lib0/decoding';

// The strings a version's structs name (root names and map keys), interned as they are read
// from an update's bytes: many structs name the same key (every shot has the same fields), and
// the reader of partial versions (structIndex.ts) compares places by these indices.

/** One decoder for every string read: making one per string costs more than the decoding. */
const utf8 = new TextDecoder();

export class StringTable {
  /** The strings, by index. */
  readonly strings: string[] = [];
  private readonly stringBytes: Uint8Array[] = [];
  private readonly stringsByHash = new Map<number, number[]>();

  /** Reads a string, interned: the same bytes give the same index without making a new string. */
  read(decoder: decoding.Decoder): number {
    const length = decoding.readVarUint(decoder);
    const array = decoder.arr;
    const from = decoder.pos;
    const to = from + length;
    decoder.pos = to;
    let hash = length;
    for (let i = from; i < to; i++) hash = (Math.imul(hash, 31) + array[i]!) | 0;
    hash &= 0x3fffffff;
    let candidates = this.stringsByHash.get(hash);
    if (candidates) {
      for (const id of candidates) {
        const known = this.stringBytes[id]!;
        if (known.length !== length) continue;
        let same = true;
        for (let i = 0; same && i < length; i++) same = known[i] === array[from + i];
        if (same) return id;
      }
    } else {
      this.stringsByHash.set(hash, (candidates = []));
    }
    const bytes = array.slice(from, to);
    const id = this.strings.push(utf8.decode(bytes)) - 1;
    this.stringBytes.push(bytes);
    candidates.push(id);
    return id;
  }
}
