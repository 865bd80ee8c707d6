// The browser defences every response carries, as plain functions: the server's middleware
// (securityHeaders.ts) and the Vite dev server (server/cli/vitePlugins.ts) build their
// headers here, so the app is developed under the policy it ships with. No Node or Hono
// imports: vite.config.ts loads this file.

export interface PolicyOptions {
  /**
   * The `Host` the request came to (`127.0.0.1:8080`, `boards.example.com`). Its websocket
   * origins are listed in connect-src; a value that is not a plain host[:port] is ignored.
   */
  host?: string;
  /** `BEATBOARD_PUBLIC_URL`: the origin people open, when a proxy sits in front. */
  publicUrl?: string;
  /** Dev only: the nonce Vite puts on the scripts and styles it injects (`html.cspNonce`). */
  nonce?: string;
  /** The URL path answered; the font worker gets a policy of its own (FONT_WORKER_POLICY). */
  path?: string;
}

/** For files people upload (images): nothing in them may run, even when opened directly. */
export const SANDBOXED_FILE_POLICY = "default-src 'none'; sandbox";

/**
 * The PDF export's WOFF2 decoder (src/io/pdf/woff2.worker.ts) is Emscripten code that
 * builds its bindings with `new Function`. It runs in a worker of its own, and a worker is
 * governed by the policy of its own response, so eval is allowed there and nowhere else. The
 * worker gets font bytes by message and may load nothing but its own scripts.
 */
export const FONT_WORKER_POLICY = "default-src 'none'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'";
/**
 * The worker's file, whole paths only: `/assets/woff2.worker-<hash>.js` built, and
 * `/src/io/pdf/woff2.worker.ts` under the Vite dev server (server/cli/vitePlugins.ts).
 */
const FONT_WORKER_PATH = /^(?:\/assets\/woff2\.worker-[\w-]+\.js|\/src\/io\/pdf\/woff2\.worker\.ts)$/;

const PLAIN_HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * The websocket origins of the page's own server. CSP 'self' covers ws:/wss: of the same host
 * only in newer browsers (CSP3), so they are listed. Both schemes for the request's host: the
 * server itself speaks plain HTTP, but a TLS proxy in front makes the page https and its
 * socket wss (a ws: socket from an https page is refused as mixed content anyway).
 */
export function websocketOrigins({ host, publicUrl }: Pick<PolicyOptions, 'host' | 'publicUrl'>): string[] {
  const origins = new Set<string>();
  if (host && PLAIN_HOST.test(host)) {
    origins.add(`ws://${host.toLowerCase()}`);
    origins.add(`wss://${host.toLowerCase()}`);
  }
  const pub = parsedUrl(publicUrl);
  if (pub && (pub.protocol === 'https:' || pub.protocol === 'http:')) {
    origins.add(`${pub.protocol === 'https:' ? 'wss' : 'ws'}://${pub.host}`);
  }
  return [...origins];
}

/** The app's Content-Security-Policy. */
export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  const nonce = options.nonce ? [`'nonce-${options.nonce}'`] : [];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // No inline script, no eval, no WebAssembly: pdf-lib and fontkit need none of them; zod
    // is told not to try eval (src/model/schema.ts); the WOFF2 decoder, which needs both,
    // runs in a worker of its own (FONT_WORKER_POLICY).
    ['script-src', "'self'", ...nonce],
    // No 'unsafe-inline': the built app has no <style> elements or style="" markup. React and
    // Konva set inline styles through the CSSOM (element.style), which CSP does not restrict.
    // In dev, Vite injects <style> elements, which carry the nonce.
    ['style-src', "'self'", ...nonce],
    // Blob URLs for reference images from IndexedDB; data: for the arc chart's SVG snapshot.
    ['img-src', "'self'", 'blob:', 'data:'],
    // Blob URLs for sounds (soundtracks, shot clips) from IndexedDB, played in <audio>.
    ['media-src', "'self'", 'blob:'],
    // Sync sockets (see websocketOrigins); blob: because the PDF export reads reference
    // images back from their object URLs with fetch().
    ['connect-src', "'self'", 'blob:', ...websocketOrigins(options)],
    // The storage-compaction worker is a module file of the build.
    ['worker-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/**
 * Every header of the browser defences, for any response (HTML, scripts, API JSON, errors).
 * Strict-Transport-Security only when the public URL is https: over plain HTTP browsers
 * ignore it, and a loopback or LAN server must stay reachable without TLS.
 */
export function browserDefenceHeaders(options: PolicyOptions = {}): Record<string, string> {
  const fontWorker = options.path !== undefined && FONT_WORKER_PATH.test(options.path);
  const headers: Record<string, string> = {
    'Content-Security-Policy': fontWorker ? FONT_WORKER_POLICY : contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  if (parsedUrl(options.publicUrl)?.protocol === 'https:') {
    headers['Strict-Transport-Security'] = 'max-age=31536000';
  }
  return headers;
}

function parsedUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
