import { Dexie } from 'dexie';
import * as Y from 'yjs';
import { LEGACY_UPDATE_TABLES, type BeatboardDb } from '../db';
import { docKey, type DocName } from './docStorage';
import { joinRows, rowsForUpdate, type DocUpdateRow } from './updateParts';

/**
 * Folds a doc's stored updates into one merged state, stored again as parts of at most
 * PART_BYTES, so a board keeps opening fast and no row grows large. Rows of the version 1-2
 * layout are folded in and removed here too. Reading, merging and writing happen in one
 * transaction: if any read fails, nothing is deleted or written. Runs in a worker (a fold of
 * a sketched series takes a second or two).
 */
export async function foldDoc(db: BeatboardDb, boardId: string, name: DocName): Promise<boolean> {
  const key = docKey(boardId, name);
  const legacyTable = db.table(LEGACY_UPDATE_TABLES[name]);
  return db.transaction('rw', [db.docUpdates, legacyTable], async () => {
    const rows: DocUpdateRow[] = await db.docUpdates.where('[doc+seq]').between([key, Dexie.minKey], [key, Dexie.maxKey]).toArray();
    const legacy = (await legacyTable.where('k').equals(boardId).toArray()) as { i: number; u?: unknown }[];
    const joined = joinRows(rows);
    // Already one whole state in small parts: nothing to gain.
    if (legacy.length === 0 && joined.updates.length <= 1) return false;
    const doc = new Y.Doc({ gc: true });
    for (const row of legacy) if (row.u instanceof Uint8Array) Y.applyUpdateV2(doc, row.u);
    for (const update of joined.updates) Y.applyUpdateV2(doc, update);
    const folded = rowsForUpdate(key, Y.encodeStateAsUpdateV2(doc));
    doc.destroy();
    await db.docUpdates.bulkDelete(rows.map((row) => row.seq!));
    if (legacy.length > 0) await legacyTable.bulkDelete(legacy.map((row) => row.i));
    await db.docUpdates.bulkAdd(folded);
    return true;
  });
}

/** Folds every board's docs in this browser; returns how many docs were folded. */
export async function foldAllDocs(db: BeatboardDb): Promise<number> {
  const boardIds = (await db.boards.toCollection().primaryKeys()) as string[];
  let folded = 0;
  for (const boardId of boardIds) {
    for (const name of ['board', 'notes'] as const) {
      if (await foldDoc(db, boardId, name)) folded++;
    }
  }
  return folded;
}
