import type { Rect } from '../editor/geometry';
import type { PanelMetrics } from '../editor/layout';
import { strokePoints } from '../model/strokes/strokeForms';
import type { Shot } from '../model/types';
import { coverCrop } from './imageFit';
import { COLORS, emotionColorOf } from './theme';

// The low-zoom look of a panel, drawn straight onto a 2D context: the card, its sketch or image,
// two skeleton lines where the caption is and the beat band in its emotion colour. No text, so
// a strip of panels rasterises in a few milliseconds and is then cached as one bitmap. No DOM
// either: the paint worker (paint.worker.ts) paints strips with it on an OffscreenCanvas.

/** What of a shot the low-zoom look shows. */
export interface StripShot {
  strokes: Shot['strokes'];
  beat: Pick<Shot['beat'], 'emotion'>;
}

export interface StripPanel {
  /** Left edge relative to the strip. */
  x: number;
  shot: StripShot;
  image: HTMLImageElement | null;
}

/** A 2D context on the page or in a worker. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const BAND_HEIGHT = 22;

export interface DrawOptions {
  /** False draws only the card and the beat colour: the stand-in until the sketch is rasterised. */
  detailed: boolean;
  /** Pixel ratio of the target bitmap, so sketch points closer than a device pixel can be skipped. */
  pixelRatio: number;
}

export function drawPanelStrip(
  ctx: Context2D,
  panels: readonly StripPanel[],
  metrics: PanelMetrics,
  options: DrawOptions,
): void {
  for (const panel of panels) drawPanelCard(ctx, panel, metrics, options);
}

export function drawPanelCard(
  ctx: Context2D,
  panel: StripPanel,
  metrics: PanelMetrics,
  options: DrawOptions,
): void {
  const { x, shot, image } = panel;
  const { image: box, caption } = metrics;
  ctx.fillStyle = COLORS.panel;
  ctx.fillRect(x, 0, metrics.width, metrics.height);
  ctx.fillStyle = COLORS.imageBox;
  ctx.fillRect(x + box.x, box.y, box.width, box.height);
  if (options.detailed) {
    if (image) {
      const crop = coverCrop(image.naturalWidth, image.naturalHeight, box.width, box.height);
      ctx.drawImage(image, crop.x, crop.y, crop.width, crop.height, x + box.x, box.y, box.width, box.height);
    }
    const minStep = 0.75 / Math.max(options.pixelRatio, 0.01);
    drawStrokes(ctx, shot, { x: x + box.x, y: box.y, width: box.width, height: box.height }, minStep);
  }

  ctx.fillStyle = COLORS.badge;
  ctx.fillRect(x + 6, caption.y + 8, metrics.width * 0.55, 10);
  ctx.fillRect(x + 6, caption.y + 28, metrics.width * 0.8, 8);

  ctx.fillStyle = emotionColorOf(shot.beat.emotion);
  ctx.fillRect(x, metrics.height - BAND_HEIGHT, metrics.width, BAND_HEIGHT);
}

/**
 * Strokes as plain polylines: at this size the smoothing of the full panel would not show.
 * Consecutive strokes of the same style go into one path and one stroke() call, which is
 * what makes a strip of 16 twenty-stroke sketches cheap to rasterise.
 */
function drawStrokes(ctx: Context2D, shot: StripShot, box: Rect, minStep: number) {
  if (shot.strokes.length === 0) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.x, box.y, box.width, box.height);
  ctx.clip();
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  let style = '';
  for (const stroke of shot.strokes) {
    const points = strokePoints(stroke);
    if (points.length < 2) continue;
    const lineWidth = Math.max(0.5, stroke.width * box.width);
    const alpha = stroke.tool === 'marker' ? 0.45 : 1;
    const next = `${stroke.color}|${lineWidth}|${alpha}`;
    if (next !== style) {
      if (style) ctx.stroke();
      ctx.beginPath();
      ctx.strokeStyle = stroke.color;
      ctx.lineWidth = lineWidth;
      ctx.globalAlpha = alpha;
      style = next;
    }
    let lastX = box.x + points[0] * box.width;
    let lastY = box.y + points[1] * box.height;
    ctx.moveTo(lastX, lastY);
    const lastIndex = points.length - 2;
    for (let i = 2; i <= lastIndex; i += 2) {
      const px = box.x + points[i] * box.width;
      const py = box.y + points[i + 1] * box.height;
      if (i !== lastIndex && Math.abs(px - lastX) < minStep && Math.abs(py - lastY) < minStep) continue;
      ctx.lineTo(px, py);
      lastX = px;
      lastY = py;
    }
    if (points.length === 2) ctx.lineTo(lastX + 0.01, lastY);
  }
  if (style) ctx.stroke();
  ctx.restore();
}
