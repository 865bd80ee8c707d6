import { Dexie, type EntityTable } from 'dexie';
import yDexie from 'y-dexie';
import type * as Y from 'yjs';
import type { BoardRole } from '../model';

/** How this browser reaches a board on the server: its role there and the link's token. */
export interface BoardAccess {
  role: BoardRole;
  token: string;
}

/** One board kept in this browser. The doc itself lives in y-dexie's update table; the
 *  other fields are a summary for the home screen, refreshed as the doc changes. */
export interface BoardRecord {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  episodeCount: number;
  shotCount: number;
  doc: Y.Doc;
  /** The notes doc (comments, marks, approvals), kept offline like the board doc. */
  notes: Y.Doc;
  /** Absent until the board is published to (or opened from) the server. */
  access?: BoardAccess;
}

/** A reference image, content-addressed (SHA-256 of its bytes) so the same image is stored once. */
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

export type BeatboardDb = Dexie & {
  boards: EntityTable<BoardRecord, 'id'>;
  assets: EntityTable<AssetRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

export const DATABASE_NAME = 'beatboard';

export function openDatabase(name = DATABASE_NAME): BeatboardDb {
  // y-dexie would fold each doc's stored updates into one on this thread every few minutes,
  // which freezes the tab for a second on a large board; a worker does it instead
  // (storageCompaction.ts).
  const db = new Dexie(name, { addons: [yDexie({ gc: false })!] }) as BeatboardDb;
  db.version(1).stores({
    boards: 'id, updatedAt, doc: Y.Doc',
    assets: 'id',
    settings: 'key',
  });
  // Version 2: each board also keeps its notes doc, and its server access once published.
  // Existing boards keep their doc and simply have empty notes and no access yet.
  db.version(2).stores({
    boards: 'id, updatedAt, doc: Y.Doc, notes: Y.Doc',
  });
  return db;
}

let shared: BeatboardDb | null = null;

/** The app's database, opened once per tab. */
export function getDatabase(): BeatboardDb {
  shared ??= openDatabase();
  return shared;
}
