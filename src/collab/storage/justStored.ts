import type * as Y from 'yjs';

// A board made in this tab (a new board, the demo, an import) is opened right after it is
// stored. Its docs are handed over in memory then, instead of being read back from IndexedDB
// and decoded again: the same state, a good part of a first visit's wait saved.

export interface JustStoredDocs {
  board: Y.Doc;
  /** Null when the board was made without notes: an empty notes doc. */
  notes: Y.Doc | null;
  /** The last storage row of each doc, where its persistence carries on. */
  boardSeq: number;
  notesSeq: number;
}

/** Not opened by then, the docs are let go (the board is read from storage as usual). */
const KEEP_MS = 30_000;

let kept: { id: string; docs: JustStoredDocs; timer: ReturnType<typeof setTimeout> } | null = null;

/** Keeps the docs of the board just stored under `id` for the next open of it in this tab. */
export function keepJustStored(id: string, docs: JustStoredDocs): void {
  if (kept) clearTimeout(kept.timer);
  kept = { id, docs, timer: setTimeout(() => (kept = null), KEEP_MS) };
}

/** The docs of board `id` if it was just stored in this tab, once; else null. */
export function takeJustStored(id: string): JustStoredDocs | null {
  if (!kept || kept.id !== id) return null;
  const { docs, timer } = kept;
  clearTimeout(timer);
  kept = null;
  return docs;
}
