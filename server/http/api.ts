import { Hono } from 'hono';

/**
 * The JSON API under /api. Feature routes are added here, above the catch-all, so an
 * unknown endpoint answers in JSON (clients parse it) rather than with the app's HTML.
 */
export function apiRoutes(): Hono {
  const api = new Hono();

  api.all('*', (c) =>
    c.json({ error: 'not_found', message: `No API endpoint for ${c.req.method} ${c.req.path}.` }, 404),
  );
  return api;
}
