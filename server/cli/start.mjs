// `npm start`: builds the client and the server when missing or older than their sources,
// then runs the server. Plain JavaScript so it runs on a bare Node before anything is compiled.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServer, isStale, SERVER_BUNDLE, SERVER_NODE_FLAGS, serverIsStale } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

// Everything Vite reads to produce dist/. A change to any of them means a rebuild.
const CLIENT_SOURCES = ['src', 'index.html', 'public', 'vite.config.ts', 'server/cli/vitePlugins.ts', 'package.json'];

if (isStale(path.join(root, 'dist/index.html'), CLIENT_SOURCES)) {
  console.log('Building the client…');
  const viteCli = path.join(path.dirname(require.resolve('vite/package.json')), 'bin/vite.js');
  const code = await run([viteCli, 'build']);
  if (code !== 0) {
    console.error('The client build failed (see above), so the server was not started.');
    process.exit(code);
  }
}

if (serverIsStale()) {
  console.log('Building the server…');
  await buildServer();
}

process.exit(await run([...SERVER_NODE_FLAGS, SERVER_BUNDLE]));

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
