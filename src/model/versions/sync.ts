import * as Y from 'yjs';
import { setText } from '../text';

/**
 * Deep, minimal sync of one doc's shared types into another's: after `syncYMap(target, source)`
 * the target map holds what the source map holds, and only what differed was written.
 *
 * This is how a version is restored (restore.ts). Restoring must be a forward change that
 * merges with what others are doing at the same moment, so it follows the writing rules of
 * docs/schema.md: an unchanged field is not written (no update, no conflict with a peer editing
 * it), a Y.Map or Y.Text that exists on both sides is edited in place rather than replaced (a
 * peer typing into it keeps their edit), texts change by the minimal edit, and lists change
 * element by element. Whatever is missing in the target is created as a deep copy made of
 * fresh Y types, since a shared type belongs to one doc only.
 *
 * Everything here runs inside the caller's transaction.
 */

/** The shared types a Beatboard doc holds. */
type Shared = Y.Text | Y.Map<unknown> | Y.Array<unknown>;
const isShared = (value: unknown): value is Shared => value instanceof Y.Text || value instanceof Y.Map || value instanceof Y.Array;

export interface SyncOptions {
  /** Keys of this map (not of nested ones) that are neither written nor deleted. */
  skip?: ReadonlySet<string>;
}

/** Makes `target` hold the same keys and values as `source`, deeply. */
export function syncYMap(target: Y.Map<unknown>, source: Y.Map<unknown>, options: SyncOptions = {}): void {
  const { skip } = options;
  for (const key of [...target.keys()]) {
    if (!source.has(key) && !skip?.has(key)) target.delete(key);
  }
  source.forEach((value, key) => {
    if (!skip?.has(key)) syncMapEntry(target, key, value);
  });
}

/** Makes `target.get(key)` equal to `value`, a value of the source doc. */
export function syncMapEntry(target: Y.Map<unknown>, key: string, value: unknown): void {
  const current = target.get(key);
  if (isShared(value)) {
    if (syncInPlace(current, value)) return;
    const copy = emptyCopyOf(value);
    target.set(key, copy);
    syncInPlace(copy, value);
  } else if (!samePlain(current, value)) {
    target.set(key, clonePlain(value));
  }
}

/**
 * Syncs `current` (of the target doc) into `source` and returns true when both are shared
 * types of the same kind; false when `current` is something else (missing or corrupt) and
 * must be replaced by a copy.
 */
function syncInPlace(current: unknown, source: Shared): boolean {
  if (source instanceof Y.Text && current instanceof Y.Text) setText(current, source.toString());
  else if (source instanceof Y.Map && current instanceof Y.Map) syncYMap(current, source);
  else if (source instanceof Y.Array && current instanceof Y.Array) syncYArray(current, source);
  else return false;
  return true;
}

/**
 * A fresh shared type of the source's kind, to insert and then fill with `syncInPlace`: as the
 * model's commands build records, a type joins the doc first and gets its content after. A
 * text is simply created with its content.
 */
function emptyCopyOf(source: Shared): Shared {
  if (source instanceof Y.Text) return new Y.Text(source.toString());
  return source instanceof Y.Map ? new Y.Map<unknown>() : new Y.Array<unknown>();
}

/** Inserts deep copies of source values at `index` of `target`, as one run. */
function insertCopies(target: Y.Array<unknown>, index: number, values: readonly unknown[]): void {
  if (values.length === 0) return;
  const copies = values.map((value) => (isShared(value) ? emptyCopyOf(value) : clonePlain(value)));
  target.insert(index, copies);
  values.forEach((value, i) => {
    if (isShared(value)) syncInPlace(copies[i], value);
  });
}

/**
 * Makes `target` hold the same elements as `source`. Three kinds of lists, told apart by
 * their elements:
 * - shared types (dialogue lines): synced position by position, so each line's text is edited
 *   in place;
 * - plain objects that all have an `id` (sketch strokes, marks): synced by id, see `syncById`;
 * - other plain values (comment replies): the common start and end are kept and the middle
 *   replaced, the list form of a minimal text edit.
 */
export function syncYArray(target: Y.Array<unknown>, source: Y.Array<unknown>): void {
  const wanted = source.toArray();
  const present = target.toArray();
  if (wanted.some(isShared) || present.some(isShared)) syncByPosition(target, present, wanted);
  else if (wanted.every(hasId) && present.every(hasId)) syncById(target, present as Identified[], wanted as Identified[]);
  else syncByValue(target, present, wanted);
}

