import { Dexie } from 'dexie';
import * as Y from 'yjs';
import { LEGACY_UPDATE_TABLES, type BeatboardDb } from '../db';
import { joinRows, rowsForUpdate, type DocUpdateRow } from './updateParts';
import { readWithRetry } from './readWithRetry';

export { StorageReadError } from './readWithRetry';

/**
 * Each board's two Yjs docs in IndexedDB: a list of updates per doc (`docUpdates` rows, in
 * `seq` order), appended as the doc changes and folded together now and then
 * (foldDoc.ts). Loading reads the rows in small batches, retries a batch that fails, and
 * throws `StorageReadError` when it keeps failing, before the doc is handed out: a board
 * whose storage cannot be read is never opened half-empty, and nothing is written over it.
 */

export type DocName = 'board' | 'notes';

/** The `doc` value of a doc's rows. */
export const docKey = (boardId: string, name: DocName): string => `${boardId}/${name}`;

/** Origin of updates applied from storage: they are stored already, so they are not written back. */
export const STORAGE_ORIGIN = 'beatboard:storage';

/** Rows read per request: at most a few parts, so one failed read is a small retry. */
const ROWS_PER_READ = 4;

/** Every update stored for a doc, old layout (versions 1-2) and new, in the order written. */
export async function readStoredUpdates(db: BeatboardDb, boardId: string, name: DocName): Promise<{ updates: Uint8Array[]; brokenParts: number; lastSeq: number }> {
  const key = docKey(boardId, name);
  const legacy = await readWithRetry(() => readLegacyRows(db, boardId, name), key);
  const rows: DocUpdateRow[] = [];
  let lastSeq = 0;
  for (;;) {
    const batch = await readWithRetry(
      () => db.docUpdates.where('[doc+seq]').between([key, lastSeq + 1], [key, Dexie.maxKey]).limit(ROWS_PER_READ).toArray(),
      key,
    );
    rows.push(...batch);
    if (batch.length < ROWS_PER_READ) break;
    lastSeq = batch[batch.length - 1]!.seq!;
  }
  if (rows.length > 0) lastSeq = rows[rows.length - 1]!.seq!;
  // Marks for the benchmark's breakdown of the open time (visible in any profiler too).
  performance.mark(`beatboard:${name}-rows-read`);
  const joined = joinRows(rows);
  return { updates: [...legacy, ...joined.updates], brokenParts: joined.brokenParts, lastSeq };
}

async function readLegacyRows(db: BeatboardDb, boardId: string, name: DocName): Promise<Uint8Array[]> {
  const table = db.table(LEGACY_UPDATE_TABLES[name]);
  const rows = (await table.where('k').equals(boardId).toArray()) as { u?: unknown }[];
  return rows.flatMap((row) => (row.u instanceof Uint8Array ? [row.u] : []));
}

/** Applies a doc's stored updates to `doc`, as one transaction that is not stored again. */
export async function loadStoredDoc(db: BeatboardDb, boardId: string, name: DocName, doc: Y.Doc): Promise<{ problems: string[]; lastSeq: number }> {
  const { updates, brokenParts, lastSeq } = await readStoredUpdates(db, boardId, name);
  const problems: string[] = [];
  if (brokenParts > 0) problems.push(`${brokenParts} stored piece(s) of the ${name} did not make a whole change and were left out.`);
  Y.transact(doc, () => {
    for (const update of updates) {
      try {
        Y.applyUpdateV2(doc, update);
      } catch (error) {
        problems.push(`A stored change to the ${name} could not be read (${String(error)}).`);
      }
    }
  }, STORAGE_ORIGIN);
  return { problems, lastSeq };
}

/** Stores a whole doc as the first rows of a new board's doc; the last row's seq. */
export async function storeNewDoc(db: BeatboardDb, boardId: string, name: DocName, doc: Y.Doc): Promise<number> {
  const keys = await db.docUpdates.bulkAdd(rowsForUpdate(docKey(boardId, name), Y.encodeStateAsUpdateV2(doc)), { allKeys: true });
  return Number(keys[keys.length - 1]);
}

/** Removes everything stored for a board's docs (both layouts). */
export async function deleteStoredDocs(db: BeatboardDb, boardId: string): Promise<void> {
  const tables = [db.docUpdates, ...Object.values(LEGACY_UPDATE_TABLES).map((name) => db.table(name))];
  await db.transaction('rw', tables, async () => {
    for (const name of ['board', 'notes'] as const) {
      const key = docKey(boardId, name);
      await db.docUpdates.where('[doc+seq]').between([key, Dexie.minKey], [key, Dexie.maxKey]).delete();
      await db.table(LEGACY_UPDATE_TABLES[name]).where('k').equals(boardId).delete();
    }
  });
}

const active = new Set<DocPersistence>();
/** The persistence of each doc being stored, for `applyAndStoreAsReceived`. */
const persistenceOf = new WeakMap<Y.Doc, { storeAsReceived(update: Uint8Array, apply: () => void): void }>();

