import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { FieldReader, splitByDeletion } from './fieldReaders';
import { NONE, StructIndex } from './structIndex';
import { BITS5, rewriteSections, sameBytes, skipStruct } from './updateBytes';

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
 * The structs are read into columns, each with its place, by structIndex.ts; the plain values
 * of fields are read from them by fieldReaders.ts; this file holds the queries over them.
 */

/**
 * Decides by a struct's place in the doc: the root's name, then the keys below it up to three
 * deep (`shots` → shot id → field); null for an item of a list, undefined past the place's end.
 */
export type PlaceFilter = (root: string, key: string | null | undefined, field: string | null | undefined) => boolean;

/**
 * The structs of a version's updates (StructIndex), and what is read from them: their items
 * by place (`forEachItem`), fields' plain values, and the updates again with only some places.
 */
export class VersionStructs {
  private readonly structs: StructIndex;
  private readonly fields: FieldReader;

  constructor(readonly updates: readonly Uint8Array[]) {
    this.structs = new StructIndex(updates);
    this.fields = new FieldReader(this.structs);
  }

  /**
   * Calls `visit` for each item whose place is known, with its ID range and whether it is
   * deleted: of these updates, or of an older state of the same doc read through them (`view`).
   */
  forEachItem(
    visit: (root: string, key: string | null | undefined, field: string | null | undefined, client: number, clock: number, length: number, deleted: boolean) => void,
    view?: OlderState,
  ): void {
    const structs = this.structs;
    const deleted = view ? view.deleted : structs.deleted;
    let place = 0;
    // The struct's index, not its client, is kept for the callback: a client ID is a number
    // too large to be small in V8, boxed each time a closure's variable is set to one.
    let struct = 0;
    const visitPart = (from: number, length: number, gone: boolean) =>
      visit(structs.strings[structs.placeRoot[place]!]!, structs.keyAt(structs.placeKey[place]!), structs.keyAt(structs.placeField[place]!), structs.client[struct]!, from, length, gone);
    // A client's deletions and limit are looked up once a section, not once a struct.
    for (const { client, first, count } of structs.sections) {
      const ranges = deleted.get(client);
      const limit = view ? view.limit.get(client) ?? 0 : Infinity;
      for (let i = first; i < first + count; i++) {
        place = structs.path[i]!;
        if (place < 0 || structs.flags[i]! & 1) continue;
        const clock = structs.clock[i]!;
        if (clock >= limit) continue;
        struct = i;
        splitByDeletion(ranges, clock, Math.min(structs.size[i]!, limit - clock), visitPart);
      }
    }
  }

  /**
   * An older state of the same doc, given as its own updates, to read through these structs
   * (`forEachItem`, `selectOlder`) instead of scanning it: when each of its updates is one of
   * these (a shared base) or holds only structs these hold too. Null when it is not so.
   */
  olderState(updates: readonly Uint8Array[]): OlderState | null {
    const structs = this.structs;
    const limit = new Map<number, number>();
    const deleted = new Map<number, Array<[number, number]>>();
    const shared: number[] = [];
    for (const update of updates) {
      const index = this.updates.findIndex((mine) => sameBytes(mine, update));
      shared.push(index);
      const decoder = decoding.createDecoder(update);
      if (index >= 0) {
        // One of ours: its structs are known; only where they end matters.
        for (const { client, update: of, first, count } of structs.sections) {
          if (of !== index || count === 0) continue;
          const last = first + count - 1;
          limit.set(client, Math.max(limit.get(client) ?? 0, structs.clock[last]! + structs.size[last]!));
        }
        decoder.pos = structs.deleteSetStart[index]!;
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
            const first = structs.find(client, clock);
            const last = structs.find(client, clock + length - 1);
            // Every item of it must be an item here too, in the same place.
            if (first === NONE || last === NONE) return null;
            if ((info & BITS5) !== 0 && (info & BITS5) !== 10 && (structs.flags[first]! & 1 || structs.path[first] !== structs.path[last])) return null;
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
   * `episodeId`), as a doc of the structs reads it; null when that is not so simple for some
   * entry (FieldReader.fieldValues).
   */
  fieldValues(root: string, field: string): Map<string, unknown> | null {
    return this.fields.fieldValues(root, field);
  }

  /**
   * Per entry of a root map that is a Y.Map, the plain values of some of its fields, read as
   * `fieldValues` reads them but all in one pass; null when not that simple (FieldReader.entryFields).
   */
  entryFields(root: string, fields: readonly string[]): Map<string, unknown[]> | null {
    return this.fields.entryFields(root, fields);
  }

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
    const structs = this.structs;
    const kept = new Uint8Array(structs.places);
    for (let place = 0; place < kept.length; place++) {
      kept[place] = keep(structs.strings[structs.placeRoot[place]!]!, structs.keyAt(structs.placeKey[place]!), structs.keyAt(structs.placeField[place]!)) ? 1 : 0;
    }
    return kept;
  }

  private rewrite(update: Uint8Array, index: number, kept: Uint8Array): Uint8Array {
    const structs = this.structs;
    return rewriteSections(update, (decoder, count, client, clock) => {
      // Runs of structs left out become one GC struct each: Yjs reads every struct of an
      // update, so fewer of them is what makes a partial doc quick to decode.
      const encoder = encoding.createEncoder();
      let written = 0;
      let gcRun = 0;
      const endRun = () => {
        if (gcRun === 0) return;
        encoding.writeUint8(encoder, 0);
        encoding.writeVarUint(encoder, gcRun);
        written++;
        gcRun = 0;
      };
      const list = structs.byClient.get(client)!;
      let i = this.indexOf(list, clock, index);
      for (let n = 0; n < count; n++, i++) {
        const struct = list[i]!;
        const path = structs.path[struct]!;
        const flags = structs.flags[struct]!;
        if (path >= 0 && kept[path] && !(flags & 1)) {
          endRun();
          encoding.writeUint8Array(encoder, update.subarray(structs.start[struct]!, structs.end[struct]!));
          written++;
        } else {
          gcRun += structs.size[struct]!;
        }
        decoder.pos = structs.end[struct]!;
      }
      endRun();
      return { count: written, structs: encoding.toUint8Array(encoder) };
    });
  }

  /** `rewrite` of an update that is not one of ours, all of whose items are ours too (`olderState`). */
  private rewriteForeign(update: Uint8Array, kept: Uint8Array): Uint8Array {
    const structs = this.structs;
    return rewriteSections(update, (decoder, count, client, start) => {
      const encoder = encoding.createEncoder();
      let clock = start;
      for (let n = 0; n < count; n++) {
        const from = decoder.pos;
        const info = decoding.readUint8(decoder);
        const length = skipStruct(decoder, info);
        const ref = info & BITS5;
        const path = structs.path[structs.find(client, clock)]!;
        if (ref !== 0 && ref !== 10 && path >= 0 && kept[path]) {
          encoding.writeUint8Array(encoder, update.subarray(from, decoder.pos));
        } else {
          encoding.writeUint8(encoder, 0);
          encoding.writeVarUint(encoder, length);
        }
        clock += length;
      }
      return { count, structs: encoding.toUint8Array(encoder) };
    });
  }

  /** Where in a client's sorted list the structs of one update start at `clock`. */
  private indexOf(list: Int32Array, clock: number, update: number): number {
    const structs = this.structs;
    const clocks = structs.clock;
    const updates = structs.update;
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
      throw new Error(`A version's update could not be read again (client ${structs.client[found ?? 0]}, clock ${clock}).`);
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
