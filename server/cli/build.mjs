// Freshness checks and the server build, shared by `npm start` and the benchmark.
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const SERVER_BUNDLE = path.join(root, 'dist-server/main.mjs');
/**
 * Node flags of the server process. A small young generation keeps a busy relay's memory
 * flat: its garbage is many short-lived message buffers, collected cheaply and often. What
 * outlives that still piles up in the old generation, which V8 otherwise lets grow to up to
 * four times what survived its last full collection before the next: a relay of 1,000 clients
 * with 30 MB alive peaked near 90 MB of heap. Growing it by half at most kept the peak RSS of
 * that load about a quarter lower (docs/benchmarks.md, Live sync), its latency and CPU alike.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=2', '--heap-growing-percent=50'];
// The server imports the model (src/model), so it is rebuilt when that changes too.
const SERVER_SOURCES = ['server', 'src/model', 'package.json'];

/** True when `built` is missing or older than anything under `sources` (paths from the root). */
export function isStale(built, sources) {
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return sources.some((source) => newestChange(path.join(root, source)) > builtAt);
}

export function serverIsStale() {
  return isStale(SERVER_BUNDLE, SERVER_SOURCES);
}

/**
 * The server as ES modules for Node: main.mjs, a chunk for each part loaded on demand
 * (scale-out's PostgreSQL and Redis clients, the openai SDK) so that an embedded server never
 * holds those packages in memory, and a chunk of the code both sides share. Packages stay
 * imports of node_modules (better-sqlite3 is native). Compiled ahead rather than run through
 * tsx: it starts faster and takes about a third less memory, which counts when one process
 * holds many rooms. `outdir` must sit one level below the project root, as dist-server does
 * (the server finds the client from there).
 */
export async function buildServer(outdir = path.dirname(SERVER_BUNDLE)) {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    entryPoints: { main: path.join(root, 'server/main.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
  });
  // Chunks are named by their content, so the last build's would pile up beside this one's.
  // They go only now: a server starting meanwhile still finds what its main.mjs imports.
  const written = new Set(Object.keys(result.metafile.outputs).map((file) => path.resolve(file)));
  const chunks = path.join(outdir, 'chunks');
  for (const name of existsSync(chunks) ? readdirSync(chunks) : []) {
    const file = path.join(chunks, name);
    if (!written.has(file)) rmSync(file, { force: true });
  }
}

/** The latest modification time under a file or folder, 0 when it does not exist. */
function newestChange(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  // A folder's own time changes when a file is added, renamed or deleted in it.
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target)) {
    newest = Math.max(newest, newestChange(path.join(target, entry)));
  }
  return newest;
}
