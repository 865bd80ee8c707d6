import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { PairTable } from './pairTable';
import { BIT6, BIT7, BIT8, BITS5, readAnyContent, readTypeRef, rewriteSections, sameBytes, skipContent, skipStruct } from './updateBytes';

/**
 * Reading part of a version without decoding all of it. A version's board doc is one or a few
 * Yjs updates (V1) of some 10 MiB for a sketched series, most of it the shots' strokes, and
 * `Y.applyUpdate` of the whole takes hundreds of milliseconds. This reads the updates' structs
 * without building them (a pass over the bytes), finds where each belongs in the board
 * (`shots` → shot id → field), and writes the same updates again with the structs that are
 * not wanted turned into GC structs of the same length (Yjs's own placeholder for content
 * that is gone): applied to a fresh doc, such an update gives the same doc but for the left
 * out content, at the cost of the content kept.
 *
 * A struct's place is read from its parent: a root name, or the ID of the item holding its
 * parent type; an item written with an origin (or right origin) has the parent of that item,
 * as Yjs reads it. An item whose parent or origin cannot be found (it is gone, a GC struct)
 * is one Yjs drops too.
 */

const ROOT_DEPTH = 3;

/**
 * Decides by a struct's place in the doc: the root's name, then the keys below it up to three
 * deep (`shots` → shot id → field); null for an item of a list, undefined past the place's end.
 */
export type PlaceFilter = (root: string, key: string | null | undefined, field: string | null | undefined) => boolean;

const NONE = -1;
/** Of a place: no key at that depth (the place ends above it). */
const ABSENT = -2;
/** More than one item of a struct is not deleted (see liveOffset). */
const MANY_LIVE = -3;
/** One decoder for every string read: making one per string costs more than the decoding. */
const utf8 = new TextDecoder();
const UNRESOLVED = -2;
/** A value not read yet. */
const UNSET = Symbol('unset');
/** Yjs's type ref of a Y.Map. */
const Y_MAP = 1;


/**
 * The structs of a version's updates, indexed by client and clock, with each one's place.
 * Kept in columns of numbers rather than an object a struct: a series board has some 80,000.
 */
export class VersionStructs {
  private client: Uint32Array;
  private clock: Uint32Array;
  private size: Uint32Array;
  private update: Uint8Array;
  private start: Uint32Array;
  private end: Uint32Array;
  /** 1: GC (or skip), 2: its content is a type. */
  private flags: Uint8Array;
  /** A root's name (an index into `strings`), or NONE. */
  private rootName: Int32Array;
  /** Its parent item's ID, or its origin's (right origin's) when written by that; NONE for none (client IDs are 32-bit unsigned). */
  private parentClient: Float64Array;
  private parentClock: Uint32Array;
  private byOrigin: Uint8Array;
  private parentSub: Int32Array;
  /** Resolved place: a place's index, NONE for none, UNRESOLVED before. */
  private path!: Int32Array;
  /** How many structs the columns hold. */
  private count = 0;
  private readonly strings: string[] = [];
  /**
   * The places, in columns (there is one per shot and field): how deep, and the string index
   * of the root's name and of the keys below it (NONE: a list's item, ABSENT: past the end).
   */
  private placeDepth = new Int32Array(256);
  private placeRoot = new Int32Array(256);
  private placeKey = new Int32Array(256);
  private placeField = new Int32Array(256);
  private places = 0;
  /** The places one key below a place above the deepest, by that place and the key's string index. */
  private readonly children = new PairTable();
  private readonly stringBytes: Uint8Array[] = [];
  private readonly stringsByHash = new Map<number, number[]>();
  private readonly rootIds = new Map<number, number>();
  /** The structs whose place is being resolved, a stack shared by nested resolves, and its height. */
  private chain!: Int32Array;
  private chainHeight = 0;
  /** Per client, its structs' indices by clock (typed arrays: a growing list a struct costs more than the scan). */
  private readonly byClient = new Map<number, Int32Array>();
  /** Per client, how many structs it has, while scanning. */
  private readonly clientCounts = new Map<number, number>();
  /**
   * The updates' client sections, in the order scanned: each one's client, update and first
   * struct (a section's structs are numbered in a row). Work per section rather than per
   * struct keeps a client ID (a number too large to be small in V8) from being boxed 80,000 times.
   */
  private readonly sections: Array<{ client: number; update: number; first: number; count: number }> = [];
  /** Deleted ranges per client, from every update's delete set. */
  private readonly deleted = new Map<number, Array<[clock: number, length: number]>>();
  /** Where each update's delete set begins. */
  private readonly deleteSetStart: number[] = [];

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

