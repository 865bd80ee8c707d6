import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../testing/serverProcess';
import { buildServer } from './build.mjs';

const root = path.resolve(import.meta.dirname, '../..');
// One level below the root, like dist-server, so the bundle finds node_modules and the client.
const outdir = mkdtempSync(path.join(root, '.server-build-test-'));
const dataDir = mkdtempSync(path.join(tmpdir(), 'beatboard-bundle-'));
afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

/** The packages a compiled file imports statically (`import … from "pkg"`). */
function staticImports(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^import\b[^;]*?from\s*"([^"]+)"/gm)].map((match) => match[1]!);
}

describe('the server bundle npm start runs', () => {
  it('keeps the scale-out and OpenAI clients out of the embedded server, and serves', async () => {
    await buildServer(outdir);
    const main = staticImports(path.join(outdir, 'main.mjs'));
    expect(main).toContain('better-sqlite3');
    for (const onDemand of ['pg', 'ioredis', 'openai']) expect(main).not.toContain(onDemand);
    // Chunks load what main leaves out; a chunk imported by main would load it anyway.
    const chunks = readdirSync(path.join(outdir, 'chunks')).filter((name) => name.endsWith('.mjs'));
    const chunkImports = chunks.flatMap((name) => staticImports(path.join(outdir, 'chunks', name)));
    expect(chunkImports).toEqual(expect.arrayContaining(['pg', 'ioredis', 'openai']));
    for (const name of chunks.filter((chunk) => staticImports(path.join(outdir, 'chunks', chunk)).some((pkg) => ['pg', 'ioredis', 'openai'].includes(pkg)))) {
      expect(main).not.toContain(`./chunks/${name}`);
      // Each loads and links, as scale-out mode or an OpenAI provider would load it.
      await expect(import(path.join(outdir, 'chunks', name))).resolves.toBeTruthy();
    }

    const server = await startServerProcess({ DATA_DIR: dataDir }, [path.join(outdir, 'main.mjs')]);
    try {
      const health = await fetch(`${server.url}healthz`);
      expect(health.status).toBe(200);
      // The bundle finds the project root, and with it the built client (or says it is not built).
      const page = await fetch(server.url);
      expect(page.status).toBe(existsSync(path.join(root, 'dist/index.html')) ? 200 : 503);
      const created = await fetch(`${server.url}api/boards`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: 'Bundle check' }) });
      expect(created.status).toBe(201);
    } finally {
      await server.stop();
    }
  });
});
