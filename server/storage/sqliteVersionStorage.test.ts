import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VersionMeta } from '../../src/model/versions/types';
import { openServerDatabase, type SqliteDatabase } from './database';
import { SqliteVersionStorage } from './sqliteVersionStorage';

const SUMMARY = { episodes: { added: 1, removed: 0, changed: 0 }, shots: { added: 3, removed: 0, changed: 0 }, sketchesChanged: 0 };

function meta(id: string, createdAt: number, overrides: Partial<VersionMeta> = {}): VersionMeta {
  return {
    id, kind: 'auto', name: null, reason: 'hourly', createdAt, author: null, summary: SUMMARY, boardBytes: 3, notesBytes: 2,
    ...overrides,
  };
}

const bytes = (...values: number[]) => new Uint8Array(values);

describe('SqliteVersionStorage', () => {
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

  it('lists a board’s versions newest first, equal times in the order they were added', async () => {
    await storage.create('b1', { meta: meta('v1', 1000), board: bytes(1, 2, 3), notes: bytes(4, 5) });
    await storage.create('b1', { meta: meta('v3', 3000), board: bytes(1, 2, 3), notes: bytes(4, 5) });
    await storage.create('b1', { meta: meta('v2', 3000), board: bytes(1, 2, 3), notes: bytes(4, 5) });
    await storage.create('other', { meta: meta('w1', 9000), board: bytes(0), notes: bytes(0) });
    expect((await storage.list('b1')).map((v) => v.id)).toEqual(['v2', 'v3', 'v1']);
    expect((await storage.latest('b1'))?.id).toBe('v2');
    expect(await storage.latest('none')).toBeUndefined();
    expect(await storage.list('none')).toEqual([]);
  });

  it('keeps every meta field and each doc’s snapshot apart', async () => {
    const named = meta('n1', 5000, {
      kind: 'named', name: 'Before the table read', reason: null, author: { name: 'Ana', color: '#e11d48' },
      boardBytes: 4, notesBytes: 1,
    });
    await storage.create('b1', { meta: named, board: bytes(9, 8, 7, 6), notes: bytes(1) });
    await storage.create('b1', { meta: meta('a1', 6000, { author: { name: 'Bo' } }), board: bytes(1, 2, 3), notes: bytes(4, 5) });
    expect(await storage.get('b1', 'n1')).toEqual(named);
    expect((await storage.get('b1', 'a1'))?.author).toEqual({ name: 'Bo' });
    expect(await storage.snapshot('b1', 'n1', 'board')).toEqual(bytes(9, 8, 7, 6));
    expect(await storage.snapshot('b1', 'n1', 'notes')).toEqual(bytes(1));
    // A version is only found under its own board.
    expect(await storage.get('other', 'n1')).toBeUndefined();
    expect(await storage.snapshot('other', 'n1', 'board')).toBeUndefined();
  });

  it('deletes only the given versions of that board', async () => {
    for (const id of ['v1', 'v2', 'v3']) await storage.create('b1', { meta: meta(id, 1000), board: bytes(1), notes: bytes(1) });
    expect(await storage.delete('other', ['v1'])).toBe(0);
    expect(await storage.delete('b1', ['v1', 'v3', 'gone'])).toBe(2);
    expect((await storage.list('b1')).map((v) => v.id)).toEqual(['v2']);
    expect(await storage.snapshot('b1', 'v1', 'board')).toBeUndefined();
  });

  it('refuses a version id twice', async () => {
    await storage.create('b1', { meta: meta('v1', 1000), board: bytes(1), notes: bytes(1) });
    await expect(storage.create('b1', { meta: meta('v1', 2000), board: bytes(1), notes: bytes(1) })).rejects.toThrow(/UNIQUE/);
  });

  it('survives reopening the database, and upgrades a store made before versions', async () => {
    await storage.create('b1', { meta: meta('v1', 1000), board: bytes(1, 2, 3), notes: bytes(4, 5) });
    db.close();
    db = openServerDatabase(dir);
    storage = new SqliteVersionStorage(db);
    expect((await storage.list('b1')).map((v) => v.id)).toEqual(['v1']);
    expect(await storage.snapshot('b1', 'v1', 'notes')).toEqual(bytes(4, 5));

    // A store of version 1 (before this table) gains it, keeping what it had.
    db.exec('DROP TABLE board_versions');
    db.prepare('INSERT INTO boards (id, created_at) VALUES (?, ?)').run('old', 1);
    db.pragma('user_version = 1');
    db.close();
    db = openServerDatabase(dir);
    storage = new SqliteVersionStorage(db);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT id FROM boards').pluck().all()).toEqual(['old']);
    expect(await storage.list('b1')).toEqual([]);
  });
});