  /**
   * Calls `visit` for each item whose place is known, with its ID range and whether it is
   * deleted: of these updates, or of an older state of the same doc read through them (`view`).
   */
  forEachItem(
    visit: (root: string, key: string | null | undefined, field: string | null | undefined, client: number, clock: number, length: number, deleted: boolean) => void,
    view?: OlderState,
  ): void {
    const deleted = view ? view.deleted : this.deleted;
    let place = 0;
    // The struct's index, not its client, is kept for the callback: a client ID is a number
    // too large to be small in V8, boxed each time a closure's variable is set to one.
    let struct = 0;
    const visitPart = (from: number, length: number, gone: boolean) =>
      visit(this.strings[this.placeRoot[place]!]!, this.keyAt(this.placeKey[place]!), this.keyAt(this.placeField[place]!), this.client[struct]!, from, length, gone);
    // A client's deletions and limit are looked up once a section, not once a struct.
    for (const { client, first, count } of this.sections) {
      const ranges = deleted.get(client);
      const limit = view ? view.limit.get(client) ?? 0 : Infinity;
      for (let i = first; i < first + count; i++) {
        place = this.path[i]!;
        if (place < 0 || this.flags[i]! & 1) continue;
        const clock = this.clock[i]!;
        if (clock >= limit) continue;
        struct = i;
        this.splitByDeletion(ranges, clock, Math.min(this.size[i]!, limit - clock), visitPart);
      }
    }
  }

  /**
   * An older state of the same doc, given as its own updates, to read through these structs
   * (`forEachItem`, `selectOlder`) instead of scanning it: when each of its updates is one of
   * these (a shared base) or holds only structs these hold too. Null when it is not so.
   */
  olderState(updates: readonly Uint8Array[]): OlderState | null {
    const limit = new Map<number, number>();
    const deleted = new Map<number, Array<[number, number]>>();
    const shared: number[] = [];
    for (const update of updates) {
      const index = this.updates.findIndex((mine) => sameBytes(mine, update));
      shared.push(index);
      const decoder = decoding.createDecoder(update);
      if (index >= 0) {
        // One of ours: its structs are known; only where they end matters.
        for (const { client, update: of, first, count } of this.sections) {
          if (of !== index || count === 0) continue;
          const last = first + count - 1;
          limit.set(client, Math.max(limit.get(client) ?? 0, this.clock[last]! + this.size[last]!));
        }
        decoder.pos = this.deleteSetStart[index]!;
      }
      const clients = index >= 0 ? 0 : decoding.readVarUint(decoder);
      for (let c = 0; c < clients; c++) {
        const count = decoding.readVarUint(decoder);
        const client = decoding.readVarUint(decoder);
        let clock = decoding.readVarUint(decoder);
        {
          for (let n = 0; n < count; n++) {
            const info = decoding.readUint8(decoder);
            const length = skipStruct(decoder, info);
            const first = this.find(client, clock);
            const last = this.find(client, clock + length - 1);
            // Every item of it must be an item here too, in the same place.
            if (first === NONE || last === NONE) return null;
            if ((info & BITS5) !== 0 && (info & BITS5) !== 10 && (this.flags[first]! & 1 || this.path[first] !== this.path[last])) return null;
            clock += length;
          }
        }
        limit.set(client, Math.max(limit.get(client) ?? 0, clock));
      }
      const deleteClients = decoding.readVarUint(decoder);
      for (let c = 0; c < deleteClients; c++) {
        const client = decoding.readVarUint(decoder);
        const count = decoding.readVarUint(decoder);
        let list = deleted.get(client);
        if (!list) deleted.set(client, (list = []));
        for (let i = 0; i < count; i++) list.push([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]);
      }
    }
    for (const list of deleted.values()) list.sort((a, b) => a[0] - b[0]);
    return { updates, shared, limit, deleted };
  }

