import { Hono } from 'hono';
import type { ServerContext } from '../context';
import { assetRoutes } from './assets';
import { boardRoutes } from './boards';
import { docTransferRoutes } from './docTransfer';
import { suggestionRoutes } from './suggestions';

/**
 * The JSON API under /api. Feature routes are added here, above the catch-all, so an
 * unknown endpoint answers in JSON (clients parse it) rather than with the app's HTML.
 */
export function apiRoutes(context: ServerContext): Hono {
  const api = new Hono();

  api.route('/boards', boardRoutes(context));
  api.route('/boards', assetRoutes(context));
  api.route('/boards', docTransferRoutes(context));
  api.route('/boards', suggestionRoutes(context, context.ai));
  // What the settings show: the provider and model in use, never the key.
  api.get('/ai', (c) => c.json({ provider: context.ai.name, model: context.ai.model }));
  api.all('*', (c) =>
    c.json({ error: 'not_found', message: `No API endpoint for ${c.req.method} ${c.req.path}.` }, 404),
  );
  return api;
}
