// Scale-out mode end to end: several real server processes sharing one real PostgreSQL and
// one real Redis, started here on loopback ports; y-websocket clients in this process.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { freePort } from '../../e2e/support/free-port';
import { openPgStores } from '../storage/postgres/pgStores';
import { startNginx } from '../testing/nginxServer';
import type { TestPostgres } from '../testing/postgresServer';
import type { TestRedis } from '../testing/redisServer';
import { startScaleOutServices, type ScaleOutServices } from '../testing/scaleOutServices';
import { killAllServerProcesses, startServerProcess, type ServerProcess } from '../testing/serverProcess';
import {
  connectClient, destroyAllClients, pause, rawSocket, waitFor, whenSynced, type CreatedBoard, type TestClient,
} from '../testing/syncHarness';
import { CLOSE_REVOKED } from './transport';

let services: ScaleOutServices;
let postgres: TestPostgres;
let redis: TestRedis;

beforeAll(async () => {
  services = await startScaleOutServices();
  ({ postgres, redis } = services);
}, 60_000);
afterEach(() => destroyAllClients());
afterAll(async () => {
  destroyAllClients();
  await killAllServerProcesses();
  await services?.stop();
});

/** Server processes in scale-out mode on this database and the shared Redis, on the given ports or free ones. */
function startProcesses(databaseUrl: string, count: number, env: Record<string, string> = {}, ports: number[] = []): Promise<ServerProcess[]> {
  return Promise.all(
    Array.from({ length: count }, (_, index) =>
      startServerProcess({
        BEATBOARD_DATABASE_URL: databaseUrl,
        BEATBOARD_REDIS_URL: redis.url,
        DATA_DIR: mkdtempSync(path.join(tmpdir(), 'beatboard-scale-out-')),
        BEATBOARD_ROOM_GRACE_MS: '50',
        BEATBOARD_CREATE_LIMIT: '1000',
        ...(ports[index] ? { PORT: String(ports[index]) } : {}),
        ...env,
      }),
    ),
  );
}

/** A cluster of its own: a fresh database, and `count` processes on it. */
async function startCluster(count: number, env: Record<string, string> = {}, ports: number[] = []): Promise<{ processes: ServerProcess[]; databaseUrl: string }> {
  const databaseUrl = await postgres.freshDatabase();
  return { processes: await startProcesses(databaseUrl, count, env, ports), databaseUrl };
}

async function createBoard(baseUrl: string, title: string): Promise<CreatedBoard> {
  const response = await fetch(new URL('/api/boards', baseUrl), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title }),
  });
  if (response.status !== 201) throw new Error(`create board: ${response.status} ${await response.text()}`);
  return (await response.json()) as CreatedBoard;
}

/** The room as PostgreSQL holds it, read without any server process. */
async function storedDoc(databaseUrl: string, room: string): Promise<Y.Doc> {
  const stores = await openPgStores(databaseUrl);
  try {
    const doc = new Y.Doc();
    for (const update of await stores.docs.load(room)) Y.applyUpdate(doc, update);
    return doc;
  } finally {
    await stores.close();
  }
}

/** True when `doc` holds everything `seen` holds. */
function covers(doc: Y.Doc, seen: Uint8Array): boolean {
  const seenDoc = new Y.Doc();
  Y.applyUpdate(seenDoc, seen);
  const missing = Y.encodeStateAsUpdate(seenDoc, Y.encodeStateVector(doc));
  return Y.decodeUpdate(missing).structs.length === 0;
}

/** The edits map as sorted entries: clients apply updates in different orders, so keys come in different orders. */
const editsOf = (doc: Y.Doc) => JSON.stringify([...doc.getMap('edits').entries()].sort(([a], [b]) => a.localeCompare(b)));
const sameState = (clients: TestClient[]) => clients.every((client) => editsOf(client.doc) === editsOf(clients[0]!.doc));

/** Each client sets keys of its own and overwrites shared ones, every few milliseconds. */
function editRandomly(clients: TestClient[], name: string) {
  let round = 0;
  const timer = setInterval(() => {
    round++;
    for (const [index, client] of clients.entries()) {
      if (!client.provider.wsconnected || Math.random() < 0.3) continue;
      const edits = client.doc.getMap('edits');
      edits.set(`${name}-${index}-${round}`, round);
      edits.set(`shared-${round % 5}`, `${index}@${round}`);
    }
  }, 15);
  return { stop: () => clearInterval(timer), rounds: () => round };
}

