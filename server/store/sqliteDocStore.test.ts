import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openServerDatabase, type SqliteDatabase } from './database';
import { SqliteDocStore } from './sqliteDocStore';

describe('SqliteDocStore', () => {
  let dir: string;
  let db: SqliteDatabase;
  let store: SqliteDocStore;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'beatboard-store-'));
    db = openServerDatabase(dir);
    store = new SqliteDocStore(db);
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
    const first = store.append('room', updates[0]!).then(() => {
      committedWhenResolved = db.prepare('SELECT count(*) FROM doc_updates').pluck().get() as number;
    });
    await Promise.all([first, store.append('room', updates[1]!), store.append('room', updates[2]!)]);
    // All three were written by the time the first caller heard back: one transaction.
    expect(committedWhenResolved).toBe(3);
    expect(await store.load('room')).toEqual(updates);
  });

  it('keeps rooms apart and survives reopening the database', async () => {
    const [a, b] = edits(2);
    await Promise.all([store.append('one', a!), store.append('two', b!)]);
    db.close();
    db = openServerDatabase(dir);
    store = new SqliteDocStore(db);
    expect(await store.load('one')).toEqual([a]);
    expect(await store.load('two')).toEqual([b]);
    expect(await store.load('three')).toEqual([]);
  });

  it('replaces the log by the merged state on compaction', async () => {
    const updates = edits(4);
    for (const update of updates) await store.append('room', update);
    const merged = Y.mergeUpdates(updates);
    await store.compact('room', merged);
    expect(await store.load('room')).toEqual([merged]);
    const later = edits(1)[0]!;
    await store.append('room', later);
    expect(await store.load('room')).toEqual([merged, later]);
  });

  it('refuses a database written by a newer version instead of damaging it', () => {
    db.pragma('user_version = 99');
    db.close();
    expect(() => openServerDatabase(dir)).toThrow(/newer Beatboard/);
  });
});
