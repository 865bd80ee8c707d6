// Freshness checks and the server build, shared by `npm start` and the benchmark.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const SERVER_BUNDLE = path.join(root, 'dist-server/main.mjs');
/**
 * Node flags of the server process. A small young generation keeps a busy relay's memory
 * flat: its garbage is many short-lived message buffers, collected cheaply and often.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=2'];
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
 * The server as one ES module for Node. Packages stay imports of node_modules (better-sqlite3
 * is native). Compiled ahead rather than run through tsx: it starts faster and takes about a
 * third less memory, which counts when one process holds many rooms.
 */
export async function buildServer() {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: [path.join(root, 'server/main.ts')],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
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