describe('scale-out mode', () => {
  it('converges 30 clients spread over 3 processes in 3 rooms, and stores what every client has', async () => {
    const { processes, databaseUrl } = await startCluster(3);
    const boards = await Promise.all([0, 1, 2].map((index) => createBoard(processes[index]!.url, `Room ${index}`)));
    const rooms = boards.map((board, room) =>
      Array.from({ length: 10 }, (_, index) => connectClient(processes[(index + room) % 3]!.syncUrl, board.id, board.tokens.writer)),
    );
    await Promise.all(rooms.flat().map((client) => whenSynced(client, 15_000)));

    const editing = rooms.map((clients, room) => editRandomly(clients, `r${room}`));
    // Counted in rounds, not seconds: a busy machine runs fewer rounds in a given time.
    await waitFor(() => editing.every((edits) => edits.rounds() >= 200), 30_000, '200 rounds of edits in every room');
    for (const edits of editing) edits.stop();

    for (const [room, clients] of rooms.entries()) {
      await waitFor(() => sameState(clients), 15_000, `room ${room}'s 10 clients to converge`);
      expect(clients[0]!.doc.getMap('edits').size).toBeGreaterThan(100);
    }
    // Every process has stored what its clients sent: PostgreSQL holds each client's state.
    await pause(300);
    for (const [room, clients] of rooms.entries()) {
      const stored = await storedDoc(databaseUrl, boards[room]!.id);
      for (const client of clients) expect(covers(stored, Y.encodeStateAsUpdate(client.doc))).toBe(true);
      expect(editsOf(stored)).toEqual(editsOf(clients[0]!.doc));
    }
  }, 90_000);

  it('moves the clients of a process killed with SIGKILL to another through nginx, losing nothing any client saw', async () => {
    // Only the first process runs at first, so nginx sends every client to it; the second
    // starts on its reserved port before the first is killed.
    const ports = [await freePort(), await freePort()];
    const proxied = { BEATBOARD_TRUSTED_PROXIES: '127.0.0.1' };
    const { processes: [first], databaseUrl } = await startCluster(1, proxied, ports);
    const nginx = await startNginx(ports);
    try {
      const board = await createBoard(nginx.url, 'Survives a crash');
      const writers = [0, 1, 2].map(() => connectClient(nginx.syncUrl, board.id, board.tokens.writer));
      await Promise.all(writers.map((client) => whenSynced(client, 10_000)));
      const [second] = await startProcesses(databaseUrl, 1, proxied, [ports[1]!]);

      const editing = editRandomly(writers, 'w');
      await waitFor(() => writers[0]!.doc.getMap('edits').size > 60, 10_000, 'edits to flow');
      const killed = first!.kill();
      const seen = writers.map((client) => Y.encodeStateAsUpdate(client.doc));
      await killed;
      // The clients reconnect through nginx, to the second process, and go on editing.
      await waitFor(() => writers.every((client) => client.provider.wsconnected && client.provider.synced), 20_000, 'the clients to reconnect').catch(
        (error: unknown) => {
          throw new Error(`${String(error)}\n${writers.map((client) => `${client.provider.wsconnected}/${client.provider.synced}`).join(' ')}\nsecond process:\n${second!.output().slice(-3000)}\nnginx:\n${nginx.errors().slice(-3000)}`);
        },
      );
      await pause(500);
      editing.stop();
      await waitFor(() => sameState(writers), 15_000, 'the writers to converge on the second process');

      await pause(300);
      const stored = await storedDoc(databaseUrl, board.id);
      for (const state of seen) expect(covers(stored, state)).toBe(true);
      for (const client of writers) expect(covers(stored, Y.encodeStateAsUpdate(client.doc))).toBe(true);
      expect(second!.output()).not.toMatch(/could not store/);
    } finally {
      destroyAllClients();
      await nginx.stop();
    }
  }, 90_000);

  it('converges the rooms after Redis restarts mid-edit, losing nothing', async () => {
    const { processes, databaseUrl } = await startCluster(2);
    const board = await createBoard(processes[0]!.url, 'Redis restarts');
    const clients = [0, 1, 2, 3].map((index) => connectClient(processes[index % 2]!.syncUrl, board.id, board.tokens.writer));
    await Promise.all(clients.map((client) => whenSynced(client, 10_000)));
    const editing = editRandomly(clients, 'c');
    await pause(500);
    await redis.stop();
    await pause(1000);
    await redis.start();
    await pause(500);
    editing.stop();
    await waitFor(() => sameState(clients), 20_000, 'the clients on both processes to converge after Redis returned');
    await pause(300);
    const stored = await storedDoc(databaseUrl, board.id);
    expect(editsOf(stored)).toEqual(editsOf(clients[0]!.doc));
  }, 60_000);

  it('refuses writes with a clear status while PostgreSQL is down, and loses nothing acknowledged', async () => {
    const { processes: [a, b], databaseUrl } = await startCluster(2);
    const board = await createBoard(a!.url, 'Database down');
    const writer = connectClient(a!.syncUrl, board.id, board.tokens.writer);
    const reader = connectClient(b!.syncUrl, board.id, board.tokens.viewer);
    await Promise.all([whenSynced(writer), whenSynced(reader)]);
    writer.doc.getMap('edits').set('before', 1);
    await waitFor(() => reader.doc.getMap('edits').has('before'), 5000, 'the first edit to reach the reader');

    const closes: number[] = [];
    writer.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    await postgres.stop();
    try {
      writer.doc.getMap('edits').set('during', 2);
      await waitFor(() => closes.includes(1011), 15_000, 'the writer to be told the change was not stored (1011)');
      // Not acknowledged, so not relayed: the reader never saw it.
      expect(reader.doc.getMap('edits').has('during')).toBe(false);
      const health = await fetch(new URL('/healthz', a!.url));
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ ok: false, message: expect.stringMatching(/PostgreSQL/) });
      const access = await fetch(new URL(`/api/boards/${board.id}/access`, b!.url), { headers: { Authorization: `Bearer ${board.tokens.viewer}` } });
      expect(access.status).toBe(503);
      expect(await access.json()).toMatchObject({ error: 'unavailable' });
    } finally {
      await postgres.start();
    }
    // The writer's provider resends what the server never stored, once it can store it.
    await waitFor(() => reader.doc.getMap('edits').has('during'), 30_000, 'the refused edit to arrive once PostgreSQL is back');
    expect((await fetch(new URL('/healthz', a!.url))).status).toBe(200);
    const stored = await storedDoc(databaseUrl, board.id);
    expect(stored.getMap('edits').toJSON()).toEqual({ before: 1, during: 2 });
  }, 90_000);

  it('closes the sockets of a link revoked on another process within a second', async () => {
    const { processes: [a, b] } = await startCluster(2);
    const board = await createBoard(a!.url, 'Revoked elsewhere');
    const opened = await rawSocket(`${b!.syncUrl}/${board.id}?token=${board.tokens.writer}`);
    if (!('socket' in opened)) throw new Error(`the socket was refused (${opened.status})`);
    const closed = new Promise<{ code: number; at: number }>((resolve) =>
      opened.socket.once('close', (code) => resolve({ code, at: performance.now() })),
    );
    const revokedAt = performance.now();
    const revoke = await fetch(new URL(`/api/boards/${board.id}/links/writer/revoke`, a!.url), {
      method: 'POST',
      headers: { Authorization: `Bearer ${board.tokens.owner}` },
    });
    expect(revoke.status).toBe(200);
    const { code, at } = await closed;
    expect(code).toBe(CLOSE_REVOKED);
    expect(at - revokedAt).toBeLessThan(1000);
  }, 30_000);

  it('holds the board-creation limit across processes', async () => {
    // The requests come as if through a proxy, from an address of their own: the other tests
    // (sharing this Redis) created boards from 127.0.0.1 in the same minute.
    const { processes: [a, b] } = await startCluster(2, { BEATBOARD_CREATE_LIMIT: '3', BEATBOARD_TRUSTED_PROXIES: '127.0.0.1' });
    const client = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
    const statuses: number[] = [];
    for (const server of [a, b, a, b]) {
      const response = await fetch(new URL('/api/boards', server!.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
        body: JSON.stringify({ title: 'One more' }),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
  }, 30_000);
});
