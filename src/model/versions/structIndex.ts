import * as decoding from 'lib0/decoding';
import { PairTable } from './pairTable';
import { StringTable } from './stringTable';
import { BIT6, BIT7, BIT8, BITS5, skipContent } from './updateBytes';

// The structs of a version's updates read into typed columns: a pass over the updates' bytes
// that records each struct's ID, where its bytes are and what its parent is, interns the
// strings and places it names, indexes the structs by client and clock and resolves each
// one's place. VersionStructs (partialState.ts) answers its queries over these columns.
//
// A struct's place is read from its parent: a root name, or the ID of the item holding its
// parent type; an item written with an origin (or right origin) has the parent of that item,
// as Yjs reads it. An item whose parent or origin cannot be found (it is gone, a GC struct)
// is one Yjs drops too.

const ROOT_DEPTH = 3;

/** Of a place's key or of a struct's parent or place: none. */
export const NONE = -1;
/** Of a place: no key at that depth (the place ends above it). */
export const ABSENT = -2;
const UNRESOLVED = -2;

/**
 * The structs of a version's updates, indexed by client and clock, with each one's place.
 * Kept in columns of numbers rather than an object a struct: a series board has some 80,000.
 *
 * The columns are public for the readers over them (partialState.ts, fieldReaders.ts). The
 * constructor fills them (growing them as it scans); they are not written after, so a reader
 * may hold one in a local.
 */
export class StructIndex {
  client: Uint32Array;
  clock: Uint32Array;
  size: Uint32Array;
  update: Uint8Array;
  start: Uint32Array;
  end: Uint32Array;
  /** 1: GC (or skip), 2: its content is a type. */
  flags: Uint8Array;
  /** A root's name (an index into `strings`), or NONE. */
  private rootName: Int32Array;
  /** Its parent item's ID, or its origin's (right origin's) when written by that; NONE for none (client IDs are 32-bit unsigned). */
  private parentClient: Float64Array;
  private parentClock: Uint32Array;
  private byOrigin: Uint8Array;
  private parentSub: Int32Array;
  /** Resolved place: a place's index, NONE for none, UNRESOLVED before. */
  readonly path: Int32Array;
  /** How many structs the columns hold. */
  count = 0;
  private readonly stringTable = new StringTable();
  /** The strings the structs name (root names and keys), by their index. */
  readonly strings = this.stringTable.strings;
  /**
   * The places, in columns (there is one per shot and field): how deep, and the string index
   * of the root's name and of the keys below it (NONE: a list's item, ABSENT: past the end).
   */
  placeDepth = new Int32Array(256);
  placeRoot = new Int32Array(256);
  placeKey = new Int32Array(256);
  placeField = new Int32Array(256);
  places = 0;
  /** The places one key below a place above the deepest, by that place and the key's string index. */
  private readonly children = new PairTable();
  private readonly rootIds = new Map<number, number>();
  /** The structs whose place is being resolved, a stack shared by nested resolves, and its height. */
  private chain!: Int32Array;
  private chainHeight = 0;
  /** Per client, its structs' indices by clock (typed arrays: a growing list a struct costs more than the scan). */
  readonly byClient = new Map<number, Int32Array>();
  /** Per client, how many structs it has, while scanning. */
  private readonly clientCounts = new Map<number, number>();
  /**
   * The updates' client sections, in the order scanned: each one's client, update and first
   * struct (a section's structs are numbered in a row). Work per section rather than per
   * struct keeps a client ID (a number too large to be small in V8) from being boxed 80,000 times.
   */
  readonly sections: Array<{ client: number; update: number; first: number; count: number }> = [];
  /** Deleted ranges per client, from every update's delete set. */
  readonly deleted = new Map<number, Array<[clock: number, length: number]>>();
  /** Where each update's delete set begins. */
  readonly deleteSetStart: number[] = [];

  constructor(readonly updates: readonly Uint8Array[]) {
    // Room is made as the client sections say how many structs they hold (reserve).
    const guess = 64;
    this.client = new Uint32Array(guess);
    this.clock = new Uint32Array(guess);
    this.size = new Uint32Array(guess);
    this.update = new Uint8Array(guess);
    this.start = new Uint32Array(guess);
    this.end = new Uint32Array(guess);
    this.flags = new Uint8Array(guess);
    this.rootName = new Int32Array(guess);
    this.parentClient = new Float64Array(guess);
    this.parentClock = new Uint32Array(guess);
    this.byOrigin = new Uint8Array(guess);
    this.parentSub = new Int32Array(guess);
    updates.forEach((update, index) => this.scan(update, index));
    this.indexByClient();
    for (const list of this.deleted.values()) list.sort((a, b) => a[0] - b[0]);
    this.path = new Int32Array(this.count).fill(UNRESOLVED);
    this.chain = new Int32Array(this.count);
    for (let i = 0; i < this.count; i++) this.resolve(i);
  }

