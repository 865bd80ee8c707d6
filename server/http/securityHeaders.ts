import type { MiddlewareHandler } from 'hono';
import { browserDefenceHeaders } from './contentSecurityPolicy';

/**
 * Puts the browser defences (contentSecurityPolicy.ts) on every response: pages, built
 * files, API answers and errors alike. A route that sets its own Content-Security-Policy
 * keeps it (uploaded images are served sandboxed, see assets.ts).
 */
export function securityHeaders(publicUrl: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers = browserDefenceHeaders({ host: c.req.header('Host'), publicUrl, path: c.req.path });
    for (const [name, value] of Object.entries(headers)) {
      if (name === 'Content-Security-Policy' && c.res.headers.has(name)) continue;
      c.res.headers.set(name, value);
    }
  };
}
