import { randomBytes } from 'node:crypto';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { devBrowserDefences, precompressBuild } from './server/cli/vitePlugins';
import { lib0Readers } from './server/cli/lib0ReadersPlugin';

// One config for the client build (Vite) and the Node test run (Vitest).
export default defineConfig(({ command }) => {
  // A fresh nonce per dev server for the inline script and styles Vite injects in dev (the
  // built app has none, so the build gets no nonce).
  const devNonce = command === 'serve' && !process.env.VITEST ? randomBytes(16).toString('base64') : undefined;
  return {
    plugins: [react(), lib0Readers(), precompressBuild(), ...(devNonce ? [devBrowserDefences(devNonce)] : [])],
    html: { cspNonce: devNonce },
    resolve: {
      // Yjs breaks in subtle ways when two copies are bundled (instanceof checks fail).
      dedupe: ['yjs'],
    },
    build: {
      outDir: 'dist',
      sourcemap: false,
      chunkSizeWarningLimit: 1500,
      rolldownOptions: {
        output: {
          // No compile hint (`//# allFunctionsCalledOnLoad`) for the entry: V8 honours it only on
          // a file's first line, where Vite's preload map goes, and measured there (10
          // interleaved opens of the series each) it delays the app's start by about 110 ms,
          // compiling the whole 1 MB, as much as it saves in compiling on first call later.
          // Escaped non-ASCII characters: a script that is all ASCII stays one byte a character
          // in Blink and V8, which decode and parse it faster (about 60 ms less before a
          // sketched series' first paint; the entry holds a few typographic characters).
          charset: 'ascii',
          codeSplitting: {
            // Everything the first screen needs in one file besides the entry: a first visit
            // otherwise fetches some 27 small chunks, and a browser's six connections per
            // server make that five round trips before the app can start.
            groups: [{ name: 'app', tags: ['$initial'] }],
          },
        },
      },
    },
    // The workers that paint and fold at open: ASCII for the same reason as the app's files.
    worker: { rolldownOptions: { output: { charset: 'ascii' } } },
    server: {
      port: 5173,
      // `npm run dev` serves the client with hot reload; the API and sync stay on the real
      // server (`npm run serve`, PORT 8080 by default).
      proxy: {
        '/api': `http://127.0.0.1:${process.env.PORT ?? 8080}`,
        '/healthz': `http://127.0.0.1:${process.env.PORT ?? 8080}`,
        '/sync': { target: `ws://127.0.0.1:${process.env.PORT ?? 8080}`, ws: true },
      },
    },
    test: {
      environment: 'node',
      include: ['src/**/*.test.ts', 'server/**/*.test.ts'],
      exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
      testTimeout: 20000,
      // A stray .only would skip the rest of the suite in silence.
      allowOnly: false,
    },
  };
});
