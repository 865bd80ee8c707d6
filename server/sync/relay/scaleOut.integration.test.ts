import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoardAccess } from '../../auth/access';
import { openServerDatabase, type SqliteDatabase } from '../../storage/database';
import { SqliteBoardRegistry } from '../../storage/sqliteBoardRegistry';
import { SqliteDocStorage } from '../../storage/sqliteDocStorage';
import { startRedis, type TestRedis } from '../../testing/redisServer';
import { closeOf, connectClient, destroyAllClients, rawSocket, waitFor, whenSynced } from '../../testing/syncHarness';
import { Rooms } from '../rooms';
import { attachSync, CLOSE_REVOKED, type SyncTransport } from '../transport';
import { RedisRelay } from './redisRelay';
import { shareRevocations } from './revocations';

const SECRET = 'scale-out-test-secret-0123456789';
const quiet = { warn: () => undefined };
const limits = {
  graceMs: 50, maxDocBytes: 1 << 30, maxLogUpdates: 10_000, maxAwarenessBytes: 16 * 1024, awarenessPerSecond: 30,
};

interface Process {
  access: BoardAccess;
  syncUrl: string;
  close(): Promise<void>;
}

let redis: TestRedis;
let dir: string;
let db: SqliteDatabase;
let processes: Process[];

/** One server process: its own relay, rooms, access checks and websocket server; storage is shared. */
async function startProcess(storage: SqliteDocStorage, registry: SqliteBoardRegistry): Promise<Process> {
  const relay = new RedisRelay(redis.url, quiet);
  const access = new BoardAccess(SECRET, registry);
  const stopSharing = shareRevocations(access, relay);
  const rooms = new Rooms(storage, limits, quiet, {}, relay);
  const server: Server = createServer();
  const sync: SyncTransport = attachSync(server, {
    access, rooms, maxFrameBytes: 1 << 24, maxSocketsPerAddress: 100, maxSocketsPerToken: 100, log: quiet,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  for (let i = 0; ; i++) {
    try {
      await relay.ping();
      break;
    } catch (error) {
      if (i > 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  return {
    access,
    syncUrl: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/sync`,
    async close() {
      sync.closeAll();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await rooms.unloadAll();
      stopSharing();
      await relay.close();
    },
  };
}

beforeAll(async () => {
  redis = await startRedis();
  dir = mkdtempSync(path.join(tmpdir(), 'beatboard-scale-out-test-'));
  db = openServerDatabase(dir);
  const storage = new SqliteDocStorage(db);
  const registry = new SqliteBoardRegistry(db);
  await registry.addBoard('board1');
  processes = [await startProcess(storage, registry), await startProcess(storage, registry)];
});

afterAll(async () => {
  destroyAllClients();
  await Promise.all(processes.map((process) => process.close()));
  db.close();
  rmSync(dir, { recursive: true, force: true });
  await redis.destroy();
});

describe('scale-out: two server processes behind one Redis', () => {
  it('y-websocket clients on different processes edit one board together', async () => {
    const [a, b] = processes;
    const token = await a!.access.issue('board1', 'writer');
    const one = connectClient(a!.syncUrl, 'board1', token);
    const two = connectClient(b!.syncUrl, 'board1', token);
    await Promise.all([whenSynced(one), whenSynced(two)]);
    one.doc.getMap('shots').set('s1', 'from a');
    two.doc.getMap('shots').set('s2', 'from b');
    await waitFor(() => one.doc.getMap('shots').size === 2 && two.doc.getMap('shots').size === 2, 3000, 'edits to cross');
    one.provider.awareness.setLocalState({ name: 'one' });
    await waitFor(() => two.provider.awareness.getStates().get(one.doc.clientID)?.name === 'one', 3000, 'presence to cross');
  });

  it('a link revoked on one process closes its sockets on the other within a second', async () => {
    const [a, b] = processes;
    const token = await a!.access.issue('board1', 'director');
    const opened = await rawSocket(`${b!.syncUrl}/board1?token=${encodeURIComponent(token)}`);
    if (!('socket' in opened)) throw new Error(`upgrade refused: ${opened.status}`);
    const closed = closeOf(opened.socket, 1000);
    await a!.access.revoke('board1', 'director');
    expect(await closed).toBe(CLOSE_REVOKED);
  });
});