  /**
   * Per entry of a root map, the plain value of one of its fields (`shots` → shot id →
   * `episodeId`), read from the structs as a doc of them reads it: the one item at that place
   * that is not deleted (Yjs deletes the value a new one replaces, and the fields of an entry
   * it deletes). Null when that is not so simple for some entry (more than one such item, or
   * one that holds a type or other content than plain values): then the caller decodes them.
   */
  fieldValues(root: string, field: string): Map<string, unknown> | null {
    const values = new Map<string, unknown>();
    const simple = this.forEachLive(root, field, (key, struct, offset) => {
      const content = this.flags[struct]! & 2 ? null : readAnyContent(this.updates[this.update[struct]!]!, this.start[struct]!);
      if (!content || values.has(key)) return false;
      values.set(key, content[offset]);
      return true;
    });
    return simple ? values : null;
  }

  /**
   * Per entry of a root map that is a Y.Map (`shots` → shot id), in the order of their structs,
   * the plain values of some of its fields (in the order of `fields`, undefined for one it does
   * not have), read as `fieldValues` reads them but all in one pass. Null when some entry is
   * not a Y.Map, or not that simple (then the caller decodes them).
   */
  entryFields(root: string, fields: readonly string[]): Map<string, unknown[]> | null {
    const rootIndex = this.strings.indexOf(root);
    const entries = new Map<string, unknown[]>();
    if (rootIndex < 0) return entries;
    // A field no struct names has no string index, and no value.
    const columns = new Map(fields.map((field, column) => [this.strings.indexOf(field), column] as const).filter(([index]) => index >= 0));
    const values = new Map<string, unknown[]>();
    for (let i = 0; i < this.count; i++) {
      const place = this.path[i]!;
      if (place < 0 || this.flags[i]! & 1 || this.placeRoot[place] !== rootIndex || this.placeKey[place]! < 0) continue;
      const isEntry = this.placeDepth[place] === 2;
      const column = isEntry ? -1 : columns.get(this.placeField[place]!);
      if (column === undefined) continue;
      const live = this.liveOffset(i);
      if (live === NONE) continue;
      if (live === MANY_LIVE) return null;
      const key = this.strings[this.placeKey[place]!]!;
      const [update, start] = [this.updates[this.update[i]!]!, this.start[i]!];
      if (isEntry) {
        if (entries.has(key) || !(this.flags[i]! & 2) || readTypeRef(update, start) !== Y_MAP) return null;
        entries.set(key, []);
        continue;
      }
      const content = this.flags[i]! & 2 ? null : readAnyContent(update, start);
      let row = values.get(key);
      if (!row) values.set(key, (row = new Array<unknown>(fields.length).fill(UNSET)));
      if (!content || row[column] !== UNSET) return null;
      row[column] = content[live];
    }
    for (const [key, row] of entries) {
      const found = values.get(key);
      for (let column = 0; column < fields.length; column++) row.push(found && found[column] !== UNSET ? found[column] : undefined);
    }
    return entries;
  }

