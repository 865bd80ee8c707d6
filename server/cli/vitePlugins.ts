// The Vite plugins of the client build and dev server that belong to serving: the same
// browser defences as the real server, and the precompressed copies it serves.
import path from 'node:path';
import type { Plugin } from 'vite';
import { precompressDir } from '../http/compression';
import { browserDefenceHeaders } from '../http/contentSecurityPolicy';

/**
 * `npm run dev` sends the server's headers (contentSecurityPolicy.ts) on every answer, so
 * a change that breaks under the policy shows in dev. Vite injects an inline script (React
 * refresh) and <style> elements there; they carry `nonce`, which vite.config.ts also passes
 * as `html.cspNonce`, and which only the dev policy allows. Its HMR socket is on the page's
 * own host and port, which the policy lists.
 */
export function devBrowserDefences(nonce: string): Plugin {
  return {
    name: 'beatboard:dev-browser-defences',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const headers = browserDefenceHeaders({ host: request.headers.host, nonce, path: request.url?.split('?')[0] });
        for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        next();
      });
    },
  };
}

/** After the build is written: a brotli and a gzip copy of each text file (server/http/static.ts serves them). */
export function precompressBuild(): Plugin {
  let outDir = 'dist';
  return {
    name: 'beatboard:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressDir(outDir);
    },
  };
}
