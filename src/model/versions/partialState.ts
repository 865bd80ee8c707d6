import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { Column, f64, i32, u32, u8 } from './columns';
import { BIT6, BIT7, BIT8, BITS5, readAnyContent, rewriteSections, sameBytes, skipContent, skipStruct } from './updateBytes';

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

/** Where a struct is in the doc: the root's name, then the keys below it, up to three deep. */
export type StructPath = readonly [root: string, key?: string | null, field?: string | null];

const NONE = -1;
/** One decoder for every string read: making one per string costs more than the decoding. */
const utf8 = new TextDecoder();
const UNRESOLVED = -2;


/**
 * The structs of a version's updates, indexed by client and clock, with each one's place.
 * Kept in columns of numbers rather than an object a struct: a series board has some 80,000.
 */
export class VersionStructs {
  private readonly client: Column<Uint32Array>;
  private readonly clock: Column<Uint32Array>;
  private readonly size: Column<Uint32Array>;
  private readonly update: Column<Uint8Array>;
  private readonly start: Column<Uint32Array>;
  private readonly end: Column<Uint32Array>;
  /** 1: GC (or skip), 2: its content is a type. */
  private readonly flags: Column<Uint8Array>;
  /** A root's name (an index into `strings`), or NONE. */
  private readonly rootName: Column<Int32Array>;
  /** Its parent item's ID, or its origin's (right origin's) when written by that; NONE for none (client IDs are 32-bit unsigned). */
  private readonly parentClient: Column<Float64Array>;
  private readonly parentClock: Column<Uint32Array>;
  private readonly byOrigin: Column<Uint8Array>;
  private readonly parentSub: Column<Int32Array>;
  /** Resolved place: an index into `paths`, NONE for none, UNRESOLVED before. */
  private path!: Int32Array;
  private readonly strings: string[] = [];
  private readonly paths: StructPath[] = [];
  /** Per path, the paths one key below it, by the key's string index. */
  private readonly children: Array<Map<number, number> | undefined> = [];
  private readonly stringBytes: Uint8Array[] = [];
  private readonly stringsByHash = new Map<number, number[]>();
  private readonly rootIds = new Map<number, number>();
  private readonly chain: number[] = [];
  /** Per client, its structs' indices by clock. */
  private readonly byClient = new Map<number, number[]>();
  /** Deleted ranges per client, from every update's delete set. */
  private readonly deleted = new Map<number, Array<[clock: number, length: number]>>();
  /** Where each update's delete set begins. */
  private readonly deleteSetStart: number[] = [];

  constructor(readonly updates: readonly Uint8Array[]) {
    const guess = Math.max(64, updates.reduce((sum, update) => sum + update.byteLength, 0) >> 7);
    this.client = new Column(u32(guess), u32);
    this.clock = new Column(u32(guess), u32);
    this.size = new Column(u32(guess), u32);
    this.update = new Column(u8(guess), u8);
    this.start = new Column(u32(guess), u32);
    this.end = new Column(u32(guess), u32);
    this.flags = new Column(u8(guess), u8);
    this.rootName = new Column(i32(guess), i32);
    this.parentClient = new Column(f64(guess), f64);
    this.parentClock = new Column(u32(guess), u32);
    this.byOrigin = new Column(u8(guess), u8);
    this.parentSub = new Column(i32(guess), i32);
    updates.forEach((update, index) => this.scan(update, index));
    const clocks = this.clock.array;
    const order = this.update.array;
    for (const list of this.byClient.values()) list.sort((a, b) => clocks[a]! - clocks[b]! || order[a]! - order[b]!);
    for (const list of this.deleted.values()) list.sort((a, b) => a[0] - b[0]);
    this.path = new Int32Array(this.client.length).fill(UNRESOLVED);
    for (let i = 0; i < this.client.length; i++) this.resolve(i);
  }

