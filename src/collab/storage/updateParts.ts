/**
 * How a doc's updates are laid out in IndexedDB rows. Chromium stores a large value as a
 * file beside its database and sometimes fails to read one back ("Failed to read large
 * IndexedDB value"): a 5,000-shot board kept as one 30 MB value opened empty about one time
 * in four. So no row holds more than PART_BYTES: a larger update is cut into parts, stored
 * in one transaction as consecutive rows, and joined again when read.
 */

/** The most one stored row holds (measured: see docs/benchmarks.md, "Local storage"). */
export const PART_BYTES = 2 * 1024 * 1024;

/** One row of the `docUpdates` table. */
export interface DocUpdateRow {
  /** Auto-increment key: rows of a doc are read back in this order. */
  seq?: number;
  /** Which doc: `<boardId>/board` or `<boardId>/notes`. */
  doc: string;
  /** A Yjs update (V2 encoding), or one part of one. */
  bytes: Uint8Array;
  /** For an update cut into parts: this row's part (0-based) and how many there are. */
  part?: number;
  parts?: number;
}

/** The rows that store one update, at most `partBytes` each. */
export function rowsForUpdate(doc: string, update: Uint8Array, partBytes = PART_BYTES): DocUpdateRow[] {
  if (update.length <= partBytes) return [{ doc, bytes: update }];
  const parts = Math.ceil(update.length / partBytes);
  return Array.from({ length: parts }, (_, part) => ({
    doc,
    // A copy, not a view: a view would make IndexedDB store the whole buffer for every part.
    bytes: update.slice(part * partBytes, (part + 1) * partBytes),
    part,
    parts,
  }));
}

export interface JoinedUpdates {
  updates: Uint8Array[];
  /** Parts that do not make a whole update (never written by Beatboard; left out). */
  brokenParts: number;
}

/** Joins rows, in `seq` order, back into the updates they store. */
export function joinRows(rows: readonly DocUpdateRow[]): JoinedUpdates {
  const updates: Uint8Array[] = [];
  let brokenParts = 0;
  let pending: DocUpdateRow[] = [];
  const dropPending = () => {
    brokenParts += pending.length;
    pending = [];
  };
  for (const row of rows) {
    if (!(row.bytes instanceof Uint8Array)) {
      brokenParts++;
      continue;
    }
    if (row.parts === undefined || row.parts <= 1) {
      dropPending();
      updates.push(row.bytes);
      continue;
    }
    if (row.part === 0) dropPending();
    if (row.part !== pending.length) {
      dropPending();
      brokenParts++;
      continue;
    }
    pending.push(row);
    if (pending.length === row.parts) {
      updates.push(concat(pending.map((part) => part.bytes)));
      pending = [];
    }
  }
  dropPending();
  return { updates, brokenParts };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}
