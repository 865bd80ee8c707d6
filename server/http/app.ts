import { Hono } from 'hono';
import type { ServerContext } from '../context';
import { isStoreUnavailable } from '../storage/unavailable';
import { apiRoutes } from './api';
import { compressJson } from './compression';
import { securityHeaders } from './securityHeaders';
import { clientRoutes } from './static';

/**
 * The HTTP side of the server, free of any socket, so tests and the process entry share it.
 * Websocket sync attaches to the same Node server as an `upgrade` handler (see listen.ts).
 */
export function createApp(context: ServerContext): Hono {
  const app = new Hono();
  // First, so it wraps everything below: errors and not-found answers get the headers too.
  app.use('*', securityHeaders(context.config.publicUrl));
  app.use('/api/*', compressJson());

  app.get('/healthz', async (c) => {
    const problem = await context.unhealthy();
    return problem ? c.json({ ok: false, message: problem }, 503) : c.json({ ok: true });
  });
  app.route('/api', apiRoutes(context));
  app.route('/', clientRoutes(context.config.clientDir));

  app.notFound((c) => c.text('Not found', 404));
  app.onError((error, c) => {
    if (isStoreUnavailable(error)) {
      console.warn(`${c.req.method} ${c.req.path}: the store does not answer (${error.message})`);
      return c.req.path.startsWith('/api/')
        ? c.json({ error: 'unavailable', message: 'The server cannot reach its database right now. Nothing was lost; try again shortly.' }, 503)
        : c.text('Service unavailable', 503);
    }
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    return c.req.path.startsWith('/api/')
      ? c.json({ error: 'internal', message: 'The server hit an unexpected error.' }, 500)
      : c.text('Internal server error', 500);
  });
  return app;
}
