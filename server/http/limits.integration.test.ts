import { createHash, randomBytes } from 'node:crypto';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/syncHarness';

/** A PNG by its first bytes (all the server checks), `bytes` long, and its asset id. */
function fakePng(bytes: number): { body: Uint8Array; id: string } {
  const body = new Uint8Array(randomBytes(bytes));
  body.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return { body, id: createHash('sha256').update(body).digest('hex') };
}

describe('the image quota of a board', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ BEATBOARD_MAX_BOARD_ASSET_BYTES: '3000' });
  });
  afterAll(() => server.stop());

  const upload = (target: TestServer, boardId: string, token: string, image: { body: Uint8Array; id: string }) =>
    target.api(`/api/boards/${boardId}/assets/${image.id}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'image/png' },
      body: image.body as Uint8Array<ArrayBuffer>,
    });

  it('refuses an upload past the quota with 413, counting what the board stored, after a restart too', async () => {
    const board = await server.createBoard('Images');
    const [a, b, c] = [fakePng(1200), fakePng(1200), fakePng(1200)];
    expect((await upload(server, board.id, board.tokens.writer, a!)).status).toBe(201);
    expect((await upload(server, board.id, board.tokens.writer, b!)).status).toBe(201);
    const refused = await upload(server, board.id, board.tokens.writer, c!);
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ error: 'quota_exceeded', message: expect.stringContaining('in all') });
    // Nothing of it was kept, and what was stored is still served.
    const asViewer = { headers: { Authorization: `Bearer ${board.tokens.viewer}` } };
    expect((await server.api(`/api/boards/${board.id}/assets/${c!.id}`, asViewer)).status).toBe(404);
    expect((await server.api(`/api/boards/${board.id}/assets/${a!.id}`, asViewer)).status).toBe(200);
    // An image the board has already is not counted twice.
    expect((await upload(server, board.id, board.tokens.writer, a!)).status).toBe(200);
    // Another board has its own quota, even for the same image.
    const other = await server.createBoard('Other');
    expect((await upload(server, other.id, other.tokens.writer, c!)).status).toBe(201);

    server = await server.restart();
    expect((await upload(server, board.id, board.tokens.writer, c!)).status).toBe(413);
  });

  it('lets parallel uploads together take no more than the quota', async () => {
    const board = await server.createBoard('Parallel');
    const images = Array.from({ length: 6 }, () => fakePng(1000));
    const statuses = await Promise.all(images.map((image) => upload(server, board.id, board.tokens.writer, image).then((r) => r.status)));
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 413)).toHaveLength(3);
  });
});

describe('request limits and timeouts', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ BEATBOARD_HEADERS_TIMEOUT_MS: '1000', BEATBOARD_MAX_JSON_BYTES: '4096' });
  });
  afterAll(() => server.stop());

  it('drops a client sending its headers slowly within the headers timeout, serving others meanwhile', async () => {
    const port = server.running.port;
    const slow = net.connect(port, '127.0.0.1');
    await new Promise((resolve) => slow.once('connect', resolve));
    const started = Date.now();
    const closed = new Promise<number>((resolve) => slow.once('close', () => resolve(Date.now() - started)));
    slow.on('error', () => undefined);
    slow.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    // One header line every 200 ms, never the blank line that ends them.
    const drip = setInterval(() => {
      if (!slow.destroyed) slow.write(`X-Drip-${Date.now()}: 1\r\n`);
    }, 200);
    try {
      const served = await Promise.all(Array.from({ length: 5 }, () => server.api('/healthz').then((r) => r.status)));
      expect(served).toEqual([200, 200, 200, 200, 200]);
      const after = await closed;
      expect(after).toBeGreaterThanOrEqual(900);
      expect(after).toBeLessThan(2500);
    } finally {
      clearInterval(drip);
      slow.destroy();
    }
  });

  it('refuses a JSON body over BEATBOARD_MAX_JSON_BYTES with 413', async () => {
    const big = await server.api('/api/boards', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'x', padding: 'y'.repeat(8000) }),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ error: 'too_large' });
    // Without a Content-Length too (streamed).
    const streamed = await server.api('/api/boards', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(JSON.stringify({ title: 'x', padding: 'y'.repeat(8000) })));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    const fine = await server.api('/api/boards', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Small' }),
    });
    expect(fine.status).toBe(201);
  });

  it('refuses a websocket upgrade that carries a body', async () => {
    const board = await server.createBoard('Upgrade');
    const socket = net.connect(server.running.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    const ended = new Promise((resolve) => socket.once('close', resolve));
    socket.write(
      `GET /sync/${board.id}?token=${board.tokens.writer} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n` +
        'Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n' +
        'Content-Length: 5\r\n\r\nhello',
    );
    await ended;
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
  });
});