type Identified = { id: string };
const hasId = (value: unknown): value is Identified =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { id?: unknown }).id === 'string';

function syncByPosition(target: Y.Array<unknown>, present: unknown[], wanted: unknown[]): void {
  const common = Math.min(present.length, wanted.length);
  for (let i = 0; i < common; i++) {
    const value = wanted[i];
    const inPlace = isShared(value) ? syncInPlace(present[i], value) : samePlain(present[i], value);
    if (inPlace) continue;
    target.delete(i, 1);
    insertCopies(target, i, [value]);
  }
  if (present.length > common) target.delete(common, present.length - common);
  insertCopies(target, common, wanted.slice(common));
}

/**
 * Stroke lists. Strokes are immutable and unique by id, so a stroke of the target is kept when
 * the source has the same id with the same content, and its place is never touched; the others
 * are deleted (erased since, or a later copy of an id), and the source's strokes still missing
 * are inserted where they belong among the kept ones. The source is read as readers show it:
 * the first stroke of an id counts, later copies do not.
 *
 * Kept strokes must stay in the source's order; should a list have been reordered (no command
 * does that), a kept stroke that comes before one already kept is deleted and inserted again.
 */
function syncById(target: Y.Array<unknown>, present: Identified[], wanted: Identified[]): void {
  const wantedIndex = new Map<string, number>();
  const unique: Identified[] = [];
  for (const value of wanted) {
    if (wantedIndex.has(value.id)) continue;
    wantedIndex.set(value.id, unique.length);
    unique.push(value);
  }

  const keptIds = new Set<string>();
  const doomed: number[] = [];
  let lastKeptIndex = -1;
  present.forEach((value, i) => {
    const index = wantedIndex.get(value.id);
    if (index !== undefined && index > lastKeptIndex && !keptIds.has(value.id) && samePlain(value, unique[index])) {
      keptIds.add(value.id);
      lastKeptIndex = index;
    } else {
      doomed.push(i);
    }
  });
  deleteIndexes(target, doomed);

  // Walk the source in order beside the kept strokes, inserting each run of missing ones.
  let position = 0;
  let run: Identified[] = [];
  const flush = () => {
    insertCopies(target, position, run);
    position += run.length;
    run = [];
  };
  for (const value of unique) {
    if (keptIds.has(value.id)) {
      flush();
      position++;
    } else {
      run.push(value);
    }
  }
  flush();
}

function syncByValue(target: Y.Array<unknown>, present: unknown[], wanted: unknown[]): void {
  const shorter = Math.min(present.length, wanted.length);
  let start = 0;
  while (start < shorter && samePlain(present[start], wanted[start])) start++;
  let end = 0;
  while (end < shorter - start && samePlain(present[present.length - 1 - end], wanted[wanted.length - 1 - end])) end++;
  const removed = present.length - start - end;
  if (removed > 0) target.delete(start, removed);
  insertCopies(target, start, wanted.slice(start, wanted.length - end));
}

/** Deletes the elements at `indexes` (ascending), one delete per run of neighbours, from the end. */
function deleteIndexes(target: Y.Array<unknown>, indexes: readonly number[]): void {
  let i = indexes.length - 1;
  while (i >= 0) {
    let first = i;
    while (first > 0 && indexes[first - 1] === indexes[first] - 1) first--;
    target.delete(indexes[first], i - first + 1);
    i = first - 1;
  }
}

/**
 * Deep equality of plain stored values: primitives, arrays, plain objects and byte arrays (a
 * stroke's `path`). A shared type is never equal to a plain value.
 */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (a instanceof Y.AbstractType || b instanceof Y.AbstractType) return false;
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array && b instanceof Uint8Array) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => samePlain(item, b[i]));
  }
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && samePlain((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * A copy of a plain stored value that shares nothing with the source doc's content. Not
 * `structuredClone`: a byte array read from a doc is a view into the whole update it was
 * loaded from (megabytes for a large board), and structuredClone copies a view's entire
 * buffer, which made restoring a sketch take seconds and kept those buffers alive.
 * `slice` copies just the view's bytes.
 */
function clonePlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Uint8Array) return value.slice() as T;
  if (Array.isArray(value)) return value.map(clonePlain) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = clonePlain(item);
  return copy as T;
}
