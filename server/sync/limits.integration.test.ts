import { randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import {
  connectClient, destroyAllClients, pause, startTestServer, waitFor, whenSynced, type TestServer,
} from '../testing/syncHarness';
import { encodeAwareness, encodeUpdate } from './protocol';
import { CLOSE_DOC_TOO_LARGE } from './roomContract';
import { CLOSE_CODED_REFUSALS, CLOSE_TOO_MANY_SOCKETS, CUT_OFF_MS, TOO_MANY_FROM_ADDRESS, TOO_MANY_WITH_LINK } from './transport';

afterEach(() => destroyAllClients());

/** A socket opened from a given local address (all of 127.0.0.0/8 is this machine's loopback). */
function openFrom(url: string, localAddress = '127.0.0.1', headers: Record<string, string> = {}) {
  const socket = new WebSocket(url, { localAddress, headers });
  const received: Uint8Array[] = [];
  socket.binaryType = 'arraybuffer';
  socket.on('message', (data: ArrayBuffer) => received.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, received, closed, opened };
}

/** The status of `GET /healthz` made from `localAddress`, or 'refused' when the connection is closed unanswered. */
function healthFrom(syncUrl: string, localAddress: string): Promise<number | 'refused'> {
  const url = new URL(syncUrl.replace(/^ws/, 'http'));
  return new Promise((resolve) => {
    const request = http.get({ host: url.hostname, port: url.port, path: '/healthz', localAddress }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', () => resolve('refused'));
  });
}

/** True when the socket is open and has received the server's greeting (its sync step 1). */
async function stillServed(socket: ReturnType<typeof openFrom>): Promise<boolean> {
  await socket.opened;
  await waitFor(() => socket.received.length > 0, 5000, 'the server greeting');
  await pause(100);
  return socket.socket.readyState === WebSocket.OPEN;
}

describe('sockets per client address', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ BEATBOARD_MAX_SOCKETS_PER_ADDRESS: '3', BEATBOARD_MAX_SOCKETS_PER_TOKEN: '100' });
  });
  afterAll(() => server.stop());

  it('closes the socket past the cap with 4429 while another address still connects', async () => {
    const board = await server.createBoard('Crowded');
    const url = `${server.syncUrl}/${board.id}?token=${board.tokens.writer}`;
    const first = [0, 1, 2].map(() => openFrom(url));
    for (const socket of first) expect(await stillServed(socket)).toBe(true);

    const extra = openFrom(url);
    expect(await extra.closed).toEqual({ code: CLOSE_TOO_MANY_SOCKETS, reason: TOO_MANY_FROM_ADDRESS });
    // It never joined the room: nothing of the board was sent to it.
    expect(extra.received).toHaveLength(0);

    const elsewhere = openFrom(url, '127.0.0.2');
    expect(await stillServed(elsewhere)).toBe(true);
    for (const socket of first) expect(socket.socket.readyState).toBe(WebSocket.OPEN);

    // A socket that closes frees its place.
    first[0]!.socket.close();
    await first[0]!.closed;
    await pause(50);
    const again = openFrom(url);
    expect(await stillServed(again)).toBe(true);
    for (const socket of [...first, elsewhere, again]) socket.socket.close();
  });

  it('cuts a flood past the cap off before any handshake, once the address has had its 4429s, and shuts the address out for a moment', async () => {
    const board = await server.createBoard('Flooded');
    const url = `${server.syncUrl}/${board.id}?token=${board.tokens.writer}`;
    const address = '127.0.0.4';
    const kept = [0, 1, 2].map(() => openFrom(url, address));
    for (const socket of kept) expect(await stillServed(socket)).toBe(true);

    const ends: string[] = [];
    for (let i = 0; i < CLOSE_CODED_REFUSALS + 10; i++) {
      const attempt = openFrom(url, address);
      attempt.opened.catch(() => undefined);
      ends.push(
        await new Promise<string>((resolve) => {
          // A socket cut off during its handshake errors (then closes with 1006).
          attempt.socket.once('error', () => resolve('cut'));
          attempt.socket.once('close', (code) => resolve(`close ${code}`));
        }),
      );
    }
    // The first ones are told why, with the close code a browser can read; the rest are cut off.
    expect(ends.slice(0, CLOSE_CODED_REFUSALS)).toEqual(Array(CLOSE_CODED_REFUSALS).fill(`close ${CLOSE_TOO_MANY_SOCKETS}`));
    expect(ends.slice(CLOSE_CODED_REFUSALS)).toEqual(Array(10).fill('cut'));

    // The sockets under the cap carry on, and other addresses connect as before.
    for (const socket of kept) expect(socket.socket.readyState).toBe(WebSocket.OPEN);
    const elsewhere = openFrom(url, '127.0.0.5');
    expect(await stillServed(elsewhere)).toBe(true);
    // For a short while the flooding address gets no new connection of any kind; then it does.
    expect(await healthFrom(server.syncUrl, address)).toBe('refused');
    expect(await healthFrom(server.syncUrl, '127.0.0.5')).toBe(200);
    await pause(CUT_OFF_MS + 100);
    expect(await healthFrom(server.syncUrl, address)).toBe(200);
    for (const socket of [...kept, elsewhere]) socket.socket.close();
  });
});

