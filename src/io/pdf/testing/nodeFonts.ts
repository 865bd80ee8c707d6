import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import decompressWoff2 from 'woff2-encoder/decompress';
import { parseFontSlices } from '../fontSlices';
import type { FontSource } from '../pdfFonts';

/** Noto Sans SC read from node_modules, for PDF tests in Node. */
const fontDir = path.dirname(createRequire(import.meta.url).resolve('noto-sans-sc/noto_sans_sc_regular/css.css'));

let queue: Promise<unknown> = Promise.resolve();

export const nodeFonts: FontSource = {
  slices: parseFontSlices(readFileSync(path.join(fontDir, 'css.css'), 'utf8')),
  // Decoded one at a time and copied at once: the decoder hands back a view of its own
  // memory, which the next call reuses.
  load: (file) => {
    const ttf = queue.then(async () => (await decompressWoff2(readFileSync(path.join(fontDir, file)))).slice());
    queue = ttf.catch(() => undefined);
    return ttf;
  },
};
