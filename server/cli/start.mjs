// `npm start`: builds the client when it is missing or older than its sources, then runs the
// server. Plain JavaScript so it runs on a bare Node before anything is compiled.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

// Everything Vite reads to produce dist/. A change to any of them means a rebuild.
const CLIENT_SOURCES = ['src', 'index.html', 'public', 'vite.config.ts', 'package.json'];

if (clientIsStale()) {
  console.log('Building the client…');
  const viteCli = path.join(path.dirname(require.resolve('vite/package.json')), 'bin/vite.js');
  const code = await run([viteCli, 'build']);
  if (code !== 0) {
    console.error('The client build failed (see above), so the server was not started.');
    process.exit(code);
  }
}

process.exit(await run(['--import', 'tsx', path.join(root, 'server/main.ts')]));

function clientIsStale() {
  const builtIndex = path.join(root, 'dist/index.html');
  if (!existsSync(builtIndex)) return true;
  const builtAt = statSync(builtIndex).mtimeMs;
  return CLIENT_SOURCES.some((source) => newestChange(path.join(root, source)) > builtAt);
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

/**
 * Runs Node with the given arguments in the project folder and resolves with its exit code.
 * Signals sent to this process alone (e.g. `kill`) are passed on; this process stays alive
 * until the child has finished. The child may see Ctrl+C more than once (from the terminal
 * and from us), which the server treats as one request to stop.
 */
function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit' });
    const forward = (signal) => child.kill(signal);
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      // Report a death by signal the way shells do: 128 + the signal's number.
      resolve(code ?? 128 + (constants.signals[signal] ?? 0));
    });
  });
}
