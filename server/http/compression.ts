import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

// Compression, both kinds: the built client is compressed once at build time (precompressDir,
// run by the Vite build) and served as is; API JSON is compressed per response
// (compressJson). Both pick the encoding with chooseEncoding.

export type Encoding = 'br' | 'gzip';

/** The file a precompressed copy is kept in, beside the original: `app.js.br`, `app.js.gz`. */
export const ENCODED_SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** Brotli first (smaller), then gzip; whatever the client refuses (q=0) or omits is skipped. */
const PREFERENCE: readonly Encoding[] = ['br', 'gzip'];

/**
 * The encoding to answer with, among those `available`, from the request's Accept-Encoding
 * (`gzip, deflate, br;q=0.9`). undefined means identity: no header, or nothing acceptable.
 */
export function chooseEncoding(acceptEncoding: string | undefined, available: readonly Encoding[]): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';').map((piece) => piece.trim());
    if (!name) continue;
    const q = params.find((param) => param.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  let best: { encoding: Encoding; weight: number } | undefined;
  for (const encoding of PREFERENCE) {
    if (!available.includes(encoding)) continue;
    const weight = weights.get(encoding) ?? weights.get('*') ?? 0;
    if (weight > 0 && (!best || weight > best.weight)) best = { encoding, weight };
  }
  return best?.encoding;
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compresses `bytes` on Node's thread pool. 'build' spends the time for the smallest file
 * (done once per build); 'response' stays fast enough to do per request.
 */
export async function compressBytes(bytes: Uint8Array, encoding: Encoding, effort: 'build' | 'response'): Promise<Buffer> {
  if (encoding === 'br') {
    return brotliAsync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: effort === 'build' ? constants.BROTLI_MAX_QUALITY : 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    });
  }
  return gzipAsync(bytes, { level: effort === 'build' ? constants.Z_BEST_COMPRESSION : constants.Z_DEFAULT_COMPRESSION });
}

/** Text files of a build worth compressing; images and WOFF2 fonts are compressed already. */
const COMPRESSIBLE_FILE = /\.(?:html|js|mjs|css|svg|json|txt|map|wasm)$/i;
/** Below this a compressed copy saves less than the headers it needs. */
const MIN_FILE_BYTES = 512;

/**
 * Writes a `.br` and a `.gz` copy beside every compressible file under `dir` (the client
 * build), each only if it is smaller than the file. Returns the files compressed.
 */
export async function precompressDir(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile() && COMPRESSIBLE_FILE.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
  const compressed: string[] = [];
  await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      if (bytes.byteLength < MIN_FILE_BYTES) return;
      for (const encoding of PREFERENCE) {
        const encoded = await compressBytes(bytes, encoding, 'build');
        if (encoded.byteLength < bytes.byteLength) await writeFile(file + ENCODED_SUFFIX[encoding], encoded);
      }
      compressed.push(file);
    }),
  );
  return compressed.sort();
}

/** The precompressed copies that exist beside `file`, in order of preference. */
export async function encodedCopies(file: string): Promise<Encoding[]> {
  const found = await Promise.all(
    PREFERENCE.map((encoding) => stat(file + ENCODED_SUFFIX[encoding]).then((stats) => stats.isFile(), () => false)),
  );
  return PREFERENCE.filter((_, index) => found[index]);
}

/**
 * Compresses API answers in JSON of `minBytes` or more. Only JSON: the suggestion stream
 * (text/event-stream) must reach the browser event by event, which a compressor would hold
 * back, and whole-doc downloads keep their Content-Length for progress.
 */
export function compressJson(minBytes = 1024): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const response = c.res;
    const type = response.headers.get('Content-Type') ?? '';
    if (c.req.method === 'HEAD' || !/^application\/json\b/i.test(type) || response.headers.has('Content-Encoding') || !response.body) return;
    const body = new Uint8Array(await response.arrayBuffer());
    if (body.byteLength < minBytes) {
      c.res = new Response(body, response);
      return;
    }
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'), PREFERENCE);
    const sent = encoding ? new Uint8Array(await compressBytes(body, encoding, 'response')) : body;
    c.res = new Response(sent, response);
    c.res.headers.set('Vary', 'Accept-Encoding');
    if (encoding) {
      c.res.headers.set('Content-Encoding', encoding);
      // A length the handler set counts the uncompressed body; the server measures the new one.
      c.res.headers.delete('Content-Length');
    }
  };
}
