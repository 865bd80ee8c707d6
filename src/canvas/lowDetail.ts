import type { PanelMetrics } from '../editor/layout';
import { EMOTION_COLORS } from '../model';
import type { Shot } from '../model/types';
import { coverCrop } from './imageFit';
import { COLORS } from './theme';

// The low-zoom look of a panel, drawn straight onto a 2D context: the card, its sketch or image,
// two skeleton lines where the caption is and the beat band in its emotion colour. No text, so
// a strip of panels rasterises in a few milliseconds and is then cached as one bitmap.

export interface StripPanel {
  /** Left edge relative to the strip. */
  x: number;
  shot: Shot;
  image: HTMLImageElement | null;
}

const BAND_HEIGHT = 22;

export function drawPanelStrip(ctx: CanvasRenderingContext2D, panels: readonly StripPanel[], metrics: PanelMetrics): void {
  const { image: box, caption } = metrics;
  for (const { x, shot, image } of panels) {
    ctx.fillStyle = COLORS.panel;
    ctx.fillRect(x, 0, metrics.width, metrics.height);
    ctx.fillStyle = COLORS.imageBox;
    ctx.fillRect(x + box.x, box.y, box.width, box.height);
    if (image) {
      const crop = coverCrop(image.naturalWidth, image.naturalHeight, box.width, box.height);
      ctx.drawImage(image, crop.x, crop.y, crop.width, crop.height, x + box.x, box.y, box.width, box.height);
    }
    drawStrokes(ctx, shot, x + box.x, box.y, box.width, box.height);

    ctx.fillStyle = COLORS.badge;
    ctx.fillRect(x + 6, caption.y + 8, metrics.width * 0.55, 10);
    ctx.fillRect(x + 6, caption.y + 28, metrics.width * 0.8, 8);

    ctx.fillStyle = shot.beat.emotion ? EMOTION_COLORS[shot.beat.emotion] : COLORS.noBeat;
    ctx.fillRect(x, metrics.height - BAND_HEIGHT, metrics.width, BAND_HEIGHT);
  }
}

/** Strokes as plain polylines: at this size the smoothing of the full panel would not show. */
function drawStrokes(ctx: CanvasRenderingContext2D, shot: Shot, left: number, top: number, width: number, height: number) {
  if (shot.strokes.length === 0) return;
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, width, height);
  ctx.clip();
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const stroke of shot.strokes) {
    const points = stroke.points;
    if (points.length < 2) continue;
    ctx.globalAlpha = stroke.tool === 'marker' ? 0.45 : 1;
    ctx.strokeStyle = stroke.color;
    ctx.lineWidth = Math.max(0.5, stroke.width * width);
    ctx.beginPath();
    ctx.moveTo(left + points[0] * width, top + points[1] * height);
    for (let i = 2; i + 1 < points.length; i += 2) ctx.lineTo(left + points[i] * width, top + points[i + 1] * height);
    if (points.length === 2) ctx.lineTo(left + points[0] * width + 0.01, top + points[1] * height);
    ctx.stroke();
  }
  ctx.restore();
}
