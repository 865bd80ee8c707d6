import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ServerContext } from '../context';
import { assetRoutes } from './assets';
import { boardRoutes } from './boards';
import { docTransferRoutes } from './docTransfer';
import { apiError } from './errors';
import { suggestionRoutes } from './suggestions';
import { versionRoutes } from './versions';

/** Routes whose bodies are bytes, each with its own limit. */
const OWN_BODY_LIMIT = /^\/api\/boards\/[^/]+\/(assets\/[^/]+|docs\/[^/]+\/updates)$/;

/**
 * The JSON API under /api. Feature routes are added here, above the catch-all, so an
 * unknown endpoint answers in JSON (clients parse it) rather than with the app's HTML.
 */
export function apiRoutes(context: ServerContext): Hono {
  const api = new Hono();

  // Every route reads at most this much body (JSON requests), except the two that carry bytes
  // and have limits of their own: image uploads (MAX_ASSET_BYTES) and doc updates (what the doc
  // may still take). A route that reads no body never buffers one.
  const { maxJsonBytes } = context.config;
  const jsonLimit = bodyLimit({
    maxSize: maxJsonBytes,
    onError: (c) => apiError(c, 413, 'too_large', `A request body here may be at most ${maxJsonBytes} bytes.`),
  });
  api.use('*', (c, next) => (OWN_BODY_LIMIT.test(c.req.path) ? next() : jsonLimit(c, next)));

  api.route('/boards', boardRoutes(context));
  api.route('/boards', assetRoutes(context));
  api.route('/boards', docTransferRoutes(context));
  api.route('/boards', suggestionRoutes(context, context.ai));
  api.route('/boards', versionRoutes(context));
  // What the settings show: the provider and model in use, never the key.
  api.get('/ai', (c) => c.json({ provider: context.ai.name, model: context.ai.model }));
  api.all('*', (c) =>
    c.json({ error: 'not_found', message: `No API endpoint for ${c.req.method} ${c.req.path}.` }, 404),
  );
  return api;
}
