// Turns the WOFF2 font slices a PDF needs into TrueType, away from the page. The decoder
// (woff2-encoder, Emscripten) builds its bindings with `new Function`, which the app's
// Content-Security-Policy forbids; this worker alone is served with a policy that allows
// it (server/http/contentSecurityPolicy.ts, FONT_WORKER_POLICY), and it sees only font bytes.
import decompressWoff2 from 'woff2-encoder/decompress';
import type { Woff2Reply, Woff2Request } from './browserSources';

let queue: Promise<unknown> = Promise.resolve();

self.onmessage = (event: MessageEvent<Woff2Request>) => {
  const { id, woff2 } = event.data;
  // One at a time, copied at once: the decoder hands back a view of its own memory, which
  // the next call reuses.
  queue = queue.then(async () => {
    let reply: Woff2Reply;
    try {
      reply = { id, ttf: (await decompressWoff2(woff2)).slice() };
    } catch (error) {
      reply = { id, error: error instanceof Error ? error.message : String(error) };
    }
    self.postMessage(reply);
  });
};
