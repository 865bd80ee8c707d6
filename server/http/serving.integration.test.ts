import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type CreatedBoard } from '../testing/syncHarness';
import { precompressDir } from './compression';

type Server = Awaited<ReturnType<typeof startTestServer>>;

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as sent, still encoded (fetch would decode them). */
  body: Buffer;
}

/** One request over node:http, which neither adds an Accept-Encoding nor decodes the answer. */
function raw(server: Server, urlPath: string, options: { method?: string; headers?: Record<string, string>; body?: Uint8Array | string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const sent = request(new URL(urlPath, server.running.url), { method: options.method ?? 'GET', headers: options.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end(options.body);
  });
}

// The built client as the server sees it: a page, a hashed script and their compressed copies,
// made by the same function the Vite build runs.
const SCRIPT = `export const lines = [${Array.from({ length: 800 }, (_, i) => JSON.stringify(`shot ${i} of the canal`)).join(',')}];\n`;
const SCRIPT_PATH = '/assets/app-3f9c2a1b.js';
const PAGE = `<!doctype html><html><head><title>Beatboard</title><script type="module" src="${SCRIPT_PATH}"></script></head><body><div id="root"></div>${'<!-- padding -->'.repeat(60)}</body></html>`;

function buildClient(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'beatboard-client-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), PAGE);
  writeFileSync(path.join(dir, SCRIPT_PATH), SCRIPT);
  return dir;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

/** The policy every response but an uploaded image carries, for a request to `host`. */
const appPolicy = (host: string, publicWs = '') =>
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; media-src 'self' blob:; " +
  `connect-src 'self' blob: ws://${host} wss://${host}${publicWs}; worker-src 'self'; object-src 'none'; ` +
  "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const EVERY_RESPONSE = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

describe('serving the client and the API', () => {
  let clientDir: string;
  let server: Server;
  let httpsServer: Server;
  let board: CreatedBoard;
  let assetId: string;

  beforeAll(async () => {
    clientDir = buildClient();
    await precompressDir(clientDir);
    server = await startTestServer({ BEATBOARD_CLIENT_DIR: clientDir });
    httpsServer = await startTestServer({ BEATBOARD_CLIENT_DIR: clientDir, BEATBOARD_PUBLIC_URL: 'https://boards.example.com/' });
    board = await server.createBoard('Headers');
    assetId = createHash('sha256').update(PNG).digest('hex');
    const put = await server.api(`/api/boards/${board.id}/assets/${assetId}`, {
      method: 'PUT', headers: { 'Content-Type': 'image/png', Authorization: `Bearer ${board.tokens.writer}` }, body: PNG,
    });
    expect(put.status).toBe(201);
  });
  afterAll(async () => {
    await server.stop();
    await httpsServer.stop();
    rmSync(clientDir, { recursive: true, force: true });
  });

  /** Every kind of answer: page, script, API JSON, errors of both halves, an uploaded image. */
  const kinds = () => [
    { name: 'the page', path: '/', status: 200, type: 'text/html' },
    { name: 'a client route', path: '/board/anything', status: 200, type: 'text/html' },
    { name: 'a built script', path: SCRIPT_PATH, status: 200, type: 'text/javascript' },
    { name: 'API JSON', path: '/api/ai', status: 200, type: 'application/json' },
    { name: 'an API error', path: '/api/nope', status: 404, type: 'application/json' },
    { name: 'a refused token', path: `/api/boards/${board.id}/access`, status: 401, type: 'application/json' },
    { name: 'a missing file', path: '/assets/missing-0000.js', status: 404, type: 'text/plain' },
    { name: 'an uploaded image', path: `/api/boards/${board.id}/assets/${assetId}`, status: 200, type: 'image/png', headers: { Authorization: `Bearer ${board.tokens.viewer}` } },
  ];

  it('puts the browser defences on every kind of response, HSTS only behind an https public URL', async () => {
    const host = `127.0.0.1:${server.running.port}`;
    for (const kind of kinds()) {
      const response = await raw(server, kind.path, { headers: { 'Accept-Encoding': 'br, gzip', ...kind.headers } });
      expect([kind.name, response.status]).toEqual([kind.name, kind.status]);
      expect(response.headers['content-type'], kind.name).toContain(kind.type);
      expect(response.headers, kind.name).toMatchObject(EVERY_RESPONSE);
      expect(response.headers['strict-transport-security'], kind.name).toBeUndefined();
      if (kind.type !== 'image/png') expect(response.headers['content-security-policy'], kind.name).toBe(appPolicy(host));
    }

    const httpsHost = `127.0.0.1:${httpsServer.running.port}`;
    for (const kind of kinds().filter((k) => !k.path.includes('/api/boards/'))) {
      const response = await raw(httpsServer, kind.path);
      expect(response.headers, kind.name).toMatchObject({ ...EVERY_RESPONSE, 'strict-transport-security': 'max-age=31536000' });
      expect(response.headers['content-security-policy'], kind.name).toBe(appPolicy(httpsHost, ' wss://boards.example.com'));
    }
  });

  it('serves an uploaded image inline under its own sniffed type, sandboxed', async () => {
    const response = await raw(server, `/api/boards/${board.id}/assets/${assetId}`, { headers: { Authorization: `Bearer ${board.tokens.viewer}` } });
    expect(response.status).toBe(200);
    expect(response.headers).toMatchObject({
      'content-type': 'image/png',
      'content-disposition': `inline; filename="${assetId}.png"`,
      'content-security-policy': "default-src 'none'; sandbox",
      ...EVERY_RESPONSE,
    });
    expect(new Uint8Array(response.body)).toEqual(PNG);
  });

  it('lists only a well-formed Host in the policy', async () => {
    // Node itself refuses most malformed Hosts; this one it lets through.
    const response = await raw(server, '/', { headers: { Host: "evil.example,'unsafe-inline'" } });
    expect(response.status).toBe(200);
    expect(response.headers['content-security-policy']).toBe(appPolicy('x').replace(' ws://x wss://x', ''));
  });

  describe('precompressed files', () => {
    const script = () => readFileSync(path.join(clientDir, SCRIPT_PATH));

    it('sends the brotli copy to a browser that accepts br, with the type and long cache of the file', async () => {
      const response = await raw(server, SCRIPT_PATH, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
      expect(response.headers).toMatchObject({
        'content-encoding': 'br',
        'content-type': 'text/javascript; charset=utf-8',
        vary: 'Accept-Encoding',
        'cache-control': 'public, max-age=31536000, immutable',
        'content-length': String(response.body.byteLength),
      });
      expect(response.body.byteLength).toBeLessThan(script().byteLength / 4);
      expect(brotliDecompressSync(response.body)).toEqual(script());
    });

    it('sends the gzip copy when br is not accepted', async () => {
      for (const accept of ['gzip', 'gzip, deflate', 'br;q=0, gzip;q=0.5']) {
        const response = await raw(server, SCRIPT_PATH, { headers: { 'Accept-Encoding': accept } });
        expect(response.headers, accept).toMatchObject({ 'content-encoding': 'gzip', vary: 'Accept-Encoding', 'content-type': 'text/javascript; charset=utf-8' });
        expect(gunzipSync(response.body)).toEqual(script());
      }
    });

    it('sends the file itself without an acceptable encoding, still varying by it', async () => {
      for (const headers of [{}, { 'Accept-Encoding': 'identity' }, { 'Accept-Encoding': 'br;q=0, gzip;q=0' }] as Record<string, string>[]) {
        const response = await raw(server, SCRIPT_PATH, { headers });
        expect(response.headers['content-encoding']).toBeUndefined();
        expect(response.headers.vary).toBe('Accept-Encoding');
        expect(response.body).toEqual(script());
      }
    });

    it('compresses the page too, which is revalidated on every visit', async () => {
      const response = await raw(server, '/board/xyz', { headers: { 'Accept-Encoding': 'br' } });
      expect(response.headers).toMatchObject({ 'content-encoding': 'br', 'cache-control': 'no-cache', 'content-type': 'text/html; charset=utf-8' });
      expect(brotliDecompressSync(response.body).toString()).toBe(PAGE);
      const again = await raw(server, '/', { headers: { 'Accept-Encoding': 'br', 'If-Modified-Since': String(response.headers['last-modified']) } });
      expect(again.status).toBe(304);
      expect(again.headers['content-encoding']).toBeUndefined();
      expect(again.body.byteLength).toBe(0);
    });

    it('answers HEAD with the headers of the copy and no body', async () => {
      const response = await raw(server, SCRIPT_PATH, { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
      expect(response.headers['content-encoding']).toBe('br');
      expect(Number(response.headers['content-length'])).toBeGreaterThan(0);
      expect(response.body.byteLength).toBe(0);
    });
  });

  describe('API JSON', () => {
    const create = (accept: string) => raw(server, '/api/boards', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept-Encoding': accept }, body: JSON.stringify({ title: 'Compressed' }),
    });

    it('compresses answers of 1 KB or more', async () => {
      const br = await create('gzip, br');
      expect(br.headers).toMatchObject({ 'content-encoding': 'br', vary: 'Accept-Encoding', 'content-type': 'application/json' });
      const created = JSON.parse(brotliDecompressSync(br.body).toString()) as CreatedBoard;
      expect(Object.keys(created.links)).toHaveLength(4);
      const gzip = await create('gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(gunzipSync(gzip.body).toString())).toHaveProperty('tokens');
      const plain = await create('identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(plain.body.toString())).toHaveProperty('tokens');
    });

    it('sends small answers as they are', async () => {
      const response = await raw(server, '/api/ai', { headers: { 'Accept-Encoding': 'br, gzip' } });
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(JSON.parse(response.body.toString())).toHaveProperty('provider');
    });
  });
});
