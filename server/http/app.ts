import { Hono } from 'hono';
import type { ServerConfig } from '../config';
import { apiRoutes } from './api';
import { clientRoutes } from './static';

/**
 * The HTTP side of the server, free of any socket, so tests and the process entry share it.
 * Websocket sync attaches to the same Node server as an `upgrade` handler (see listen.ts).
 */
export function createApp(config: ServerConfig): Hono {
  const app = new Hono();

  app.get('/healthz', (c) => c.json({ ok: true }));
  app.route('/api', apiRoutes());
  app.route('/', clientRoutes(config.clientDir));

  app.notFound((c) => c.text('Not found', 404));
  app.onError((error, c) => {
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    return c.req.path.startsWith('/api/')
      ? c.json({ error: 'internal', message: 'The server hit an unexpected error.' }, 500)
      : c.text('Internal server error', 500);
  });
  return app;
}
