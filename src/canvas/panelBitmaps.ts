// Rendered panels, kept after their panel scrolls out of view: scrolling back shows the bitmap
// at once instead of rasterising strokes and text again. Keyed by the shot object (the board
// store replaces a shot's object when, and only when, the shot changes) plus everything else
// the picture depends on, and bounded by total pixels, least recently used first out. A bitmap
// that has left the cache and that no panel shows is given back to be painted over
// (spareCanvases); the panels say which bitmaps they show (useShownBitmap).

import { useCallback, useLayoutEffect, useState } from 'react';
import { spareCanvas } from './spareCanvases';

/** A painted picture: a canvas painted here, or a bitmap painted on another thread (strips). */
export type Bitmap = HTMLCanvasElement | ImageBitmap;

const MAX_PIXELS = 24_000_000; // about 96 MB of RGBA

const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;
const bitmaps = new Map<string, Bitmap>();
let totalPixels = 0;
/** The key of the picture each bitmap holds, from its painting until it is given back. */
const pictureOf = new WeakMap<Bitmap, string>();
/** How many panels show each bitmap now. */
const shownBy = new Map<Bitmap, number>();

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

export function getBitmap(key: string): Bitmap | undefined {
  const bitmap = bitmaps.get(key);
  if (bitmap) {
    bitmaps.delete(key); // re-insert: most recently used last
    bitmaps.set(key, bitmap);
  }
  return bitmap;
}

/**
 * The bitmap made at `ratio`, or else one made a zoom step sharper (twice the ratio). Zooming
 * out then shows the sharper one scaled down, as every panel does in the middle of a zoom
 * gesture, instead of painting each panel in view again at every step on the way out.
 */
export function getBitmapOrSharper(keyAt: (ratio: number) => string, ratio: number): Bitmap | undefined {
  return getBitmap(keyAt(ratio)) ?? getBitmap(keyAt(ratio * 2));
}

/**
 * The sharpest bitmap made at a lower ratio than `ratio`, down to an eighth of it: what a
 * further-out view painted. A strip not yet painted at the view's zoom step (a zoom out past a
 * third, after the board was seen further out) shows it, enlarged, rather than plain cards
 * over sketches that were on screen shortly before.
 */
export function getBlurrierBitmap(keyAt: (ratio: number) => string, ratio: number): Bitmap | undefined {
  for (let lower = ratio / 2; lower >= ratio / 8; lower /= 2) {
    const bitmap = getBitmap(keyAt(lower));
    if (bitmap) return bitmap;
  }
  return undefined;
}

export function putBitmap(key: string, bitmap: Bitmap): void {
  pictureOf.set(bitmap, key);
  const previous = bitmaps.get(key);
  bitmaps.delete(key);
  if (previous && previous !== bitmap) {
    totalPixels -= pixelsOf(previous);
    giveBackUnlessShown(previous);
  }
  if (previous !== bitmap) totalPixels += pixelsOf(bitmap);
  bitmaps.set(key, bitmap);
  // Evicted bitmaps may still be on screen: those are given back once no panel shows them.
  for (const [oldKey, old] of bitmaps) {
    if (totalPixels <= MAX_PIXELS || oldKey === key) break;
    bitmaps.delete(oldKey);
    totalPixels -= pixelsOf(old);
    giveBackUnlessShown(old);
  }
}

/** The key of the last full-detail picture painted of each shot (by the shot object). */
const panelPictureOf = new WeakMap<object, string>();

/** A painted picture and the key it was painted for (it holds that picture while holdsPicture says so). */
export interface KeyedBitmap {
  bitmap: Bitmap;
  key: string;
}

/** Notes the picture just painted of `shot` at full detail: a strip may show it (panelPictureFor). */
export function notePanelPicture(shot: object, key: string): void {
  panelPictureOf.set(shot, key);
}

/**
 * The last full-detail picture of `shot`, while the cache still has it. Zooming out past the
 * level of detail, a strip shows these where its panels were until its own picture is painted,
 * rather than plain cards over sketches that were on screen a moment before.
 */
export function panelPictureFor(shot: object): KeyedBitmap | undefined {
  const key = panelPictureOf.get(shot);
  if (key === undefined) return undefined;
  const bitmap = bitmaps.get(key);
  return bitmap && holdsPicture(bitmap, key) ? { bitmap, key } : undefined;
}