  /**
   * Calls `visit` with the item not deleted of each struct at a root map's entries (field
   * undefined) or at one field of them, and its offset in the struct; false when a struct has
   * more than one, or `visit` returns false.
   */
  private forEachLive(root: string, field: string | undefined, visit: (key: string, struct: number, offset: number) => boolean): boolean {
    const rootIndex = this.strings.indexOf(root);
    const fieldIndex = field === undefined ? ABSENT : this.strings.indexOf(field);
    if (rootIndex < 0 || fieldIndex === NONE) return true;
    for (let i = 0; i < this.count; i++) {
      const place = this.path[i]!;
      if (place < 0 || this.flags[i]! & 1) continue;
      if (this.placeRoot[place] !== rootIndex || this.placeField[place] !== fieldIndex || this.placeKey[place]! < 0 || this.placeDepth[place] === 1) continue;
      const live = this.liveOffset(i);
      if (live === NONE) continue;
      if (live === MANY_LIVE || !visit(this.strings[this.placeKey[place]!]!, i, live)) return false;
    }
    return true;
  }

  /**
   * The offset in struct `i` of its one item not deleted: NONE when every item is deleted,
   * MANY_LIVE when more than one is not. The state lives in fields, not a closure per call:
   * this runs once per struct of a version.
   */
  private liveOffset(i: number): number {
    this.liveClock = this.clock[i]!;
    this.liveAt = NONE;
    this.liveMany = false;
    this.splitByDeletion(this.deleted.get(this.client[i]!), this.liveClock, this.size[i]!, this.noteLive);
    return this.liveMany ? MANY_LIVE : this.liveAt;
  }

  private liveClock = 0;
  private liveAt = NONE;
  private liveMany = false;
  private readonly noteLive = (from: number, length: number, deleted: boolean) => {
    if (deleted) return;
    if (length > 1 || this.liveAt >= 0) this.liveMany = true;
    this.liveAt = from - this.liveClock;
  };

  /**
   * `select` for an older state read through these structs. With `selected`, what `select`
   * wrote with the same `keep`, an update the two share is not written again.
   */
  selectOlder(view: OlderState, keep: PlaceFilter, selected?: readonly Uint8Array[]): Uint8Array[] {
    const kept = this.keptPlaces(keep);
    return view.updates.map((update, i) => {
      const shared = view.shared[i]!;
      if (shared < 0) return this.rewriteForeign(update, kept);
      return selected ? selected[shared]! : this.rewrite(update, shared, kept);
    });
  }

  /**
   * The updates again, with every item for whose place `keep` is false (and every item of no
   * known place, and every GC or skip struct) turned into GC structs, one per run. Delete
   * sets are kept as they are.
   */
  select(keep: PlaceFilter): Uint8Array[] {
    const kept = this.keptPlaces(keep);
    return this.updates.map((update, index) => this.rewrite(update, index, kept));
  }

  /** Per place, whether `keep` keeps it. */
  private keptPlaces(keep: PlaceFilter): Uint8Array {
    const kept = new Uint8Array(this.places);
    for (let place = 0; place < kept.length; place++) {
      kept[place] = keep(this.strings[this.placeRoot[place]!]!, this.keyAt(this.placeKey[place]!), this.keyAt(this.placeField[place]!)) ? 1 : 0;
    }
    return kept;
  }

  /** A place's key from its string index (NONE: a list's item, ABSENT: past the place's end). */
  private keyAt(index: number): string | null | undefined {
    return index >= 0 ? this.strings[index] : index === NONE ? null : undefined;
  }