  /** The index of the struct holding that ID, or NONE. */
  find(client: number, clock: number): number {
    const list = this.byClient.get(client);
    if (!list) return NONE;
    const clocks = this.clock;
    const sizes = this.size;
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const struct = list[middle]!;
      if (clock < clocks[struct]!) high = middle - 1;
      else if (clock >= clocks[struct]! + sizes[struct]!) low = middle + 1;
      else return struct;
    }
    return NONE;
  }

  /** A place's key from its string index (NONE: a list's item, ABSENT: past the place's end). */
  keyAt(index: number): string | null | undefined {
    return index >= 0 ? this.strings[index] : index === NONE ? null : undefined;
  }

  private scan(update: Uint8Array, index: number): void {
    const decoder = decoding.createDecoder(update);
    const clients = decoding.readVarUint(decoder);
    for (let c = 0; c < clients; c++) {
      const count = decoding.readVarUint(decoder);
      const client = decoding.readVarUint(decoder);
      let clock = decoding.readVarUint(decoder);
      this.clientCounts.set(client, (this.clientCounts.get(client) ?? 0) + count);
      const section = { client, update: index, first: this.count, count: 0 };
      this.sections.push(section);
      // A struct takes a byte at least: a damaged count cannot ask for more room than that.
      this.reserve(this.count + Math.min(count, update.byteLength - decoder.pos));
      for (let i = 0; i < count; i++) {
        const start = decoder.pos;
        const info = decoding.readUint8(decoder);
        const ref = info & BITS5;
        let length: number;
        let flags = 0;
        let rootName = NONE;
        let parentClient = NONE;
        let parentClock = 0;
        let byOrigin = 0;
        let parentSub = NONE;
        if (ref === 0 || ref === 10) {
          // GC, or Skip (nothing there).
          length = decoding.readVarUint(decoder);
          flags = 1;
        } else {
          if (info & BIT8) {
            parentClient = decoding.readVarUint(decoder);
            parentClock = decoding.readVarUint(decoder);
            byOrigin = 1;
          }
          if (info & BIT7) {
            const rightClient = decoding.readVarUint(decoder);
            const rightClock = decoding.readVarUint(decoder);
            if (!byOrigin) {
              parentClient = rightClient;
              parentClock = rightClock;
              byOrigin = 1;
            }
          }
          if ((info & (BIT7 | BIT8)) === 0) {
            if (decoding.readVarUint(decoder) === 1) rootName = this.stringTable.read(decoder);
            else {
              parentClient = decoding.readVarUint(decoder);
              parentClock = decoding.readVarUint(decoder);
            }
            if (info & BIT6) parentSub = this.stringTable.read(decoder);
          }
          length = skipContent(decoder, ref);
          if (ref === 7) flags = 2;
        }
        const n = this.count++;
        this.client[n] = client;
        this.clock[n] = clock;
        this.size[n] = length;
        this.update[n] = index;
        this.start[n] = start;
        this.end[n] = decoder.pos;
        this.flags[n] = flags;
        this.rootName[n] = rootName;
        this.parentClient[n] = parentClient;
        this.parentClock[n] = parentClock;
        this.byOrigin[n] = byOrigin;
        this.parentSub[n] = parentSub;
        clock += length;
      }
      section.count = this.count - section.first;
    }
    this.deleteSetStart[index] = decoder.pos;
    const deleteClients = decoding.readVarUint(decoder);
    for (let c = 0; c < deleteClients; c++) {
      const client = decoding.readVarUint(decoder);
      const count = decoding.readVarUint(decoder);
      let list = this.deleted.get(client);
      if (!list) this.deleted.set(client, (list = []));
      for (let i = 0; i < count; i++) list.push([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]);
    }
  }

  /** Room for `needed` structs in every column: at least half as much again, so that many small sections grow them seldom. */
  private reserve(needed: number): void {
    if (needed <= this.client.length) return;
    const size = Math.max(needed, Math.ceil(this.client.length * 1.5));
    const resized = <T extends Uint32Array | Int32Array | Uint8Array | Float64Array>(array: T) => grown(array, size);
    this.client = resized(this.client);
    this.clock = resized(this.clock);
    this.size = resized(this.size);
    this.update = resized(this.update);
    this.start = resized(this.start);
    this.end = resized(this.end);
    this.flags = resized(this.flags);
    this.rootName = resized(this.rootName);
    this.parentClient = resized(this.parentClient);
    this.parentClock = resized(this.parentClock);
    this.byOrigin = resized(this.byOrigin);
    this.parentSub = resized(this.parentSub);
  }

  /** Lists each client's structs by clock (and update), in one typed array cut per client. */
  private indexByClient(): void {
    const all = new Int32Array(this.count);
    const next = new Map<number, number>();
    let offset = 0;
    for (const [client, count] of this.clientCounts) {
      next.set(client, offset);
      this.byClient.set(client, all.subarray(offset, offset + count));
      offset += count;
    }
    for (const { client, first, count } of this.sections) {
      const at = next.get(client)!;
      for (let n = 0; n < count; n++) all[at + n] = first + n;
      next.set(client, at + count);
    }
    const clocks = this.clock;
    const order = this.update;
    // Each update lists a client's structs by clock, so the lists are mostly in order already.
    const before = (a: number, b: number) => clocks[a]! - clocks[b]! || order[a]! - order[b]!;
    for (const list of this.byClient.values()) if (!inOrder(list, before)) list.sort(before);
  }

  /** The place a place and one more key make (no deeper than three), interned. */
  private child(parent: number, key: number): number {
    const depth = this.placeDepth[parent]!;
    if (depth >= ROOT_DEPTH) return parent;
    let id = this.children.get(parent, key);
    if (id === undefined) {
      id = this.addPlace(depth + 1, this.placeRoot[parent]!, depth === 1 ? key : this.placeKey[parent]!, depth === 2 ? key : ABSENT);
      this.children.add(parent, key, id);
    }
    return id;
  }

  private addPlace(depth: number, root: number, key: number, field: number): number {
    if (this.places === this.placeDepth.length) {
      const size = this.places * 2;
      this.placeDepth = grown(this.placeDepth, size);
      this.placeRoot = grown(this.placeRoot, size);
      this.placeKey = grown(this.placeKey, size);
      this.placeField = grown(this.placeField, size);
    }
    const id = this.places++;
    this.placeDepth[id] = depth;
    this.placeRoot[id] = root;
    this.placeKey[id] = key;
    this.placeField[id] = field;
    return id;
  }

  private root(name: number): number {
    let id = this.rootIds.get(name);
    if (id === undefined) {
      id = this.addPlace(1, name, ABSENT, ABSENT);
      this.rootIds.set(name, id);
    }
    return id;
  }

  /** Resolves a struct's place, and those of the chain of origins it takes it from. */
  private resolve(first: number): number {
    const chain = this.chain;
    const depth = this.chainHeight;
    let struct = first;
    let path = NONE;
    while (struct !== NONE) {
      if (this.path[struct] !== UNRESOLVED) {
        path = this.path[struct]!;
        break;
      }
      if (this.flags[struct]! & 1) {
        this.path[struct] = NONE;
        break;
      }
      chain[this.chainHeight++] = struct;
      const parentClient = this.parentClient[struct]!;
      if (this.rootName[struct] !== NONE) {
        path = this.child(this.root(this.rootName[struct]!), this.parentSub[struct]!);
        break;
      }
      if (parentClient === NONE) break;
      const found = this.find(parentClient, this.parentClock[struct]!);
      if (!this.byOrigin[struct]) {
        // Its parent type's item.
        const parentPath = found !== NONE && (this.flags[found]! & 3) === 2 ? this.resolve(found) : NONE;
        path = parentPath === NONE ? NONE : this.child(parentPath, this.parentSub[struct]!);
        break;
      }
      // Placed by its origin: the same parent and key as that item.
      struct = found;
    }
    for (let i = depth; i < this.chainHeight; i++) this.path[chain[i]!] = path;
    this.chainHeight = depth;
    return path;
  }
}

/** A column with room for `size`, holding what it held. */
function grown<T extends Uint32Array | Int32Array | Uint8Array | Float64Array>(array: T, size: number): T {
  const larger = new (array.constructor as new (length: number) => T)(size);
  larger.set(array);
  return larger;
}

function inOrder(list: Int32Array, compare: (a: number, b: number) => number): boolean {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1]!, list[i]!) > 0) return false;
  return true;
}