/** Where a shot's panel is in a strip's picture: the strip's key and the panel's part of it. */
interface StripPart {
  key: string;
  /** The panel's rectangle in the strip bitmap's pixels. */
  crop: { x: number; y: number; width: number; height: number };
}

/** The part of the last strip picture painted of each shot (by the shot object). */
const stripPartOf = new WeakMap<object, StripPart>();

/**
 * Notes the strip picture just painted (`key`, at `ratio` device pixels per board pixel) of
 * `panels`, each `x` board pixels from the strip's left edge: a panel may show its part of it
 * (stripPictureFor).
 */
export function noteStripPicture(key: string, ratio: number, panels: readonly { x: number; shot: object }[], size: { width: number; height: number }): void {
  for (const { x, shot } of panels) {
    stripPartOf.set(shot, { key, crop: { x: x * ratio, y: 0, width: size.width * ratio, height: size.height * ratio } });
  }
}

/**
 * The part of the last strip picture painted of `shot`, while the cache still has it. Zooming
 * in past the level of detail (Ctrl+0 from far out brings a dozen panels at once), a panel shows
 * its sketch from the strip, blurred by the enlargement, until its own picture is painted,
 * rather than a plain card over a sketch that was on screen a moment before.
 */
export function stripPictureFor(shot: object): (KeyedBitmap & Pick<StripPart, 'crop'>) | undefined {
  const part = stripPartOf.get(shot);
  if (part === undefined) return undefined;
  const bitmap = bitmaps.get(part.key);
  return bitmap && holdsPicture(bitmap, part.key) ? { bitmap, key: part.key, crop: part.crop } : undefined;
}

/**
 * Whether `bitmap` still holds the picture `key` names. A panel keeps its last bitmap to show
 * while it paints the next one; by then that bitmap may have been given back and painted over.
 */
export function holdsPicture(bitmap: Bitmap, key: string): boolean {
  return pictureOf.get(bitmap) === key;
}

/**
 * A panel's (or strip's) bitmap for the picture `key`, at `ratio` device pixels per board
 * pixel: the one it painted last while that still holds this picture, else the cache's or a
 * sharper one (getBitmapOrSharper); undefined until painted. `shown` is what to draw while
 * `visible`: that bitmap or, while a new one is being painted after an edit, the last one;
 * with none (`showsPlaceholder`) the panel shows its placeholder card. `drew` keeps a freshly
 * painted bitmap, in the cache and as this one's last.
 */
export function usePanelBitmap(key: string, keyAt: (ratio: number) => string, ratio: number, visible: boolean) {
  const [drawn, setDrawn] = useState<{ key: string; bitmap: Bitmap } | null>(null);
  const last = drawn && holdsPicture(drawn.bitmap, drawn.key) ? drawn : null;
  const current = last?.key === key ? last.bitmap : getBitmapOrSharper(keyAt, ratio);
  const shown = visible ? current ?? last?.bitmap : undefined;
  useShownBitmap(shown);
  const drew = useCallback((drawnKey: string, bitmap: Bitmap) => {
    putBitmap(drawnKey, bitmap);
    setDrawn({ key: drawnKey, bitmap });
  }, []);
  return { current, shown, drew, showsPlaceholder: shown === undefined };
}

/** Notes that a panel shows `bitmap` for as long as it is mounted with it. */
export function useShownBitmap(bitmap: Bitmap | undefined): void {
  useLayoutEffect(() => (bitmap ? showBitmap(bitmap) : undefined), [bitmap]);
}

/** Notes that something shows `bitmap` until the returned function is called. */
export function showBitmap(bitmap: Bitmap): () => void {
  shownBy.set(bitmap, (shownBy.get(bitmap) ?? 0) + 1);
  return () => {
    const count = (shownBy.get(bitmap) ?? 1) - 1;
    if (count > 0) {
      shownBy.set(bitmap, count);
      return;
    }
    shownBy.delete(bitmap);
    const key = pictureOf.get(bitmap);
    if (key === undefined || bitmaps.get(key) !== bitmap) giveBackUnlessShown(bitmap);
  };
}

function giveBackUnlessShown(bitmap: Bitmap): void {
  if (shownBy.has(bitmap) || !pictureOf.has(bitmap)) return;
  pictureOf.delete(bitmap);
  if ('getContext' in bitmap) spareCanvas(bitmap);
  else bitmap.close(); // an ImageBitmap's pixels go as soon as it is closed
}

function pixelsOf(canvas: Bitmap): number {
  return canvas.width * canvas.height;
}