  /** Reads a string, interned: the same bytes give the same index without making a new string. */
  private string(decoder: decoding.Decoder): number {
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
            if (decoding.readVarUint(decoder) === 1) rootName = this.string(decoder);
            else {
              parentClient = decoding.readVarUint(decoder);
              parentClock = decoding.readVarUint(decoder);
            }
            if (info & BIT6) parentSub = this.string(decoder);
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

  /** The index of the struct holding that ID, or NONE. */
  private find(client: number, clock: number): number {
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

  /** Calls `visit` for the parts of an ID range that are deleted and those that are not. */
  private splitByDeletion(
    ranges: ReadonlyArray<readonly [number, number]> | undefined, from: number, size: number,
    visit: (clock: number, length: number, deleted: boolean) => void,
  ): void {
    let clock = from;
    const end = from + size;
    if (ranges) {
      // The first range that ends after the struct starts.
      let low = 0;
      let high = ranges.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (ranges[middle]![0] + ranges[middle]![1] <= clock) low = middle + 1;
        else high = middle;
      }
      for (let i = low; i < ranges.length && clock < end; i++) {
        const [start, length] = ranges[i]!;
        if (start >= end) break;
        if (start > clock) {
          visit(clock, start - clock, false);
          clock = start;
        }
        const stop = Math.min(end, start + length);
        if (stop > clock) {
          visit(clock, stop - clock, true);
          clock = stop;
        }
      }
    }
    if (clock < end) visit(clock, end - clock, false);
  }

  private rewrite(update: Uint8Array, index: number, kept: Uint8Array): Uint8Array {
    return rewriteSections(update, (decoder, count, client, clock) => {
      // Runs of structs left out become one GC struct each: Yjs reads every struct of an
      // update, so fewer of them is what makes a partial doc quick to decode.
      const structs = encoding.createEncoder();
      let written = 0;
      let gcRun = 0;
      const endRun = () => {
        if (gcRun === 0) return;
        encoding.writeUint8(structs, 0);
        encoding.writeVarUint(structs, gcRun);
        written++;
        gcRun = 0;
      };
      const list = this.byClient.get(client)!;
      let i = this.indexOf(list, clock, index);
      for (let n = 0; n < count; n++, i++) {
        const struct = list[i]!;
        const path = this.path[struct]!;
        const flags = this.flags[struct]!;
        if (path >= 0 && kept[path] && !(flags & 1)) {
          endRun();
          encoding.writeUint8Array(structs, update.subarray(this.start[struct]!, this.end[struct]!));
          written++;
        } else {
          gcRun += this.size[struct]!;
        }
        decoder.pos = this.end[struct]!;
      }
      endRun();
      return { count: written, structs: encoding.toUint8Array(structs) };
    });
  }

  /** `rewrite` of an update that is not one of ours, all of whose items are ours too (`olderState`). */
  private rewriteForeign(update: Uint8Array, kept: Uint8Array): Uint8Array {
    return rewriteSections(update, (decoder, count, client, start) => {
      const structs = encoding.createEncoder();
      let clock = start;
      for (let n = 0; n < count; n++) {
        const from = decoder.pos;
        const info = decoding.readUint8(decoder);
        const length = skipStruct(decoder, info);
        const ref = info & BITS5;
        const path = this.path[this.find(client, clock)]!;
        if (ref !== 0 && ref !== 10 && path >= 0 && kept[path]) {
          encoding.writeUint8Array(structs, update.subarray(from, decoder.pos));
        } else {
          encoding.writeUint8(structs, 0);
          encoding.writeVarUint(structs, length);
        }
        clock += length;
      }
      return { count, structs: encoding.toUint8Array(structs) };
    });
  }

  /** Where in a client's sorted list the structs of one update start at `clock`. */
  private indexOf(list: Int32Array, clock: number, update: number): number {
    const clocks = this.clock;
    const updates = this.update;
    let low = 0;
    let high = list.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      const struct = list[middle]!;
      if (clocks[struct]! < clock || (clocks[struct] === clock && updates[struct]! < update)) low = middle + 1;
      else high = middle;
    }
    const found = list[low];
    if (found === undefined || updates[found] !== update || clocks[found] !== clock) {
      throw new Error(`A version's update could not be read again (client ${this.client[found ?? 0]}, clock ${clock}).`);
    }
    return low;
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

/** An older state of the doc of a VersionStructs, read through it (`olderState`). */
export interface OlderState {
  updates: readonly Uint8Array[];
  /** Per update, which of the VersionStructs' updates it is, or -1. */
  shared: number[];
  /** Per client, the clock its structs reach. */
  limit: Map<number, number>;
  deleted: Map<number, Array<[number, number]>>;
}
