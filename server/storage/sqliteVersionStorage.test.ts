import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bytes, describeVersionStorage, meta, SUMMARY } from './contract/versionStorageContract';
import { openServerDatabase, type SqliteDatabase } from './database';
import { SqliteVersionStorage } from './sqliteVersionStorage';

describeVersionStorage('SqliteVersionStorage', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'beatboard-versions-'));
  let db = openServerDatabase(dir);
  return {
    storage: new SqliteVersionStorage(db),
    async reopen() {
      db.close();
      db = openServerDatabase(dir);
      return new SqliteVersionStorage(db);
    },
    baseIds: async () => db.prepare('SELECT id FROM version_bases ORDER BY seq').pluck().all() as string[],
    async close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe('SqliteVersionStorage upgrades', () => {
  let dir: string;
  let db: SqliteDatabase;
  let storage: SqliteVersionStorage;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'beatboard-versions-'));
    db = openServerDatabase(dir);
    storage = new SqliteVersionStorage(db);
  });

  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('upgrades a store made before versions', async () => {
    await storage.create('b1', { meta: meta('v1', 1000), board: bytes(1, 2, 3), notes: bytes(4, 5) });
    // A store of version 1 (before this table) gains it, keeping what it had.
    db.exec('DROP TABLE board_versions; DROP TABLE version_parts; DROP TABLE version_bases');
    db.prepare('INSERT INTO boards (id, created_at) VALUES (?, ?)').run('old', 1);
    db.pragma('user_version = 1');
    db.close();
    db = openServerDatabase(dir);
    storage = new SqliteVersionStorage(db);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(db.prepare('SELECT id FROM boards').pluck().all()).toEqual(['old']);
    expect(await storage.list('b1')).toEqual([]);
  });

  it('upgrades a store of version 2: its versions keep their whole docs and read as before', async () => {
    db.exec('DROP TABLE version_parts; DROP TABLE version_bases');
    db.pragma('user_version = 2');
    db.prepare(
      `INSERT INTO board_versions (id, board_id, kind, name, reason, created_at, author_name, author_color, summary,
         board_bytes, notes_bytes, board_state, notes_state) VALUES ('old', 'b1', 'auto', NULL, 'hourly', 1000, NULL, NULL, ?, 3, 2, ?, ?)`,
    ).run(JSON.stringify(SUMMARY), bytes(1, 2, 3), bytes(4, 5));
    db.close();
    db = openServerDatabase(dir);
    storage = new SqliteVersionStorage(db);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    expect(await storage.get('b1', 'old')).toEqual(meta('old', 1000));
    expect(await storage.snapshot('b1', 'old', 'board')).toEqual([bytes(1, 2, 3)]);
    expect(await storage.latestBase('b1', 'board')).toBeUndefined();
    // Newer versions go on a base beside it; deleting the old one leaves them whole.
    await storage.create('b1', { meta: meta('new', 2000), board: bytes(), notes: bytes(), boardBase: 'B', notesBase: 'N', newBases: [
      { id: 'B', doc: 'board', stateVector: bytes(0), state: bytes(7, 7) }, { id: 'N', doc: 'notes', stateVector: bytes(0), state: bytes(8) },
    ] });
    expect(await storage.delete('b1', ['old'])).toBe(1);
    expect(await storage.snapshot('b1', 'new', 'board')).toEqual([bytes(7, 7)]);
  });
});
