import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { describeDocStorage } from './contract/docStorageContract';
import { openServerDatabase } from './database';
import { SqliteDocStorage } from './sqliteDocStorage';

describeDocStorage('SqliteDocStorage', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'beatboard-storage-'));
  let db = openServerDatabase(dir);
  return {
    storage: new SqliteDocStorage(db),
    async reopen() {
      db.close();
      db = openServerDatabase(dir);
      return new SqliteDocStorage(db);
    },
    committedUpdates: async () => db.prepare('SELECT count(*) FROM doc_updates').pluck().get() as number,
    async close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

it('refuses a SQLite database written by a newer version instead of damaging it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'beatboard-storage-'));
  try {
    const db = openServerDatabase(dir);
    db.pragma('user_version = 99');
    db.close();
    expect(() => openServerDatabase(dir)).toThrow(/newer Beatboard/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
