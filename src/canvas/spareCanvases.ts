// Canvases to paint bitmaps on, reused. Giving a new canvas its pixels is most of what
// painting a panel costs: about 2 ms for a panel's 120,000 pixels where the browser draws in
// software, against under 1 ms for the painting itself, and strips of panels are larger
// still. Bitmaps the cache lets go of (panelBitmaps) and that no panel shows any more come
// back here, and a bitmap of the same size is painted over one of them: clearing it costs
// about a hundredth of a new one.

/** Pixels kept in spare canvases at most (about 32 MB of RGBA). */
const MAX_SPARE_PIXELS = 8_000_000;

const spares = new Map<string, HTMLCanvasElement[]>();
let sparePixels = 0;

const sizeKey = (width: number, height: number) => `${width}x${height}`;

/**
 * A canvas of exactly this size and its 2D context, transparent and with the context's state
 * as new: a spare one when there is one, else a new one. Null when the browser gives no context.
 */
export function canvasOfSize(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } | null {
  const spare = spares.get(sizeKey(width, height))?.pop();
  if (spare) {
    sparePixels -= width * height;
    const context = spare.getContext('2d')!;
    if (typeof context.reset === 'function') context.reset();
    else {
      // Browsers without reset(): the painters set every other property they use.
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.globalAlpha = 1;
      context.globalCompositeOperation = 'source-over';
      context.clearRect(0, 0, width, height);
    }
    return { canvas: spare, context };
  }
  const canvas = document.createElement('canvas');
  // Sized before its context exists, so its pixels are allocated once.
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  return context ? { canvas, context } : null;
}

/** Gives back a canvas that nothing shows or will draw from again. */
export function spareCanvas(canvas: HTMLCanvasElement): void {
  const pixels = canvas.width * canvas.height;
  if (sparePixels + pixels > MAX_SPARE_PIXELS) return;
  const key = sizeKey(canvas.width, canvas.height);
  const list = spares.get(key);
  if (list) list.push(canvas);
  else spares.set(key, [canvas]);
  sparePixels += pixels;
}

/** How many pixels the spares hold (for tests). */
export function sparePixelCount(): number {
  return sparePixels;
}
