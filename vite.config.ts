import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the client build (Vite) and the Node test run (Vitest).
export default defineConfig({
  plugins: [react()],
  resolve: {
    // Yjs breaks in subtle ways when two copies are bundled (instanceof checks fail).
    dedupe: ['yjs'],
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts', 'server/**/*.test.ts'],
    exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
    testTimeout: 20000,
  },
});
