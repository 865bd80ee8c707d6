import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_AI, DEFAULT_LIMITS } from '../config';
import { startServer, type RunningServer } from './listen';
import { CLIENT_NOT_BUILT_MESSAGE } from './static';

const INDEX_HTML = '<!doctype html><title>Beatboard</title><div id="root"></div>';
const BUNDLE = 'console.log("bundle");';

describe('the HTTP server', () => {
  let workDir: string;
  let dataDir: string;
  let running: RunningServer;
  const get = (urlPath: string, init?: RequestInit) => fetch(new URL(urlPath, running.url), init);

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'beatboard-server-test-'));
    const clientDir = path.join(workDir, 'dist');
    await mkdir(path.join(clientDir, 'assets'), { recursive: true });
    await writeFile(path.join(clientDir, 'index.html'), INDEX_HTML);
    await writeFile(path.join(clientDir, 'assets', 'index-3f2a9c.js'), BUNDLE);
    await writeFile(path.join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

    dataDir = path.join(workDir, 'data', 'nested');
    running = await startServer({ host: '127.0.0.1', port: 0, dataDir, clientDir, trustedProxies: new Set(), ...DEFAULT_LIMITS, ai: DEFAULT_AI });
  });

  afterAll(async () => {
    await running?.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it('listens on the port the OS picked and reports a URL to open', () => {
    expect(running.port).toBeGreaterThan(0);
    expect(running.url).toBe(`http://127.0.0.1:${running.port}/`);
  });

  it('creates the data directory', () => {
    expect(existsSync(dataDir)).toBe(true);
  });

  it('answers the health check', async () => {
    const response = await get('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('serves index.html at / without letting browsers keep a stale copy', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('serves hashed assets with a long cache lifetime', async () => {
    const response = await get('/assets/index-3f2a9c.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(BUNDLE);
  });

  it('makes unhashed public files revalidate', async () => {
    const response = await get('/favicon.svg');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    await response.arrayBuffer();
  });

  it('answers a revalidation of an unchanged file with 304', async () => {
    const first = await get('/');
    await first.arrayBuffer();
    const lastModified = first.headers.get('last-modified');
    expect(lastModified).toBeTruthy();

    const again = await get('/', { headers: { 'If-Modified-Since': lastModified! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('falls back to index.html for client-side routes', async () => {
    const response = await get('/boards/abc123/episodes/2');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe(INDEX_HTML);
  });

  it('keeps a missing file a 404 instead of answering it with the page', async () => {
    const response = await get('/assets/missing-0000.js');
    expect(response.status).toBe(404);
    await response.arrayBuffer();
  });

  it('answers unknown API paths with a JSON 404', async () => {
    for (const [method, urlPath] of [['GET', '/api/nope'], ['POST', '/api/boards/x/unknown']]) {
      const response = await get(urlPath!, { method });
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({ error: 'not_found' });
    }
  });
});

describe('the HTTP server before the client is built', () => {
  it('tells the user to build instead of failing obscurely', async () => {
    const workDir = await mkdtemp(path.join(tmpdir(), 'beatboard-server-test-'));
    const running = await startServer({
      host: '127.0.0.1',
      port: 0,
      trustedProxies: new Set(),
      dataDir: path.join(workDir, 'data'),
      clientDir: path.join(workDir, 'dist'),
      ...DEFAULT_LIMITS,
      ai: DEFAULT_AI,
    });
    try {
      const page = await fetch(running.url);
      expect(page.status).toBe(503);
      expect(await page.text()).toBe(CLIENT_NOT_BUILT_MESSAGE);

      const health = await fetch(new URL('/healthz', running.url));
      expect(health.status).toBe(200);
      await health.arrayBuffer();
    } finally {
      await running.close();
      await rm(workDir, { recursive: true, force: true });
    }
  });
});
