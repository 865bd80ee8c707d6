import { Dexie, type EntityTable } from 'dexie';
import type { BoardRole } from '../model';
import type { BoardListing } from './library';
import type { DocUpdateRow } from './storage/updateParts';
import type { VersionMeta } from '../model/versions/types';

/** How this browser reaches a board on the server: its role there and the link's token. */
export interface BoardAccess {
  role: BoardRole;
  token: string;
}

/** One board kept in this browser. Its two docs live in the `docUpdates` table (see
 *  storage/docStorage.ts); these fields are a summary for the home screen, refreshed as the
 *  doc changes. */
export interface BoardRecord extends BoardListing {
  /** Absent until the board is published to (or opened from) the server. */
  access?: BoardAccess;
}

/** An asset (a reference image or a sound), content-addressed (SHA-256 of its bytes) so the same file is stored once. */
export interface AssetRecord {
  id: string;
  blob: Blob;
  type: string;
  size: number;
  createdAt: number;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** A version of a board that lives only in this browser: the meta the server would keep. Its
 *  two snapshots are a row of `versionDocs` under the same id, so listing versions never
 *  reads every snapshot of the board. */
export interface LocalVersionRecord extends VersionMeta {
  boardId: string;
}

/** The content of a local version: each doc's whole state as one Yjs update. */
export interface LocalVersionDocsRecord {
  id: string;
  board: Uint8Array;
  notes: Uint8Array;
}

export type BeatboardDb = Dexie & {
  boards: EntityTable<BoardRecord, 'id'>;
  docUpdates: EntityTable<DocUpdateRow, 'seq'>;
  assets: EntityTable<AssetRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  versions: EntityTable<LocalVersionRecord, 'id'>;
  versionDocs: EntityTable<LocalVersionDocsRecord, 'id'>;
};

export const DATABASE_NAME = 'beatboard';

/** Where versions 1 and 2 kept each doc's updates (the layout of the y-dexie library). */
export const LEGACY_UPDATE_TABLES = { board: '$boards.doc_updates', notes: '$boards.notes_updates' } as const;

export function openDatabase(name = DATABASE_NAME): BeatboardDb {
  const db = new Dexie(name) as BeatboardDb;
  // Versions 1 and 2 kept each doc's updates in a table of the y-dexie library; these are
  // the tables it made, declared as they are so that existing databases open unchanged.
  db.version(1).stores({
    boards: 'id, updatedAt',
    [LEGACY_UPDATE_TABLES.board]: '++i, k',
    assets: 'id',
    settings: 'key',
  });
  // Version 2: each board also keeps its notes doc, and its server access once published.
  db.version(2).stores({ [LEGACY_UPDATE_TABLES.notes]: '++i, k' });
  // Version 3: docs are kept in `docUpdates`, where no row is larger than a few MiB. Rows of
  // the old tables are read as they are and moved over by the next fold of that board
  // (storage/foldDoc.ts), so opening the database never has to read a large old value.
  db.version(3).stores({ docUpdates: '++seq, [doc+seq]' });
  // Version 4: versions of boards that live only in this browser (a live board's are on the
  // server). The snapshots sit in a table of their own, read only to preview or restore one.
  db.version(4).stores({ versions: 'id, boardId', versionDocs: 'id' });
  return db;
}

let shared: BeatboardDb | null = null;

/** The app's database, opened once per tab. */
export function getDatabase(): BeatboardDb {
  shared ??= openDatabase();
  return shared;
}
