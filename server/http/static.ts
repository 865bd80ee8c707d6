import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { serveStatic } from '@hono/node-server/serve-static';
import { chooseEncoding, ENCODED_SUFFIX, encodedCopies } from './compression';

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
  client.use('*', servePrecompressed(clientDir, setCacheHeaders));
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

/**
 * Answers with the build's brotli or gzip copy of a file (made by the Vite build, see
 * precompressDir) when the browser accepts it; otherwise serveStatic sends the file itself.
 * Any file that has copies answers with `Vary: Accept-Encoding`, whichever is sent, so a
 * cache between keeps one answer per encoding.
 */
function servePrecompressed(clientDir: string, onFound: (filePath: string, c: Context) => void): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    // Page paths are answered with index.html, as below.
    const file = clientFile(clientDir, looksLikeFile(c.req.path) ? c.req.path : '/index.html');
    const copies = file ? await encodedCopies(file) : [];
    if (!file || copies.length === 0) return next();
    c.header('Vary', 'Accept-Encoding');
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'), copies);
    if (!encoding) return next();
    const encodedFile = file + ENCODED_SUFFIX[encoding];
    const stats = await stat(encodedFile);
    c.header('Content-Type', getMimeType(file) ?? 'application/octet-stream');
    c.header('Content-Encoding', encoding);
    c.header('Content-Length', String(stats.size));
    c.header('Last-Modified', stats.mtime.toUTCString());
    onFound(file, c);
    if (c.req.method === 'HEAD') return c.body(null, 200);
    return c.body(Readable.toWeb(createReadStream(encodedFile)) as ReadableStream<Uint8Array>, 200);
  };
}

/** The file under `clientDir` a URL path names, or null for a path that could leave it. */
function clientFile(clientDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (/(?:^|[/\\])\.{1,2}(?:$|[/\\])|[/\\]{2,}|\\|\0/.test(decoded)) return null;
  const file = path.join(clientDir, decoded);
  return file.startsWith(clientDir + path.sep) ? file : null;
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
  c.res.headers.delete('Content-Encoding');
};