/**
 * Applies a large update (V2 encoding) that arrived whole, such as a board downloaded when
 * it is opened from a link, and stores those very bytes (when the doc's persistence says,
 * see PersistOptions). Otherwise Yjs would encode the change again for the storage as it
 * applies it: for a sketched series, that costs as much as the download. A doc that is not
 * being stored just gets the update.
 */
export function applyAndStoreAsReceived(doc: Y.Doc, updateV2: Uint8Array, origin: unknown): void {
  const apply = () => Y.applyUpdateV2(doc, updateV2, origin);
  const persistence = persistenceOf.get(doc);
  if (persistence) persistence.storeAsReceived(updateV2, apply);
  else apply();
}

/** Resolves once every open doc's changes are written (tests wait on it before a reload). */
export async function whenAllStored(): Promise<void> {
  await Promise.all([...active].map((persistence) => persistence.flushed()));
}

export interface DocPersistence {
  /** Resolves once every change made so far is written. */
  flushed(): Promise<void>;
  /** Stops storing changes (pending writes still finish). */
  stop(): void;
}

export interface PersistOptions {
  /**
   * An update received whole (see applyAndStoreAsReceived) is written once this settles, or
   * before any later change is: a board opened from a link is drawn first. Handing a sketched
   * series' ten megabytes to IndexedDB holds the page's thread about 200 ms, and the board is
   * safe on the server meanwhile.
   */
  storeReceivedAfter?: Promise<unknown>;
}

/**
 * Writes every change of `doc` as it happens, except those applied from storage. Changes of
 * one turn of the event loop go into one transaction. Other tabs with the same board open are
 * told, and read what was added (a board kept only in this browser has no server to relay it).
 */
export function persistDoc(db: BeatboardDb, boardId: string, name: DocName, doc: Y.Doc, lastSeq: number, options: PersistOptions = {}): DocPersistence {
  const key = docKey(boardId, name);
  let queued: Uint8Array[] = [];
  /** Updates received whole, not written yet (see PersistOptions.storeReceivedAfter). */
  let received: Uint8Array[] = [];
  let lastWrite: Promise<void> = Promise.resolve();
  let seen = lastSeq;
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(`beatboard-storage:${key}`);

  const writeRows = (update: Uint8Array) => {
    lastWrite = lastWrite
      .then(() => db.docUpdates.bulkAdd(rowsForUpdate(key, update), { allKeys: true }))
      .then((keys) => {
        const last = Number(keys[keys.length - 1]);
        channel?.postMessage({ seq: last });
      })
      .catch((error: unknown) => console.error(`A change to the ${name} could not be stored in this browser.`, error));
  };
  // Each on its own: merging one with other changes would decode and encode it all again.
  const writeReceived = () => {
    const updates = received;
    received = [];
    updates.forEach(writeRows);
  };
  const write = () => {
    // What was received goes first: no later change is stored without what it builds on.
    writeReceived();
    if (queued.length === 0) return;
    const updates = queued;
    queued = [];
    writeRows(updates.length === 1 ? updates[0]! : Y.mergeUpdatesV2(updates));
  };
  const onUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === STORAGE_ORIGIN) return;
    if (queued.length === 0) queueMicrotask(write);
    queued.push(update);
  };
  doc.on('updateV2', onUpdate);
  persistenceOf.set(doc, {
    storeAsReceived(update, apply) {
      // Not listening while it is applied, so Yjs does not encode the change a second time.
      doc.off('updateV2', onUpdate);
      try {
        apply();
      } finally {
        if (active.has(persistence)) doc.on('updateV2', onUpdate);
      }
      // Written after any change queued before it, and once the board is drawn.
      write();
      received.push(update);
      if (options.storeReceivedAfter) void options.storeReceivedAfter.then(writeReceived);
      else writeReceived();
    },
  });

  // Another tab stored something: read what is new since the last row seen here.
  let catchingUp = Promise.resolve();
  if (channel) {
    channel.onmessage = () => {
      catchingUp = catchingUp.then(async () => {
        const rows = await db.docUpdates.where('[doc+seq]').between([key, seen + 1], [key, Dexie.maxKey]).toArray();
        if (rows.length === 0) return;
        seen = rows[rows.length - 1]!.seq!;
        Y.transact(doc, () => joinRows(rows).updates.forEach((update) => Y.applyUpdateV2(doc, update)), STORAGE_ORIGIN);
      }).catch((error: unknown) => console.debug('Changes from another tab could not be read yet.', error));
    };
  }

  const persistence: DocPersistence = {
    flushed: async () => {
      write();
      await lastWrite;
    },
    stop() {
      writeReceived();
      active.delete(persistence);
      persistenceOf.delete(doc);
      doc.off('updateV2', onUpdate);
      channel?.close();
    },
  };
  active.add(persistence);
  return persistence;
}
