import css from 'noto-sans-sc/noto_sans_sc_regular/css.css?raw';
import { parseFontSlices } from './fontSlices';
import type { FontSource } from './pdfFonts';
import type { ReferenceImage } from './storyboardPdf';

// Every slice is a file of the build; only the ones a PDF needs are ever fetched.
const sliceUrls = import.meta.glob<string>('/node_modules/noto-sans-sc/noto_sans_sc_regular/*.woff2', {
  query: '?url', import: 'default', eager: true,
});
const urlByFile = new Map(Object.entries(sliceUrls).map(([key, url]) => [key.split('/').pop()!, url]));

/** Noto Sans SC as the app serves it: the slices listed in the font package's CSS. */
export const browserFonts: FontSource = {
  slices: parseFontSlices(css),
  async load(file) {
    const url = urlByFile.get(file);
    if (!url) throw new Error(`The font file ${file} is missing from this build.`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The font file ${file} could not be loaded (${response.status}).`);
    return toTrueType(new Uint8Array(await response.arrayBuffer()));
  },
};

export interface Woff2Request { id: number; woff2: Uint8Array }
export type Woff2Reply = { id: number; ttf: Uint8Array } | { id: number; error: string };

let woff2Worker: Worker | null = null;
let nextRequest = 1;
const waiting = new Map<number, (reply: Woff2Reply) => void>();

/** A WOFF2 slice as TrueType, decoded in woff2.worker.ts (see there for why a worker). */
function toTrueType(woff2: Uint8Array): Promise<Uint8Array> {
  if (!woff2Worker) {
    woff2Worker = new Worker(new URL('./woff2.worker.ts', import.meta.url), { type: 'module' });
    woff2Worker.onmessage = (event: MessageEvent<Woff2Reply>) => {
      waiting.get(event.data.id)?.(event.data);
      waiting.delete(event.data.id);
    };
    // A worker that fails to load (say a stale file after an update) answers nobody: every
    // waiting export fails with a message instead of hanging, and the next one starts afresh.
    const failAll = (error: string) => {
      for (const [id, answer] of waiting) answer({ id, error });
      waiting.clear();
      woff2Worker?.terminate();
      woff2Worker = null;
    };
    woff2Worker.onerror = (event) => {
      event.preventDefault();
      failAll(event.message || 'the font decoder could not start');
    };
    woff2Worker.onmessageerror = () => failAll('the font decoder sent an unreadable answer');
  }
  const id = nextRequest++;
  return new Promise((resolve, reject) => {
    waiting.set(id, (reply) => ('ttf' in reply ? resolve(reply.ttf) : reject(new Error(`A font slice could not be read: ${reply.error}`))));
    woff2Worker!.postMessage({ id, woff2 } satisfies Woff2Request, [woff2.buffer]);
  });
}

/**
 * A reference image as a PDF can hold it: PNG and JPEG as they are, anything else (the app
 * stores WebP) redrawn as JPEG. A missing or undecodable image gives null: the sketch prints.
 */
export function assetImageReader(urlOf: (assetId: string) => Promise<string | null>): (assetId: string) => Promise<ReferenceImage | null> {
  return async (assetId) => {
    const url = await urlOf(assetId);
    if (!url) return null;
    const blob = await (await fetch(url)).blob();
    if (blob.type === 'image/png' || blob.type === 'image/jpeg') {
      return { bytes: new Uint8Array(await blob.arrayBuffer()), type: blob.type === 'image/png' ? 'png' : 'jpeg' };
    }
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    bitmap.close();
    const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    return { bytes: new Uint8Array(await jpeg.arrayBuffer()), type: 'jpeg' };
  };
}