describe('sockets per client address behind a trusted proxy', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      BEATBOARD_MAX_SOCKETS_PER_ADDRESS: '2', BEATBOARD_MAX_SOCKETS_PER_TOKEN: '100', BEATBOARD_TRUSTED_PROXIES: '127.0.0.1',
    });
  });
  afterAll(() => server.stop());

  it('counts the forwarded client address, and only from the trusted proxy', async () => {
    const board = await server.createBoard('Proxied');
    const url = `${server.syncUrl}/${board.id}?token=${board.tokens.writer}`;
    const from = (client: string, peer = '127.0.0.1') => openFrom(url, peer, { 'X-Forwarded-For': client });
    const first = [from('198.51.100.1'), from('198.51.100.1')];
    for (const socket of first) expect(await stillServed(socket)).toBe(true);
    expect(await from('198.51.100.1').closed).toEqual({ code: CLOSE_TOO_MANY_SOCKETS, reason: TOO_MANY_FROM_ADDRESS });
    // Another client behind the same proxy has its own budget.
    const other = from('198.51.100.2');
    expect(await stillServed(other)).toBe(true);
    // A peer that is not the proxy cannot pick its address with the header: both count as 127.0.0.3.
    const untrusted = [from('203.0.113.1', '127.0.0.3'), from('203.0.113.2', '127.0.0.3')];
    for (const socket of untrusted) expect(await stillServed(socket)).toBe(true);
    expect(await from('203.0.113.3', '127.0.0.3').closed).toEqual({ code: CLOSE_TOO_MANY_SOCKETS, reason: TOO_MANY_FROM_ADDRESS });
    for (const socket of [...first, other, ...untrusted]) socket.socket.close();
  });
});

describe('sockets per link', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ BEATBOARD_MAX_SOCKETS_PER_ADDRESS: '100', BEATBOARD_MAX_SOCKETS_PER_TOKEN: '2' });
  });
  afterAll(() => server.stop());

  it('closes the socket past the cap with 4429 while another link still connects', async () => {
    const board = await server.createBoard('Shared link');
    const writerUrl = `${server.syncUrl}/${board.id}?token=${board.tokens.writer}`;
    const sockets = [openFrom(writerUrl), openFrom(`${server.syncUrl}/${board.id}/notes?token=${board.tokens.writer}`)];
    for (const socket of sockets) expect(await stillServed(socket)).toBe(true);
    const extra = openFrom(writerUrl);
    expect(await extra.closed).toEqual({ code: CLOSE_TOO_MANY_SOCKETS, reason: TOO_MANY_WITH_LINK });
    const viewer = openFrom(`${server.syncUrl}/${board.id}?token=${board.tokens.viewer}`);
    expect(await stillServed(viewer)).toBe(true);
    for (const socket of [...sockets, viewer]) socket.socket.close();
  });
});

