import { existsSync } from 'node:fs';
import path from 'node:path';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

// Vite writes every bundle to assets/ under a content hash, so those never change in place
// and browsers may keep them for a year. Everything else (index.html, public/ files) keeps
// its name across builds, so browsers must revalidate it or they would run a stale app.
const HASHED_ASSET = /^assets\//;
const LONG_CACHE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

export const CLIENT_NOT_BUILT_MESSAGE =
  'The Beatboard client is not built yet. Run `npm run build` (or use `npm start`, which builds it), then reload.';

export function isClientBuilt(clientDir: string): boolean {
  return existsSync(path.join(clientDir, 'index.html'));
}

/**
 * Serves the built client: files from `clientDir`, and index.html for any other page path
 * so that client-side routes survive a reload. Mount it after the API routes.
 */
export function clientRoutes(clientDir: string): Hono {
  const setCacheHeaders = (filePath: string, c: Context) => {
    const relative = path.relative(clientDir, filePath).split(path.sep).join('/');
    c.header('Cache-Control', HASHED_ASSET.test(relative) ? LONG_CACHE : REVALIDATE);
  };

  const client = new Hono();
  client.on(['GET', 'HEAD'], '*', async (c, next) => {
    // Checked per request so a build made while the server runs is picked up.
    if (!isClientBuilt(clientDir)) return c.text(CLIENT_NOT_BUILT_MESSAGE, 503);
    await next();
  });
  client.use('*', answerNotModified);
  // Created on first use: serveStatic complains at creation when the folder is missing.
  client.use('*', lazily(() => serveStatic({ root: clientDir, onFound: setCacheHeaders })));
  const indexPage = lazily(() =>
    serveStatic({ root: clientDir, path: 'index.html', onFound: setCacheHeaders }),
  );
  client.get('*', (c, next) => {
    // A missing script or image stays a 404: answering it with HTML would only produce a
    // confusing MIME-type error in the browser.
    return looksLikeFile(c.req.path) ? next() : indexPage(c, next);
  });
  return client;
}

function looksLikeFile(urlPath: string): boolean {
  const lastSegment = urlPath.slice(urlPath.lastIndexOf('/') + 1);
  return lastSegment.includes('.');
}

function lazily(create: () => MiddlewareHandler): MiddlewareHandler {
  let handler: MiddlewareHandler | undefined;
  return (c, next) => (handler ??= create())(c, next);
}

/**
 * Turns a full response into 304 Not Modified when the browser's copy is current, which is
 * what makes `no-cache` cheap: the browser asks, and usually gets an empty answer.
 */
const answerNotModified: MiddlewareHandler = async (c, next) => {
  await next();
  const since = Date.parse(c.req.header('If-Modified-Since') ?? '');
  const lastModified = Date.parse(c.res.headers.get('Last-Modified') ?? '');
  if (c.res.status !== 200 || Number.isNaN(since) || Number.isNaN(lastModified)) return;
  if (lastModified > since) return;

  await c.res.body?.cancel();
  c.res = new Response(null, { status: 304 });
  // Hono carries the previous headers over to the new response; drop those about a body.
  c.res.headers.delete('Content-Length');
  c.res.headers.delete('Content-Type');
};
