import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Redis } from 'ioredis';
import type * as Y from 'yjs';
import { BoardAccess } from '../../auth/access';
import { openServerDatabase, type SqliteDatabase } from '../../storage/database';
import { SqliteBoardRegistry } from '../../storage/sqliteBoardRegistry';
import { SqliteDocStorage } from '../../storage/sqliteDocStorage';
import { startRedis, type TestRedis } from '../../testing/redisServer';
import { converged, eventually, FakeClient, sleep, startProcess, type TestProcess } from './relayHarness';
import { MAX_RELAYED_UPDATE_BYTES, roomChannel } from './redisRelay';
import { shareRevocations } from './revocations';

let redis: TestRedis;
let dir: string;
let db: SqliteDatabase;
/** One storage for every process, as PostgreSQL is in scale-out mode. */
let storage: SqliteDocStorage;
let processes: TestProcess[];
let clients: FakeClient[];

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.destroy();
});
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'beatboard-relay-test-'));
  db = openServerDatabase(dir);
  storage = new SqliteDocStorage(db);
  processes = [];
  clients = [];
});
afterEach(async () => {
  await redis.start();
  for (const client of clients) client.awareness.destroy();
  await Promise.all(processes.map((process) => process.close()));
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function start(count: number): Promise<TestProcess[]> {
  const started = await Promise.all(Array.from({ length: count }, () => startProcess(redis.url, storage)));
  processes.push(...started);
  return started;
}

async function connect(process: TestProcess, room = 'board'): Promise<FakeClient> {
  const client = await new FakeClient(process.rooms, room).connect();
  clients.push(client);
  return client;
}

const serverDoc = (process: TestProcess, room = 'board'): Y.Doc => process.rooms.get(room)!.doc;

/** One random edit: set or delete a key, or insert into or delete from a list. */
function randomEdit(client: FakeClient, label: string): void {
  const map = client.doc.getMap<string>('map');
  const list = client.doc.getArray<string>('list');
  const choice = Math.random();
  if (choice < 0.4) map.set(`k${Math.floor(Math.random() * 20)}`, label);
  else if (choice < 0.5 && map.size > 0) map.delete([...map.keys()][0]!);
  else if (choice < 0.9 || list.length === 0) list.insert(Math.floor(Math.random() * (list.length + 1)), [label]);
  else list.delete(Math.floor(Math.random() * list.length), 1);
}

describe('RedisRelay between server processes', () => {
  it('carries updates and awareness to every process; random concurrent edits converge with no loops', async () => {
    const started = await start(3);
    for (const process of started) for (let i = 0; i < 2; i++) await connect(process);
    for (const [i, client] of clients.entries()) client.awareness.setLocalState({ name: `client ${i}` });

    await Promise.all(
      clients.map(async (client, c) => {
        for (let i = 0; i < 40; i++) {
          randomEdit(client, `${c}.${i}`);
          if (Math.random() < 0.5) await sleep(Math.floor(Math.random() * 4));
        }
      }),
    );
    const docs = () => [...clients.map((client) => client.doc), ...started.map((process) => serverDoc(process))];
    await eventually(() => converged(docs()), 5000, 'the docs did not converge');
    expect(clients[0]!.doc.getArray('list').length).toBeGreaterThan(0);

    // Everyone's presence reaches every client, whichever process it is connected to.
    const ids = clients.map((client) => client.doc.clientID);
    await eventually(
      () => clients.every((client) => ids.every((id) => client.awareness.getStates().has(id))),
      3000,
      'awareness did not reach every client',
    );

    // Every process published at most what its clients sent, besides asking who is present
    // once and answering the others' asking, and nothing comes back around.
    const sent = (process: TestProcess) =>
      clients.filter((client) => client.room === process.rooms.get('board')).reduce((sum, client) => sum + client.sent, 0);
    for (const process of started) expect(process.published()).toBeLessThanOrEqual(sent(process) + started.length);
    const before = started.map((process) => process.published());
    await sleep(300);
    expect(started.map((process) => process.published())).toEqual(before);

    // A client that leaves one process leaves the others' presence too.
    const leaving = clients[0]!;
    leaving.leave();
    await eventually(
      () => clients.slice(2).every((client) => !client.awareness.getStates().has(leaving.doc.clientID)),
      3000,
      'a departed client stayed present on other processes',
    );
  });

  it('shows a room that loads later the clients already present on other processes', async () => {
    const [a, b] = await start(2);
    const present = await connect(a!);
    present.awareness.setLocalState({ name: 'early' });
    await eventually(() => a!.rooms.get('board')!.awareness.getStates().has(present.doc.clientID), 1000, 'no presence on a');
    await sleep(50);
    const late = await connect(b!);
    // Long before the early client's next renewal (15 s).
    await eventually(() => late.awareness.getStates().has(present.doc.clientID), 1000, 'the late room did not hear who is present');
    expect(late.awareness.getStates().get(present.doc.clientID)).toEqual({ name: 'early' });
  });

  it('catches up from storage at once when a sender skips a sequence number', async () => {
    const [a, b] = await start(2);
    const writer = await connect(a!);
    const reader = await connect(b!);
    const loads = vi.spyOn(storage, 'load');
    writer.doc.getMap('map').set('first', 1);
    await eventually(() => reader.doc.getMap('map').has('first'), 2000, 'the first update did not cross');

    a!.dropNextPublish();
    writer.doc.getMap('map').set('lost', 2);
    await sleep(150);
    expect(reader.doc.getMap('map').has('lost')).toBe(false);
    const loadsBefore = loads.mock.calls.length;
    // The next message numbers one past the lost one: b notices and reads storage.
    writer.doc.getMap('map').set('after', 3);
    await eventually(() => reader.doc.getMap('map').has('lost') && reader.doc.getMap('map').has('after'), 500, 'no catch-up after a gap');
    expect(loads.mock.calls.length).toBeGreaterThan(loadsBefore);
    expect(converged([writer.doc, reader.doc, serverDoc(a!), serverDoc(b!)])).toBe(true);
  });

  it('has the others catch up once a process whose publish failed is connected again', async () => {
    const [a, b] = await start(2);
    const writer = await connect(a!);
    const reader = await connect(b!);
    // The publishing connection alone is down (the subscribers are fine): its publish fails.
    const publish = a!.relay.commands.publish.bind(a!.relay.commands) as (channel: string, message: Buffer) => Promise<number>;
    const commands = a!.relay.commands as unknown as { publish: typeof publish };
    commands.publish = () => Promise.reject(new Error('Stream is not writeable'));
    writer.doc.getMap('map').set('unpublished', 1);
    await sleep(150);
    expect(reader.doc.getMap('map').has('unpublished')).toBe(false);
    // Its return: the room tells the others to read storage (nothing was queued meanwhile).
    commands.publish = publish;
    a!.relay.commands.emit('ready');
    await eventually(() => reader.doc.getMap('map').has('unpublished'), 1000, 'no resync after the publisher came back');
    expect(converged([writer.doc, reader.doc, serverDoc(a!), serverDoc(b!)])).toBe(true);
  });

  it('catches up when updates wait on a dependency that never came', async () => {
    const [a, b] = await start(2);
    const writer = await connect(a!);
    const reader = await connect(b!);
    // The first message of this sender is lost, so b cannot see a gap in its numbers; the
    // next update depends on the lost one and stays pending in b's doc until b catches up.
    a!.dropNextPublish();
    writer.doc.getMap('map').set('lost', 1);
    await sleep(150);
    writer.doc.getMap('map').set('after', 2);
    await sleep(300);
    expect(reader.doc.getMap('map').has('after')).toBe(false);
    await eventually(() => reader.doc.getMap('map').has('after'), 3000, 'pending updates never caught up');
    expect(converged([writer.doc, reader.doc, serverDoc(a!), serverDoc(b!)])).toBe(true);
  });

  it('loses nothing when Redis restarts mid-edit: every room converges once it is back', async () => {
    const [a, b] = await start(2);
    const rooms = ['board', 'board/notes'];
    for (const room of rooms) for (const process of [a!, b!]) for (let i = 0; i < 2; i++) await connect(process, room);
    const editing = Promise.all(
      clients.map(async (client, c) => {
        for (let i = 0; i < 60; i++) {
          client.doc.getMap('map').set(`${c}.${i}`, i);
          await sleep(10);
        }
      }),
    );
    await sleep(150);
    await redis.stop();
    const loads = vi.spyOn(storage, 'load');
    await sleep(300);
    // Meanwhile each process stored its own clients' edits, but heard nothing of the other's.
    const keys = (process: TestProcess) => new Set(serverDoc(process).getMap('map').keys());
    expect([...keys(a!)].some((key) => !keys(b!).has(key))).toBe(true);
    await redis.start();
    await editing;
    for (const room of rooms) {
      const docs = () => [
        ...clients.filter((client) => client.room.name === room).map((client) => client.doc),
        serverDoc(a!, room),
        serverDoc(b!, room),
      ];
      await eventually(() => converged(docs()), 8000, `room ${room} did not converge after Redis came back`);
      // Every edit of every client of the room is there.
      expect(docs()[0]!.getMap('map').size).toBe(4 * 60);
    }
    // They got there by reading storage again, not by anything queued while Redis was away.
    expect(loads.mock.calls.length).toBeGreaterThanOrEqual(2 * rooms.length);
  });

  it('has the others read a large update from storage instead of sending it through Redis', async () => {
    const [a, b] = await start(2);
    const writer = await connect(a!);
    const reader = await connect(b!);
    const sizes: number[] = [];
    const publish = a!.relay.commands.publish.bind(a!.relay.commands) as (channel: string, message: Buffer) => Promise<number>;
    (a!.relay.commands as unknown as { publish: typeof publish }).publish = (channel, message) => {
      sizes.push(message.byteLength);
      return publish(channel, message);
    };
    // Random text does not compress, so the update is as large as the text.
    writer.doc.getMap('map').set('big', randomBytes(MAX_RELAYED_UPDATE_BYTES).toString('base64'));
    await eventually(() => converged([writer.doc, reader.doc, serverDoc(a!), serverDoc(b!)]), 3000, 'the large update did not cross');
    expect(Math.max(...sizes)).toBeLessThan(1000);
  });

  it('passes a revocation on one process to the listeners of another within a second', async () => {
    const [a, b] = await start(2);
    const registry = new SqliteBoardRegistry(db);
    await registry.addBoard('board1');
    const accessA = new BoardAccess('relay-test-secret-0123456789', registry);
    const accessB = new BoardAccess('relay-test-secret-0123456789', registry);
    shareRevocations(accessA, a!.relay);
    shareRevocations(accessB, b!.relay);
    const heardA = vi.fn();
    const heardB = vi.fn();
    accessA.onRevoke(heardA);
    accessB.onRevoke(heardB);
    const sent = vi.spyOn(b!.relay.commands, 'eval');

    const revokedAt = await accessA.revoke('board1', 'writer');
    const startedAt = Date.now();
    await eventually(() => heardB.mock.calls.length > 0, 1000, 'the revocation did not reach the other process');
    expect(Date.now() - startedAt).toBeLessThan(1000);
    expect(heardB).toHaveBeenCalledWith('board1', 'writer', revokedAt);
    await sleep(200);
    // Heard once here, and not published back from there. (b may hear it twice, if its start-up
    // reading of recent revocations raced with it: harmless, a listener closes nothing twice.)
    expect(heardA).toHaveBeenCalledTimes(1);
    expect(heardB.mock.calls.every((call) => call.join() === ['board1', 'writer', revokedAt].join())).toBe(true);
    expect(sent).not.toHaveBeenCalled();
    const heardSoFar = heardB.mock.calls.length;

    // A revocation made while b's subscription is down reaches b once it is back.
    const subscriber = (b!.relay as unknown as { subscriber: Redis }).subscriber;
    const ended = new Promise((resolve) => subscriber.once('end', resolve));
    subscriber.disconnect();
    await ended;
    const revokedLater = await accessA.revoke('board1', 'viewer');
    await sleep(200);
    expect(heardB).toHaveBeenCalledTimes(heardSoFar);
    await subscriber.connect();
    await eventually(() => heardB.mock.calls.length > heardSoFar, 2000, 'a missed revocation was not read back');
    expect(heardB).toHaveBeenLastCalledWith('board1', 'viewer', revokedLater);
  });

  it('unsubscribes a room when it unloads, and answers health checks only while Redis is up', async () => {
    const [a] = await start(1);
    const client = await connect(a!);
    const count = async () => ((await a!.relay.commands.pubsub('NUMSUB', roomChannel('board'))) as [string, number])[1];
    expect(await count()).toBe(1);
    client.leave();
    await eventually(async () => (await count()) === 0 && a!.rooms.loadedCount === 0, 2000, 'the room stayed subscribed');

    await redis.stop();
    await expect(a!.relay.ping()).rejects.toThrow();
    await redis.start();
    await eventually(() => a!.relay.ping().then(() => true, () => false), 3000, 'the relay did not come back');
  });
});