describe('a board at its size limit', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ BEATBOARD_MAX_DOC_BYTES: String(64 * 1024) });
  });
  afterAll(() => server.stop());

  const blob = (bytes: number) => new Uint8Array(randomBytes(bytes));

  it('stops the writer with 4413, keeps what was stored, and holds after a restart', async () => {
    const board = await server.createBoard('Nearly full');
    const writer = connectClient(server.syncUrl, board.id, board.tokens.writer);
    await whenSynced(writer);
    const closes: number[] = [];
    writer.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    // Earlier content: three pieces that fit (about 48 KiB of 64).
    for (let i = 0; i < 3; i++) writer.doc.getMap('pieces').set(`p${i}`, blob(16 * 1024));
    writer.doc.getMap('meta').set('title', 'Before the limit');
    const reader = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    await waitFor(() => reader.doc.getMap('pieces').size === 3, 5000, 'the pieces to reach a reader');

    // One more piece would pass the limit: the writer's socket is closed with 4413.
    writer.doc.getMap('pieces').set('p3', blob(20 * 1024));
    await waitFor(() => closes.includes(CLOSE_DOC_TOO_LARGE), 5000, 'the writer to be stopped');
    // It does not reconnect on its own (4400-4499 are final for the provider).
    await pause(500);
    expect(writer.provider.wsconnected).toBe(false);

    // The room goes on: another writer's small edit reaches a fresh client, which has the
    // earlier content and not the refused piece.
    const other = connectClient(server.syncUrl, board.id, board.tokens.writer);
    await whenSynced(other);
    other.doc.getMap('meta').set('note', 'still live');
    const fresh = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    await waitFor(() => fresh.doc.getMap('meta').get('note') === 'still live', 5000, 'the edit to reach a fresh client');
    expect(fresh.doc.getMap('meta').get('title')).toBe('Before the limit');
    expect([...fresh.doc.getMap('pieces').keys()].sort()).toEqual(['p0', 'p1', 'p2']);
    expect(readPiece(fresh.doc, 'p1')).toEqual(readPiece(writer.doc, 'p1'));

    // After a restart the room's size is read back from storage: the limit still holds.
    destroyAllClients();
    server = await server.restart();
    const again = connectClient(server.syncUrl, board.id, board.tokens.writer);
    await whenSynced(again);
    expect([...again.doc.getMap('pieces').keys()].sort()).toEqual(['p0', 'p1', 'p2']);
    const closedAgain: number[] = [];
    again.provider.on('connection-close', (event) => closedAgain.push(event?.code ?? 0));
    again.doc.getMap('pieces').set('p4', blob(20 * 1024));
    await waitFor(() => closedAgain.includes(CLOSE_DOC_TOO_LARGE), 5000, 'the limit to hold after a restart');
    const last = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    await whenSynced(last);
    expect([...last.doc.getMap('pieces').keys()].sort()).toEqual(['p0', 'p1', 'p2']);
  }, 30_000);
});

function readPiece(doc: Y.Doc, key: string): Buffer {
  return Buffer.from(doc.getMap('pieces').get(key) as Uint8Array);
}

