import { ABSENT, NONE, type StructIndex } from './structIndex';
import { readAnyContent, readTypeRef } from './updateBytes';

// Reading the plain values of a root map's entries' fields (`shots` → shot id → field) straight
// from a version's struct columns (structIndex.ts), as a doc of those structs reads them: per
// struct, its one item not deleted. VersionStructs (partialState.ts) answers `fieldValues` and
// `entryFields` with these.

/** More than one item of a struct is not deleted (see liveOffset). */
const MANY_LIVE = -3;
/** A value not read yet. */
const UNSET = Symbol('unset');
/** Yjs's type ref of a Y.Map. */
const Y_MAP = 1;

/** The field readers over one version's structs. */
export class FieldReader {
  constructor(private readonly structs: StructIndex) {}

  /**
   * Per entry of a root map, the plain value of one of its fields (`shots` → shot id →
   * `episodeId`), read from the structs as a doc of them reads it: the one item at that place
   * that is not deleted (Yjs deletes the value a new one replaces, and the fields of an entry
   * it deletes). Null when that is not so simple for some entry (more than one such item, or
   * one that holds a type or other content than plain values): then the caller decodes them.
   */
  fieldValues(root: string, field: string): Map<string, unknown> | null {
    const structs = this.structs;
    const values = new Map<string, unknown>();
    const simple = this.forEachLive(root, field, (key, struct, offset) => {
      const content = structs.flags[struct]! & 2 ? null : readAnyContent(structs.updates[structs.update[struct]!]!, structs.start[struct]!);
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
    const structs = this.structs;
    const rootIndex = structs.strings.indexOf(root);
    const entries = new Map<string, unknown[]>();
    if (rootIndex < 0) return entries;
    // A field no struct names has no string index, and no value.
    const columns = new Map(fields.map((field, column) => [structs.strings.indexOf(field), column] as const).filter(([index]) => index >= 0));
    const values = new Map<string, unknown[]>();
    for (let i = 0; i < structs.count; i++) {
      const place = structs.path[i]!;
      if (place < 0 || structs.flags[i]! & 1 || structs.placeRoot[place] !== rootIndex || structs.placeKey[place]! < 0) continue;
      const isEntry = structs.placeDepth[place] === 2;
      const column = isEntry ? -1 : columns.get(structs.placeField[place]!);
      if (column === undefined) continue;
      const live = this.liveOffset(i);
      if (live === NONE) continue;
      if (live === MANY_LIVE) return null;
      const key = structs.strings[structs.placeKey[place]!]!;
      const [update, start] = [structs.updates[structs.update[i]!]!, structs.start[i]!];
      if (isEntry) {
        if (entries.has(key) || !(structs.flags[i]! & 2) || readTypeRef(update, start) !== Y_MAP) return null;
        entries.set(key, []);
        continue;
      }
      const content = structs.flags[i]! & 2 ? null : readAnyContent(update, start);
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
    const structs = this.structs;
    const rootIndex = structs.strings.indexOf(root);
    const fieldIndex = field === undefined ? ABSENT : structs.strings.indexOf(field);
    if (rootIndex < 0 || fieldIndex === NONE) return true;
    for (let i = 0; i < structs.count; i++) {
      const place = structs.path[i]!;
      if (place < 0 || structs.flags[i]! & 1) continue;
      if (structs.placeRoot[place] !== rootIndex || structs.placeField[place] !== fieldIndex || structs.placeKey[place]! < 0 || structs.placeDepth[place] === 1) continue;
      const live = this.liveOffset(i);
      if (live === NONE) continue;
      if (live === MANY_LIVE || !visit(structs.strings[structs.placeKey[place]!]!, i, live)) return false;
    }
    return true;
  }

  /**
   * The offset in struct `i` of its one item not deleted: NONE when every item is deleted,
   * MANY_LIVE when more than one is not. The state lives in fields, not a closure per call:
   * this runs once per struct of a version.
   */
  private liveOffset(i: number): number {
    const structs = this.structs;
    this.liveClock = structs.clock[i]!;
    this.liveAt = NONE;
    this.liveMany = false;
    splitByDeletion(structs.deleted.get(structs.client[i]!), this.liveClock, structs.size[i]!, this.noteLive);
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
}

/** Calls `visit` for the parts of an ID range that are deleted and those that are not. */
export function splitByDeletion(
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
