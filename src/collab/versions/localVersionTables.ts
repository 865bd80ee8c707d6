import type { BeatboardDb, LocalVersionDocsRecord, LocalVersionRecord } from '../db';

/** What the local store needs of IndexedDB; Dexie in the app, a Map in unit tests. */
export interface LocalVersionTables {
  listMeta(boardId: string): Promise<LocalVersionRecord[]>;
  getDocs(id: string): Promise<LocalVersionDocsRecord | undefined>;
  /** The meta and its snapshots together, so no version is listed without its content. */
  add(meta: LocalVersionRecord, docs: LocalVersionDocsRecord): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
}

export function dexieVersionTables(db: BeatboardDb): LocalVersionTables {
  return {
    listMeta: (boardId) => db.versions.where('boardId').equals(boardId).toArray(),
    getDocs: (id) => db.versionDocs.get(id),
    add: (meta, docs) => db.transaction('rw', [db.versions, db.versionDocs], async () => {
      await db.versions.add(meta);
      await db.versionDocs.add(docs);
    }),
    remove: (ids) => db.transaction('rw', [db.versions, db.versionDocs], async () => {
      await db.versions.bulkDelete([...ids]);
      await db.versionDocs.bulkDelete([...ids]);
    }),
  };
}

/** Every local version of a board, when the board leaves this browser. Call inside a transaction over both tables. */
export async function deleteLocalVersions(db: BeatboardDb, boardId: string): Promise<void> {
  const ids = await db.versions.where('boardId').equals(boardId).primaryKeys();
  await db.versions.bulkDelete(ids);
  await db.versionDocs.bulkDelete(ids);
}