describe('the update log', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ BEATBOARD_MAX_LOG_UPDATES: '20' });
  });
  afterAll(() => server.stop());

  it('is folded before it grows past BEATBOARD_MAX_LOG_UPDATES, losing nothing', async () => {
    const board = await server.createBoard('Busy room');
    const db = new Database(path.join(server.dataDir, 'beatboard.sqlite'), { readonly: true });
    const logLength = db.prepare('SELECT COUNT(*) FROM doc_updates WHERE room = ?').pluck();
    const writer = openFrom(`${server.syncUrl}/${board.id}?token=${board.tokens.writer}`);
    await writer.opened;
    const source = new Y.Doc();
    let longest = 0;
    // 400 updates, a few at a time, so appends are still in flight when the next arrive.
    for (let i = 0; i < 400; i++) {
      const before = Y.encodeStateVector(source);
      source.getMap('edits').set(`e${i}`, i);
      writer.socket.send(encodeUpdate(Y.encodeStateAsUpdate(source, before)));
      if (i % 4 === 3) {
        await pause(2);
        longest = Math.max(longest, logLength.get(board.id) as number);
      }
    }
    const reader = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    await waitFor(() => reader.doc.getMap('edits').size === 400, 10_000, 'every edit to be relayed');
    await pause(100);
    longest = Math.max(longest, logLength.get(board.id) as number);
    db.close();
    // The limit, plus at most what arrives while a fold waits for its turn.
    expect(longest).toBeLessThanOrEqual(40);

    destroyAllClients();
    writer.socket.close();
    server = await server.restart();
    const reopened = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    await waitFor(() => reopened.doc.getMap('edits').size === 400, 5000, 'the stored edits after a restart');
  }, 30_000);
});

describe('awareness', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ BEATBOARD_AWARENESS_PER_SECOND: '30', BEATBOARD_MAX_AWARENESS_BYTES: String(16 * 1024) });
  });
  afterAll(() => server.stop());

  /** A raw socket speaking for one awareness client, and a client watching what reaches the room. */
  async function presenceSetup() {
    const board = await server.createBoard('Presence');
    const observer = connectClient(server.syncUrl, board.id, board.tokens.viewer);
    await whenSynced(observer);
    const sender = openFrom(`${server.syncUrl}/${board.id}?token=${board.tokens.writer}`);
    await sender.opened;
    const awareness = new Awareness(new Y.Doc());
    const senderId = awareness.clientID;
    const seen: unknown[] = [];
    observer.provider.awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
      if ([...added, ...updated].includes(senderId)) seen.push(observer.provider.awareness.getStates().get(senderId));
    });
    const publish = (state: Record<string, unknown>) => {
      awareness.setLocalState(state);
      sender.socket.send(encodeAwareness(encodeAwarenessUpdate(awareness, [senderId])));
    };
    return { observer, sender, senderId, seen, publish };
  }

  it('throttles a flood to the per-socket rate and still delivers the last state', async () => {
    const { sender, seen, publish } = await presenceSetup();
    const started = Date.now();
    for (let n = 1; n <= 500; n++) publish({ n });
    await waitFor(() => (seen.at(-1) as { n?: number } | undefined)?.n === 500, 5000, 'the last state to arrive');
    const seconds = (Date.now() - started) / 1000;
    // A burst of 30 and 30 a second after it, not 500.
    expect(seen.length).toBeLessThanOrEqual(30 + Math.ceil(seconds * 30) + 1);
    expect(seen.length).toBeLessThan(100);
    expect(sender.socket.readyState).toBe(WebSocket.OPEN);
    sender.socket.close();
  });

  it('drops an oversized awareness state, keeping the socket', async () => {
    const { sender, seen, publish } = await presenceSetup();
    publish({ n: 1 });
    await waitFor(() => seen.length === 1, 5000, 'the first state');
    publish({ n: 2, selection: 'x'.repeat(20 * 1024) });
    await pause(300);
    expect(seen).toHaveLength(1);
    publish({ n: 3 });
    await waitFor(() => (seen.at(-1) as { n?: number } | undefined)?.n === 3, 5000, 'a later small state');
    expect(seen.some((state) => (state as { n?: number }).n === 2)).toBe(false);
    expect(sender.socket.readyState).toBe(WebSocket.OPEN);
    sender.socket.close();
  });
});
