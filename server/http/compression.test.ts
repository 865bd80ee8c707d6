import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseEncoding, compressJson, precompressDir } from './compression';

describe('chooseEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', ['br', 'gzip'], 'br'],
    ['gzip, deflate, br', ['gzip'], 'gzip'],
    ['br;q=0.5, gzip', ['br', 'gzip'], 'gzip'],
    ['BR;Q=1, GZIP;Q=1', ['br', 'gzip'], 'br'],
    ['*', ['br', 'gzip'], 'br'],
    ['*, br;q=0', ['br', 'gzip'], 'gzip'],
    ['identity', ['br', 'gzip'], undefined],
    ['br;q=0, gzip;q=0', ['br', 'gzip'], undefined],
    ['deflate', ['br', 'gzip'], undefined],
    [undefined, ['br', 'gzip'], undefined],
  ] as const)('%s from %j gives %s', (header, available, expected) => {
    expect(chooseEncoding(header, available)).toBe(expected);
  });
});

describe('precompressDir', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes brotli and gzip copies of text files only, where they are worth it', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'beatboard-precompress-'));
    mkdirSync(path.join(dir, 'assets'));
    const script = 'const shot = "INT. CARGO BARGE - DECK - DAWN";\n'.repeat(200);
    writeFileSync(path.join(dir, 'assets/app-1.js'), script);
    writeFileSync(path.join(dir, 'assets/tiny-2.css'), 'body{margin:0}');
    writeFileSync(path.join(dir, 'assets/font-3.woff2'), script);
    const done = await precompressDir(dir);
    expect(done).toEqual([path.join(dir, 'assets/app-1.js')]);
    expect(brotliDecompressSync(readFileSync(path.join(dir, 'assets/app-1.js.br'))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(path.join(dir, 'assets/app-1.js.gz'))).toString()).toBe(script);
    for (const left of ['assets/tiny-2.css.br', 'assets/font-3.woff2.br', 'assets/font-3.woff2.gz']) {
      expect(existsSync(path.join(dir, left)), left).toBe(false);
    }
  });
});

describe('compressJson', () => {
  it('drops a Content-Length the handler set when it compresses the body', async () => {
    const body = JSON.stringify({ items: Array.from({ length: 500 }, (_, i) => `item ${i}`) });
    const app = new Hono();
    app.use(compressJson());
    app.get('/', () => new Response(body, { headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) } }));
    const response = await app.request('/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('Content-Encoding')).toBe('gzip');
    expect(response.headers.get('Content-Length')).toBeNull();
    expect(response.headers.get('Vary')).toBe('Accept-Encoding');
    expect(gunzipSync(new Uint8Array(await response.arrayBuffer())).toString()).toBe(body);
  });
});
