import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Episodes and shots are ordered by a fractional key stored on each record (`order`), with the
 * id breaking ties. Moving a record rewrites only its own key, so two people moving the same shot
 * at once end with the shot in one place (last writer wins), never duplicated or lost, which is
 * what would happen with a shared array of ids.
 */
export interface OrderEntry {
  id: string;
  order: string;
}

/** A key that sorts strictly between `a` and `b` (null = open end). */
export function keyBetween(a: string | null, b: string | null): string {
  return generateKeyBetween(a, b);
}

/**
 * Sort comparator: by key, then by id. Keys compare by UTF-16 code units, exactly as the
 * fractional-indexing library generates them, so never with `localeCompare`.
 */
export function compareByOrder(a: OrderEntry, b: OrderEntry): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

export interface Placement {
  /** Keys for the placed items, ascending. */
  keys: string[];
  /** Siblings whose key must change as well (rare; see `planPlacement`). */
  rekeyed: OrderEntry[];
}

/**
 * Keys for `count` items placed at `index` among `siblings` (sorted with `compareByOrder`, not
 * containing the items). Usually only the placed items get keys. Two cases also re-key siblings:
 * neighbours that share a key (two people inserted at the same spot at the same moment; no key
 * fits between equal keys), which re-keys just that run of equal keys; and a key the library
 * cannot read (written by a corrupt or foreign client), which re-keys the whole list.
 */
export function planPlacement(siblings: readonly OrderEntry[], index: number, count: number): Placement {
  if (count <= 0) return { keys: [], rekeyed: [] };
  const at = clampIndex(index, siblings.length);
  const lower = at > 0 ? siblings[at - 1].order : null;

  let end = at;
  while (end < siblings.length && lower !== null && siblings[end].order <= lower) end++;
  const upper = end < siblings.length ? siblings[end].order : null;

  try {
    const keys = generateNKeysBetween(lower, upper, count + (end - at));
    return {
      keys: keys.slice(0, count),
      rekeyed: siblings.slice(at, end).map((sibling, i) => ({ id: sibling.id, order: keys[count + i] })),
    };
  } catch {
    return rekeyAll(siblings, at, count);
  }
}

function rekeyAll(siblings: readonly OrderEntry[], at: number, count: number): Placement {
  const all = generateNKeysBetween(null, null, siblings.length + count);
  const keys = all.slice(at, at + count);
  const rekeyed: OrderEntry[] = [];
  siblings.forEach((sibling, i) => {
    const order = all[i < at ? i : i + count];
    if (order !== sibling.order) rekeyed.push({ id: sibling.id, order });
  });
  return { keys, rekeyed };
}

/** An integer position within 0..length; NaN means the end. */
export function clampIndex(index: number, length: number): number {
  if (Number.isNaN(index)) return length;
  return Math.min(Math.max(Math.trunc(index), 0), length);
}
