import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openServerDatabase, type SqliteDatabase } from './database';
import { SqliteDocStorage } from './sqliteDocStorage';

describe('SqliteDocStorage', () => {
  let dir: string;
  let db: SqliteDatabase;
  let storage: SqliteDocStorage;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'beatboard-storage-'));
    db = openServerDatabase(dir);
    storage = new SqliteDocStorage(db);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function edits(count: number): Uint8Array[] {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < count; i++) doc.getMap('meta').set(`k${i}`, i);
    return updates;
  }

  it('commits updates appended in one turn together, in order, before resolving', async () => {
    const updates = edits(3);
    let committedWhenResolved = -1;
    const first = storage.append('room', updates[0]!).then(() => {
      committedWhenResolved = db.prepare('SELECT count(*) FROM doc_updates').pluck().get() as number;
    });
    await Promise.all([first, storage.append('room', updates[1]!), storage.append('room', updates[2]!)]);
    // All three were written by the time the first caller heard back: one transaction.
    expect(committedWhenResolved).toBe(3);
    expect(await storage.load('room')).toEqual(updates);
  });

  it('keeps rooms apart and survives reopening the database', async () => {
    const [a, b] = edits(2);
    await Promise.all([storage.append('one', a!), storage.append('two', b!)]);
    db.close();
    db = openServerDatabase(dir);
    storage = new SqliteDocStorage(db);
    expect(await storage.load('one')).toEqual([a]);
    expect(await storage.load('two')).toEqual([b]);
    expect(await storage.load('three')).toEqual([]);
  });

  it('replaces the log by the merged state on compaction', async () => {
    const updates = edits(4);
    for (const update of updates) await storage.append('room', update);
    const merged = Y.mergeUpdates(updates);
    await storage.compact('room', merged);
    expect(await storage.load('room')).toEqual([merged]);
    const later = edits(1)[0]!;
    await storage.append('room', later);
    expect(await storage.load('room')).toEqual([merged, later]);
  });

  it('refuses a database written by a newer version instead of damaging it', () => {
    db.pragma('user_version = 99');
    db.close();
    expect(() => openServerDatabase(dir)).toThrow(/newer Beatboard/);
  });
});
