import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { usePostgres } from '../../testing/postgresServer';
import { describeDocStorage, edits } from '../contract/docStorageContract';
import { openPgDatabase, type PgDatabase } from './pgDatabase';
import { PgDocStorage } from './pgDocStorage';

const postgres = usePostgres();

/** A "server process": its own pool on the database, and the doc storage over it. */
async function openProcess(url: string): Promise<{ db: PgDatabase; storage: PgDocStorage; close(): Promise<void> }> {
  const db = await openPgDatabase(url);
  const storage = new PgDocStorage(db);
  return {
    db,
    storage,
    async close() {
      await storage.flush();
      await db.close();
    },
  };
}

describeDocStorage('PgDocStorage', async () => {
  const url = await postgres().freshDatabase();
  let current = await openProcess(url);
  return {
    storage: current.storage,
    async reopen() {
      await current.close();
      current = await openProcess(url);
      return current.storage;
    },
    committedUpdates: async () => (await current.db.query<{ n: number }>('SELECT count(*) AS n FROM doc_updates')).rows[0]!.n,
    close: () => current.close(),
  };
});

describe('PgDocStorage in scale-out', () => {
  it('writes the appends of one turn, whatever their rooms, in one transaction', async () => {
    const { db, storage, close } = await openProcess(await postgres().freshDatabase());
    try {
      const updates = edits(5);
      await Promise.all(updates.map((update, i) => storage.append(`room${i % 3}`, update)));
      const transactions = async () =>
        (await db.query<{ n: number }>('SELECT count(DISTINCT xmin::text) AS n FROM doc_updates')).rows[0]!.n;
      expect(await transactions()).toBe(1);
      // The next turn is a transaction of its own.
      await storage.append('room0', edits(1, 'next')[0]!);
      expect(await transactions()).toBe(2);
    } finally {
      await close();
    }
  });

  it('holds the appends made while a batch is written and writes them together once it is done', async () => {
    const { db, storage, close } = await openProcess(await postgres().freshDatabase());
    const blocker = await db.pool.connect();
    try {
      // Another session holds the table, so the first batch waits in the database.
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE doc_updates IN EXCLUSIVE MODE');
      const appended = [storage.append('room0', edits(1, 'first')[0]!)];
      for (const [i, update] of edits(20, 'later').entries()) {
        await new Promise((resolve) => setImmediate(resolve)); // each in a turn of its own
        appended.push(storage.append(`room${i % 3}`, update));
      }
      // A flush now (as a load or a fold makes) waits for the batch in flight and the one after.
      let flushed = false;
      const flushing = storage.flush().then(() => (flushed = true));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(flushed).toBe(false);
      await blocker.query('COMMIT');
      await flushing;
      const { rows } = await db.query<{ n: number; rows: number }>(
        'SELECT count(DISTINCT xmin::text) AS n, count(*) AS rows FROM doc_updates',
      );
      expect(rows[0]).toEqual({ n: 2, rows: 21 });
      await Promise.all(appended);
    } finally {
      blocker.release();
      await close();
    }
  });

  it('writes a turn with more appends than one statement takes in one transaction, in order', async () => {
    const { db, storage, close } = await openProcess(await postgres().freshDatabase());
    try {
      const updates = edits(2500);
      await Promise.all(updates.map((update) => storage.append('room', update)));
      expect((await db.query<{ n: number }>('SELECT count(DISTINCT xmin::text) AS n FROM doc_updates')).rows[0]!.n).toBe(1);
      const loaded = await storage.load('room');
      expect(loaded.length).toBe(updates.length);
      expect(loaded.every((update, i) => Buffer.compare(Buffer.from(update), Buffer.from(updates[i]!)) === 0)).toBe(true);
    } finally {
      await close();
    }
  });

  it('keeps every update when two processes fold the same room while both append', async () => {
    const url = await postgres().freshDatabase();
    const processes = [await openProcess(url), await openProcess(url)];
    try {
      // Each process has its own copy of the room and hears only its own edits, as when
      // the relay between them lags: a fold must not drop what the other appended.
      const replicas = processes.map(() => new Y.Doc());
      const writes: Promise<void>[] = [];
      const folds: Promise<void>[] = [];
      processes.forEach((process, p) => {
        replicas[p]!.on('update', (update: Uint8Array) => writes.push(process.storage.append('room', update)));
      });
      for (let round = 0; round < 12; round++) {
        for (let p = 0; p < processes.length; p++) {
          for (let i = 0; i < 3; i++) replicas[p]!.getMap('shots').set(`p${p}-r${round}-${i}`, round);
        }
        if (round % 3 === 2) {
          // Both fold at once, each with a state the other's latest appends are missing from.
          processes.forEach((process, p) => folds.push(process.storage.compact('room', Y.encodeStateAsUpdate(replicas[p]!))));
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all([...writes, ...folds]);

      const loaded = new Y.Doc();
      for (const update of await processes[0]!.storage.load('room')) Y.applyUpdate(loaded, update);
      const keys = [...loaded.getMap('shots').keys()].sort();
      const expected = processes.flatMap((_, p) =>
        Array.from({ length: 12 }, (_, round) => [0, 1, 2].map((i) => `p${p}-r${round}-${i}`)).flat(),
      );
      expect(keys).toEqual(expected.sort());
      // And the folds did fold: fewer log rows than appends.
      const rows = (await processes[0]!.db.query<{ n: number }>('SELECT count(*) AS n FROM doc_updates')).rows[0]!.n;
      expect(rows).toBeLessThan(writes.length);
    } finally {
      await Promise.all(processes.map((process) => process.close()));
    }
  });

  it('fails an append fast while PostgreSQL is down, and works again once it is back', async () => {
    const { storage, close } = await openProcess(await postgres().freshDatabase());
    try {
      const [before, during, after] = edits(3);
      await storage.append('room', before!);
      await postgres().stop();
      const started = Date.now();
      await expect(storage.append('room', during!)).rejects.toThrow();
      await expect(storage.compact('room', Y.mergeUpdates([before!, during!]))).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(5000);
      expect(storage.isHealthy()).toBe(false);

      await postgres().start();
      await storage.append('room', after!);
      expect(storage.isHealthy()).toBe(true);
      expect(await storage.load('room')).toEqual([before, after]);
    } finally {
      await postgres().start();
      await close();
    }
  });

  it('keeps what was committed when PostgreSQL is killed', async () => {
    const { storage, close } = await openProcess(await postgres().freshDatabase());
    try {
      const [first, second] = edits(2);
      await storage.append('room', first!);
      await storage.compact('room', first!);
      await storage.append('room', second!);
      await postgres().kill();
      await postgres().start();
      expect(await storage.load('room')).toEqual([first, second]);
    } finally {
      await close();
    }
  });
});
