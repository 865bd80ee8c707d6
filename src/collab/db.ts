import { Dexie, type EntityTable } from 'dexie';
import yDexie from 'y-dexie';
import type * as Y from 'yjs';

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

export function openDatabase(name = 'beatboard'): BeatboardDb {
  const db = new Dexie(name, { addons: [yDexie] }) as BeatboardDb;
  db.version(1).stores({
    boards: 'id, updatedAt, doc: Y.Doc',
    assets: 'id',
    settings: 'key',
  });
  return db;
}

let shared: BeatboardDb | null = null;

/** The app's database, opened once per tab. */
export function getDatabase(): BeatboardDb {
  shared ??= openDatabase();
  return shared;
}
