// Rendered panels, kept after their panel scrolls out of view: scrolling back shows the bitmap
// at once instead of rasterising strokes and text again. Keyed by the shot object (the board
// store replaces a shot's object when, and only when, the shot changes) plus everything else
// the picture depends on, and bounded by total pixels, least recently used first out.

const MAX_PIXELS = 24_000_000; // about 96 MB of RGBA

const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;
const bitmaps = new Map<string, HTMLCanvasElement>();
let totalPixels = 0;

/** A number for an object, the same for as long as the object lives. */
export function objectKey(value: object): number {
  let id = objectIds.get(value);
  if (id === undefined) objectIds.set(value, (id = nextObjectId++));
  return id;
}

/** A cache key for `shot` as drawn with `variant` (number, zoom step, language...). */
export function bitmapKey(shot: object, variant: string): string {
  return `${objectKey(shot)}|${variant}`;
}

export function getBitmap(key: string): HTMLCanvasElement | undefined {
  const bitmap = bitmaps.get(key);
  if (bitmap) {
    bitmaps.delete(key); // re-insert: most recently used last
    bitmaps.set(key, bitmap);
  }
  return bitmap;
}

export function putBitmap(key: string, bitmap: HTMLCanvasElement): void {
  const previous = bitmaps.get(key);
  if (previous) totalPixels -= pixelsOf(previous);
  bitmaps.delete(key);
  bitmaps.set(key, bitmap);
  totalPixels += pixelsOf(bitmap);
  // Evicted bitmaps may still be on screen; they are only dropped from the cache, never cleared.
  for (const [oldKey, old] of bitmaps) {
    if (totalPixels <= MAX_PIXELS || oldKey === key) break;
    bitmaps.delete(oldKey);
    totalPixels -= pixelsOf(old);
  }
}

function pixelsOf(canvas: HTMLCanvasElement): number {
  return canvas.width * canvas.height;
}
