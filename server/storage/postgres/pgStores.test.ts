import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initBoard, readMeta } from '../../../src/model';
import { loadConfig } from '../../config';
import { createServerContext } from '../../context';
import { usePostgres } from '../../testing/postgresServer';
import { openPgDatabase } from './pgDatabase';
import { MIGRATIONS } from './pgSchema';
import { openPgStores } from './pgStores';

const postgres = usePostgres();

describe('PostgreSQL schema', () => {
  it('is migrated once when several processes start at once', async () => {
    const url = await postgres().freshDatabase();
    const databases = await Promise.all([openPgDatabase(url), openPgDatabase(url), openPgDatabase(url)]);
    try {
      const { rows } = await databases[0]!.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    } finally {
      await Promise.all(databases.map((db) => db.close()));
    }
  });

  it('refuses a database written by a newer version instead of damaging it', async () => {
    const url = await postgres().freshDatabase();
    const db = await openPgDatabase(url);
    await db.query('INSERT INTO schema_migrations (version) VALUES (99)');
    await db.close();
    const refused = openPgDatabase(url);
    await expect(refused).rejects.toThrow(/newer Beatboard \(store version 99\)/);
    // The message names the server and database, never a password.
    await expect(refused).rejects.not.toThrow(/postgres@/);
  });
});

describe('PostgreSQL stores', () => {
  it('give every process the same token secret, unless one is configured', async () => {
    const url = await postgres().freshDatabase();
    const [one, two] = await Promise.all([openPgStores(url), openPgStores(url)]);
    try {
      const [a, b] = await Promise.all([one.loadSecret(undefined), two.loadSecret(undefined)]);
      expect(a.length).toBeGreaterThanOrEqual(32);
      expect(b).toBe(a);
      expect(await one.loadSecret(undefined)).toBe(a);
      expect(await two.loadSecret('configured-secret-0123456789abcdef')).toBe('configured-secret-0123456789abcdef');
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('keep the board registry', async () => {
    const stores = await openPgStores(await postgres().freshDatabase());
    const { registry } = stores;
    try {
      expect(await registry.addBoard('board1', 1000)).toBe(true);
      expect(await registry.addBoard('board1', 2000)).toBe(false);
      expect(await registry.hasBoard('board1')).toBe(true);
      expect(await registry.hasBoard('other')).toBe(false);

      expect(await registry.revokedAt('board1', 'writer')).toBe(-1);
      await registry.revoke('board1', 'writer', 1_700_000_000_000);
      await registry.revoke('board1', 'writer', 1_700_000_000_500);
      expect(await registry.revokedAt('board1', 'writer')).toBe(1_700_000_000_500);
      expect(await registry.revokedAt('board1', 'viewer')).toBe(-1);

      expect(await registry.assetBytes('board1')).toBe(0);
      expect(await registry.addAsset('board1', 'a1', { type: 'image/png', size: 3_000_000_000 })).toBe(true);
      expect(await registry.addAsset('board1', 'a1', { type: 'image/png', size: 1 })).toBe(false);
      expect(await registry.addAsset('board1', 'a2', { type: 'audio/mpeg', size: 5 })).toBe(true);
      expect(await registry.addAsset('board2', 'a2', { type: 'audio/mpeg', size: 5 })).toBe(true);
      expect(await registry.getAsset('board1', 'a1')).toEqual({ type: 'image/png', size: 3_000_000_000 });
      expect(await registry.getAsset('board2', 'a1')).toBeUndefined();
      expect(await registry.assetBytes('board1')).toBe(3_000_000_005);
    } finally {
      await stores.close();
    }
  });

  it('keep asset bytes by id, a second write of an id changing nothing', async () => {
    const stores = await openPgStores(await postgres().freshDatabase());
    try {
      const bytes = new Uint8Array(256 * 1024).map((_, i) => i % 251);
      await Promise.all([stores.assets.write('sha-1', bytes), stores.assets.write('sha-1', bytes)]);
      const read = await stores.assets.read('sha-1');
      // Compared as one buffer: an element-by-element diff of 256 KiB is slow.
      expect(read && Buffer.compare(Buffer.from(read), Buffer.from(bytes))).toBe(0);
      expect(await stores.assets.read('missing')).toBeUndefined();
    } finally {
      await stores.close();
    }
  });

  it('answer a ping while PostgreSQL is up, and fail it fast while it is down', async () => {
    const stores = await openPgStores(await postgres().freshDatabase());
    try {
      await stores.ping();
      await postgres().stop();
      const started = Date.now();
      await expect(stores.ping()).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(2000);
      expect(stores.docs.isHealthy()).toBe(false);
      await postgres().start();
      await stores.ping();
      expect(stores.docs.isHealthy()).toBe(true);
    } finally {
      await postgres().start();
      await stores.close();
    }
  });

  it('write the appends handed over before closing', async () => {
    const url = await postgres().freshDatabase();
    const stores = await openPgStores(url);
    const doc = new Y.Doc();
    const appended: Promise<void>[] = [];
    doc.on('update', (update: Uint8Array) => appended.push(stores.docs.append('room', update)));
    doc.getMap('meta').set('title', 'Kept');
    await stores.close();
    await Promise.all(appended);
    const reopened = await openPgStores(url);
    try {
      expect(await reopened.docs.load('room')).toHaveLength(1);
    } finally {
      await reopened.close();
    }
  });
});

describe('A server context in scale-out mode', () => {
  it('keeps a board in PostgreSQL: made by one, read back by the next', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'beatboard-pg-context-'));
    const config = loadConfig({
      DATA_DIR: dataDir,
      BEATBOARD_DATABASE_URL: await postgres().freshDatabase(),
      // The relay is not wired yet; the URL is only read.
      BEATBOARD_REDIS_URL: 'redis://127.0.0.1:1',
    });
    try {
      const first = await createServerContext(config);
      expect(await first.registry.addBoard('pgboard1')).toBe(true);
      const doc = new Y.Doc();
      initBoard(doc, { title: 'Kept in PostgreSQL' });
      await first.storage.compact('pgboard1', Y.encodeStateAsUpdate(doc));
      await first.versions.create('pgboard1', { reason: 'publish' });
      const tokens = await first.access.issueAll('pgboard1');
      await first.rooms.unloadAll();
      await first.autoVersions.stop();
      await first.close();

      const second = await createServerContext(config);
      try {
        expect(await second.registry.hasBoard('pgboard1')).toBe(true);
        const loaded = new Y.Doc();
        for (const update of await second.storage.load('pgboard1')) Y.applyUpdate(loaded, update);
        expect(readMeta(loaded).title).toBe('Kept in PostgreSQL');
        expect((await second.versionStorage.list('pgboard1')).map((v) => v.reason)).toEqual(['publish']);
        // Signed with the secret kept in the database, the links still open the board.
        expect(await second.access.check(tokens.writer, 'pgboard1')).toMatchObject({ ok: true });
      } finally {
        await second.rooms.unloadAll();
        await second.autoVersions.stop();
        await second.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
