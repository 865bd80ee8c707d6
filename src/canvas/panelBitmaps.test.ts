import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The cache and its spare canvases, with canvases that only count what is done to them: the
// unit tests run without a DOM. Each test loads the modules afresh (their state is per module).

interface FakeCanvas {
  width: number;
  height: number;
  resets: number;
  getContext(): { reset(): void; scale(): void };
}

let created: FakeCanvas[];

beforeEach(() => {
  vi.resetModules();
  created = [];
  vi.stubGlobal('document', {
    createElement: () => {
      const canvas: FakeCanvas = {
        width: 0,
        height: 0,
        resets: 0,
        getContext: () => ({ reset: () => void canvas.resets++, scale: () => {} }),
      };
      created.push(canvas);
      return canvas;
    },
  });
});

afterEach(() => vi.unstubAllGlobals());

async function load() {
  const bitmaps = await import('./panelBitmaps');
  const spares = await import('./spareCanvases');
  const paint = (width: number, height: number) => spares.canvasOfSize(width, height)!.canvas;
  return { ...bitmaps, ...spares, paint };
}

describe('panel bitmaps and spare canvases', () => {
  it('gives a strip its panels\u2019 last pictures while the cache holds them, and nothing once painted over', async () => {
    const { paint, putBitmap, notePanelPicture, panelPictureFor } = await load();
    const shot = {};
    expect(panelPictureFor(shot)).toBeUndefined();
    const picture = paint(1000, 7_000);
    putBitmap('shot|1', picture);
    notePanelPicture(shot, 'shot|1');
    expect(panelPictureFor(shot)).toEqual({ bitmap: picture, key: 'shot|1' });
    // Pushed out of the cache and painted over by others: no stand-in any more.
    for (const key of ['b', 'c', 'd']) putBitmap(key, paint(1000, 7_000));
    expect(panelPictureFor(shot)).toBeUndefined();
  });

  it('gives a panel its part of the strip it was last drawn in, while the cache holds the strip', async () => {
    const { paint, putBitmap, noteStripPicture, stripPictureFor } = await load();
    const [first, second] = [{}, {}];
    expect(stripPictureFor(first)).toBeUndefined();
    const strip = paint(1000, 7_000);
    putBitmap('strip|1', strip);
    noteStripPicture('strip|1', 0.25, [{ x: 0, shot: first }, { x: 176, shot: second }], { width: 160, height: 340 });
    expect(stripPictureFor(second)).toEqual({ bitmap: strip, key: 'strip|1', crop: { x: 44, y: 0, width: 40, height: 85 } });
    // Pushed out of the cache and painted over by others: no stand-in any more.
    for (const key of ['b', 'c', 'd']) putBitmap(key, paint(1000, 7_000));
    expect(stripPictureFor(first)).toBeUndefined();
  });

  it('paints over a bitmap the cache let go of and nothing shows, and only one of the same size', async () => {
    const { paint, putBitmap, getBitmap, holdsPicture } = await load();
    // 24 million pixels fit in the cache: four of 7 million do not.
    const first = paint(1000, 7_000);
    putBitmap('a', first);
    putBitmap('b', paint(1000, 7_000));
    putBitmap('c', paint(1000, 7_000));
    putBitmap('d', paint(1000, 7_000));
    expect(getBitmap('a')).toBeUndefined();
    expect(holdsPicture(first, 'a')).toBe(false);
    // Same size: the spare comes back, reset, instead of a new canvas.
    const again = paint(1000, 7_000);
    expect(again).toBe(first);
    expect((again as unknown as FakeCanvas).resets).toBe(1);
    // Another size: a new canvas.
    expect(paint(500, 100)).not.toBe(first);
    expect(created).toHaveLength(5);
  });

  it('keeps a bitmap that a panel still shows until the panel lets it go', async () => {
    const { paint, putBitmap, showBitmap, holdsPicture, sparePixelCount } = await load();
    const shown = paint(1000, 7_000);
    putBitmap('a', shown);
    const release = showBitmap(shown);
    putBitmap('b', paint(1000, 7_000));
    putBitmap('c', paint(1000, 7_000));
    putBitmap('d', paint(1000, 7_000));
    // Out of the cache, but on screen: it still holds its picture and is nobody's spare.
    expect(holdsPicture(shown, 'a')).toBe(true);
    expect(sparePixelCount()).toBe(0);
    expect(paint(1000, 7_000)).not.toBe(shown);
    release();
    expect(holdsPicture(shown, 'a')).toBe(false);
    expect(paint(1000, 7_000)).toBe(shown);
  });

  it('never gives back a bitmap that is still in the cache, or one shown twice and let go once', async () => {
    const { paint, putBitmap, showBitmap, holdsPicture, sparePixelCount } = await load();
    const bitmap = paint(100, 100);
    putBitmap('a', bitmap);
    const releaseOne = showBitmap(bitmap);
    const releaseOther = showBitmap(bitmap);
    releaseOne();
    releaseOther();
    // Unshown but cached: a panel scrolled back shows it at once.
    expect(holdsPicture(bitmap, 'a')).toBe(true);
    expect(sparePixelCount()).toBe(0);
    // Replaced under its key (the panel was painted again) while one panel shows it.
    const releaseLast = showBitmap(bitmap);
    putBitmap('a', paint(100, 100));
    expect(holdsPicture(bitmap, 'a')).toBe(true);
    releaseLast();
    expect(sparePixelCount()).toBe(100 * 100);
  });

  it('offers the bitmap made a zoom step sharper when the one at this step is missing', async () => {
    const { paint, putBitmap, getBitmapOrSharper } = await load();
    const sharp = paint(200, 400);
    putBitmap('shot|2', sharp);
    expect(getBitmapOrSharper((ratio) => `shot|${ratio}`, 1)).toBe(sharp);
    // Never a blurrier one: zooming in paints again.
    expect(getBitmapOrSharper((ratio) => `shot|${ratio}`, 4)).toBeUndefined();
  });

  it('offers the sharpest bitmap made at a lower step, down to an eighth, for a strip not yet painted at this one', async () => {
    const { paint, putBitmap, getBlurrierBitmap } = await load();
    const keyAt = (ratio: number) => `strip|${ratio}`;
    const eighth = paint(20, 40);
    putBitmap('strip|0.0625', eighth);
    expect(getBlurrierBitmap(keyAt, 0.5)).toBe(eighth);
    const quarter = paint(40, 80);
    putBitmap('strip|0.125', quarter);
    expect(getBlurrierBitmap(keyAt, 0.5)).toBe(quarter);
    // Never the step itself or a sharper one (getBitmapOrSharper offers those), nor one too blurred to help.
    putBitmap('strip|0.5', paint(160, 320));
    expect(getBlurrierBitmap(keyAt, 0.25)).toBe(quarter);
    expect(getBlurrierBitmap(keyAt, 8)).toBeUndefined();
  });

  it('closes a bitmap painted on another thread once the cache lets go of it and nothing shows it', async () => {
    const { putBitmap, showBitmap, sparePixelCount } = await load();
    const closed: string[] = [];
    const fromWorker = (name: string) => ({ width: 1000, height: 7_000, close: () => void closed.push(name) }) as unknown as ImageBitmap;
    const shown = fromWorker('shown');
    putBitmap('a', shown);
    const hide = showBitmap(shown);
    putBitmap('b', fromWorker('b'));
    putBitmap('c', fromWorker('c'));
    putBitmap('d', fromWorker('d')); // over the limit: 'a' leaves the cache, but is on screen
    expect(closed).toEqual([]);
    hide();
    expect(closed).toEqual(['shown']);
    expect(sparePixelCount()).toBe(0); // not a canvas to paint over
  });
});