  /**
   * Calls `visit` for each item whose place is known, with its ID range and whether it is
   * deleted: of these updates, or of an older state of the same doc read through them (`view`).
   */
  forEachItem(visit: (path: StructPath, client: number, clock: number, length: number, deleted: boolean) => void, view?: OlderState): void {
    const deleted = view ? view.deleted : this.deleted;
    for (let i = 0; i < this.client.length; i++) {
      const path = this.path[i]!;
      if (path < 0 || this.flags.array[i]! & 1) continue;
      const place = this.paths[path]!;
      const client = this.client.array[i]!;
      const clock = this.clock.array[i]!;
      let size = this.size.array[i]!;
      if (view) {
        const limit = view.limit.get(client) ?? 0;
        if (clock >= limit) continue;
        size = Math.min(size, limit - clock);
      }
      this.splitByDeletion(deleted.get(client), clock, size, (from, length, gone) => visit(place, client, from, length, gone));
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
        for (let i = 0; i < this.client.length; i++) {
          if (this.update.array[i] !== index) continue;
          const client = this.client.array[i]!;
          limit.set(client, Math.max(limit.get(client) ?? 0, this.clock.array[i]! + this.size.array[i]!));
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
            if ((info & BITS5) !== 0 && (info & BITS5) !== 10 && (this.flags.array[first]! & 1 || this.path[first] !== this.path[last])) return null;
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
    for (let i = 0; i < this.client.length; i++) {
      const path = this.path[i]!;
      if (path < 0 || this.flags.array[i]! & 1) continue;
      const place = this.paths[path]!;
      if (place[0] !== root || place[2] !== field || typeof place[1] !== 'string') continue;
      const key = place[1];
      const clock = this.clock.array[i]!;
      let live = -1;
      let simple = true;
      this.splitByDeletion(this.deleted.get(this.client.array[i]!), clock, this.size.array[i]!, (from, length, deleted) => {
        if (deleted) return;
        if (length > 1 || live >= 0) simple = false;
        live = from - clock;
      });
      if (live < 0) continue;
      const content = simple && !(this.flags.array[i]! & 2) ? readAnyContent(this.updates[this.update.array[i]!]!, this.start.array[i]!) : null;
      if (!content || values.has(key)) return null;
      values.set(key, content[live]);
    }
    return values;
  }

  /** `select` for an older state read through these structs. */
  selectOlder(view: OlderState, keep: (path: StructPath) => boolean): Uint8Array[] {
    const kept = this.paths.map(keep);
    return view.updates.map((update, i) => (view.shared[i]! >= 0 ? this.rewrite(update, view.shared[i]!, kept) : this.rewriteForeign(update, kept)));
  }

  /**
   * The updates again, with every item for which `keep(path)` is false (and every item of no
   * known place, and every GC or skip struct) turned into GC structs, one per run. Delete
   * sets are kept as they are.
   */
  select(keep: (path: StructPath) => boolean): Uint8Array[] {
    const kept = this.paths.map(keep);
    return this.updates.map((update, index) => this.rewrite(update, index, kept));
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
      let list = this.byClient.get(client);
      if (!list) this.byClient.set(client, (list = []));
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
        list.push(this.client.length);
        this.client.push(client);
        this.clock.push(clock);
        this.size.push(length);
        this.update.push(index);
        this.start.push(start);
        this.end.push(decoder.pos);
        this.flags.push(flags);
        this.rootName.push(rootName);
        this.parentClient.push(parentClient);
        this.parentClock.push(parentClock);
        this.byOrigin.push(byOrigin);
        this.parentSub.push(parentSub);
        clock += length;
      }
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

  /** The index of the struct holding that ID, or NONE. */
  private find(client: number, clock: number): number {
    const list = this.byClient.get(client);
    if (!list) return NONE;
    const clocks = this.clock.array;
    const sizes = this.size.array;
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

  /** The place a path and one more key make (no deeper than three), interned. */
  private child(parent: number, key: number): number {
    const parentPath = this.paths[parent]!;
    if (parentPath.length >= ROOT_DEPTH) return parent;
    const children = this.children[parent]!;
    let id = children.get(key);
    if (id === undefined) {
      id = this.addPath([...parentPath, key === NONE ? null : this.strings[key]!] as unknown as StructPath);
      children.set(key, id);
    }
    return id;
  }

  private addPath(path: StructPath): number {
    // A path as deep as they go has no children of its own.
    this.children.push(path.length < ROOT_DEPTH ? new Map() : undefined);
    return this.paths.push(path) - 1;
  }

  private root(name: number): number {
    let id = this.rootIds.get(name);
    if (id === undefined) {
      id = this.addPath([this.strings[name]!]);
      this.rootIds.set(name, id);
    }
    return id;
  }

  /** Resolves a struct's place, and those of the chain of origins it takes it from. */
  private resolve(first: number): number {
    const chain = this.chain;
    const depth = chain.length;
    let struct = first;
    let path = NONE;
    while (struct !== NONE) {
      if (this.path[struct] !== UNRESOLVED) {
        path = this.path[struct]!;
        break;
      }
      if (this.flags.array[struct]! & 1) {
        this.path[struct] = NONE;
        break;
      }
      chain.push(struct);
      const parentClient = this.parentClient.array[struct]!;
      if (this.rootName.array[struct] !== NONE) {
        path = this.child(this.root(this.rootName.array[struct]!), this.parentSub.array[struct]!);
        break;
      }
      if (parentClient === NONE) break;
      const found = this.find(parentClient, this.parentClock.array[struct]!);
      if (!this.byOrigin.array[struct]) {
        // Its parent type's item.
        const parentPath = found !== NONE && (this.flags.array[found]! & 3) === 2 ? this.resolve(found) : NONE;
        path = parentPath === NONE ? NONE : this.child(parentPath, this.parentSub.array[struct]!);
        break;
      }
      // Placed by its origin: the same parent and key as that item.
      struct = found;
    }
    for (let i = depth; i < chain.length; i++) this.path[chain[i]!] = path;
    chain.length = depth;
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

  private rewrite(update: Uint8Array, index: number, kept: readonly boolean[]): Uint8Array {
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
        const flags = this.flags.array[struct]!;
        if (path >= 0 && kept[path] && !(flags & 1)) {
          endRun();
          encoding.writeUint8Array(structs, update.subarray(this.start.array[struct]!, this.end.array[struct]!));
          written++;
        } else {
          gcRun += this.size.array[struct]!;
        }
        decoder.pos = this.end.array[struct]!;
      }
      endRun();
      return { count: written, structs: encoding.toUint8Array(structs) };
    });
  }

  /** `rewrite` of an update that is not one of ours, all of whose items are ours too (`olderState`). */
  private rewriteForeign(update: Uint8Array, kept: readonly boolean[]): Uint8Array {
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
  private indexOf(list: number[], clock: number, update: number): number {
    const clocks = this.clock.array;
    const updates = this.update.array;
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
      throw new Error(`A version's update could not be read again (client ${this.client.array[found ?? 0]}, clock ${clock}).`);
    }
    return low;
  }
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
