import type { PanelMetrics } from '../editor/layout';
import { strokePointsIn } from '../model/strokes/strokeForms';
import type { Emotion, Stroke } from '../model/types';
import { coverCrop } from './imageFit';
import type { Context2D } from './lowDetail';
import { traceSmoothStroke } from './strokes/smoothPath';
import { CANVAS_FONT, COLORS, emotionColorOf, textOn } from './theme';

// A full-detail panel drawn straight onto a 2D context: the card, its picture (reference image,
// sketch or hint), the number and duration chips, the caption and the beat band. Everything it
// shows comes in a PanelFace with its words already in the interface language, so the same code
// paints on the page (panelPainter.ts) and on a worker's OffscreenCanvas (paint.worker.ts). The
// sketch is traced by the same spline as the sketch editor's (StrokesGroup), so both show the
// same drawing.

/** What a panel shows: a shot's drawing and beat, and its words as they read in the interface. */
export interface PanelFace {
  strokes: readonly Pick<Stroke, 'tool' | 'color' | 'width' | 'path'>[];
  emotion: Emotion | null;
  /** The beat's intensity, 0 to 10. */
  intensity: number;
  /** The reference image (page only: a worker gets none). */
  image: HTMLImageElement | null;
  /** "3.12": episode 3, shot 12. */
  number: string;
  /** "0:04". */
  duration: string;
  /** Size, angle and movement, those that are set. */
  badges: string[];
  /** The first dialogue line with its speaker, else the action (panelCaption); empty for none. */
  caption: string;
  beatLabel: string;
  /** Shown in the picture box of a shot with neither sketch nor image. */
  emptyHint: string;
}

const CORNER = 6;
const CHIP_FONT = 11;
const BADGE_FONT = 10;
const BADGE_GAP = 4;
const BAND_HEIGHT = 22;
const INTENSITY_WIDTH = 36;
const PILL_PADDING_X = 4;
const PILL_PADDING_Y = 2;
const HINT_PADDING = 16;
const HINT_FONT = 11;

/** Draws the panel with its top left corner at the context's origin, in board pixels. */
export function drawPanel(ctx: Context2D, face: PanelFace, metrics: PanelMetrics): void {
  ctx.save();
  ctx.beginPath();
  ctx.roundRect(0, 0, metrics.width, metrics.height, CORNER);
  ctx.fillStyle = COLORS.panel;
  ctx.fill();
  ctx.strokeStyle = COLORS.panelBorder;
  ctx.lineWidth = 1;
  ctx.stroke();
  paintArtwork(ctx, face, metrics);
  const box = metrics.image;
  paintPill(ctx, { x: box.x + 5, y: box.y + 5, text: face.number, fontSize: CHIP_FONT, bold: true, fill: COLORS.chip, color: COLORS.chipText });
  paintPill(ctx, {
    x: box.x + box.width - 5,
    y: box.y + 5,
    text: face.duration,
    fontSize: CHIP_FONT,
    fill: COLORS.chip,
    color: COLORS.chipText,
    alignRight: true,
  });
  paintCaption(ctx, face, metrics);
  ctx.restore();
}

/** The picture box: the reference image cropped to fill it, the sketch over it, or a hint. */
function paintArtwork(ctx: Context2D, face: PanelFace, metrics: PanelMetrics) {
  const { strokes, image } = face;
  const box = metrics.image;
  ctx.save();
  ctx.beginPath();
  ctx.rect(box.x, box.y, box.width, box.height);
  ctx.clip();
  ctx.fillStyle = COLORS.imageBox;
  ctx.fillRect(box.x, box.y, box.width, box.height);
  if (image) {
    const crop = coverCrop(image.naturalWidth, image.naturalHeight, box.width, box.height);
    ctx.drawImage(image, crop.x, crop.y, crop.width, crop.height, box.x, box.y, box.width, box.height);
  }
  if (strokes.length > 0) {
    ctx.save();
    ctx.translate(box.x, box.y);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    for (const stroke of strokes) {
      ctx.beginPath();
      traceSmoothStroke(ctx, strokePointsIn(stroke, box.width, box.height));
      ctx.strokeStyle = stroke.color;
      ctx.lineWidth = Math.max(0.5, stroke.width * box.width);
      ctx.globalAlpha = stroke.tool === 'marker' ? 0.45 : 1;
      ctx.stroke();
    }
    ctx.restore();
  } else if (!image) {
    ctx.font = font(HINT_FONT);
    ctx.fillStyle = COLORS.imageHint;
    ctx.textAlign = 'center';
    const lines = wrapWords(ctx, face.emptyHint, box.width - HINT_PADDING * 2);
    const top = box.y + (box.height - lines.length * HINT_FONT) / 2;
    lines.forEach((text, index) => fillLine(ctx, text, box.x + box.width / 2, top + index * HINT_FONT, HINT_FONT));
    ctx.textAlign = 'left';
  }
  ctx.restore();
}

/** Under the picture: framing badges, the caption and the beat band. */
function paintCaption(ctx: Context2D, face: PanelFace, metrics: PanelMetrics) {
  const top = metrics.caption.y;
  const inner = metrics.width - 12;
  // Badges flow left to right and stop at the panel edge rather than wrapping.
  let badgeX = 6;
  for (const text of face.badges) {
    const room = 6 + inner - badgeX;
    if (room < 24) break;
    const width = paintPill(ctx, { x: badgeX, y: top + 6, text, fontSize: BADGE_FONT, bold: true, maxWidth: room, fill: COLORS.badge, color: COLORS.badgeText });
    badgeX += width + BADGE_GAP;
  }
  const { caption } = face;
  if (caption) {
    ctx.font = font(CHIP_FONT);
    ctx.fillStyle = COLORS.captionText;
    fillLine(ctx, fitWithEllipsis(ctx, caption, inner), 6, top + 28, CHIP_FONT);
  }
  paintBeatBand(ctx, face, metrics.width, top + metrics.caption.height - BAND_HEIGHT);
}

/** Coloured by emotion, labelled by beat type, intensity as a filled bar. */
function paintBeatBand(ctx: Context2D, face: PanelFace, width: number, y: number) {
  const fill = emotionColorOf(face.emotion);
  const ink = face.emotion ? textOn(fill) : COLORS.noBeatText;
  const intensity = Math.max(0, Math.min(10, face.intensity)) / 10;
  const barX = width - INTENSITY_WIDTH - 8;
  ctx.beginPath();
  ctx.roundRect(0, y, width, BAND_HEIGHT, [0, 0, CORNER, CORNER]);
  ctx.fillStyle = fill;
  ctx.fill();
  ctx.font = font(BADGE_FONT, true);
  ctx.fillStyle = ink;
  fillLine(ctx, fitWithEllipsis(ctx, face.beatLabel, barX - 14), 8, y + 6, BADGE_FONT);
  ctx.globalAlpha = 0.3;
  ctx.beginPath();
  ctx.roundRect(barX, y + 9, INTENSITY_WIDTH, 4, 2);
  ctx.fill();
  ctx.globalAlpha = 1;
  if (intensity > 0) {
    ctx.beginPath();
    ctx.roundRect(barX, y + 9, INTENSITY_WIDTH * intensity, 4, 2);
    ctx.fill();
  }
}

interface PillSpec {
  x: number;
  y: number;
  text: string;
  fontSize: number;
  fill: string;
  color: string;
  bold?: boolean;
  /** x is the right edge instead of the left one. */
  alignRight?: boolean;
  /** Longest the pill may get; longer text is cut with an ellipsis. */
  maxWidth?: number;
}

/** A rounded label sized to its text (as Pill draws on the canvas); returns its width. */
function paintPill(ctx: Context2D, pill: PillSpec): number {
  ctx.font = font(pill.fontSize, pill.bold);
  const width = Math.min(pill.maxWidth ?? Infinity, Math.ceil(ctx.measureText(pill.text).width) + PILL_PADDING_X * 2 + 1);
  const height = pill.fontSize + PILL_PADDING_Y * 2 + 2;
  const x = pill.alignRight ? pill.x - width : pill.x;
  ctx.beginPath();
  ctx.roundRect(x, pill.y, width, height, height / 2);
  ctx.fillStyle = pill.fill;
  ctx.fill();
  ctx.fillStyle = pill.color;
  fillLine(ctx, fitWithEllipsis(ctx, pill.text, width - PILL_PADDING_X * 2), x + PILL_PADDING_X, pill.y + PILL_PADDING_Y + 1, pill.fontSize);
  return width;
}

function font(size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px ${CANVAS_FONT}`;
}

const middleOffsets = new Map<string, number>();

/**
 * Fills one line of text in a line box `lineHeight` tall whose top is at `top`, its glyphs
 * centred in the box by the font's own ascent and descent, as the canvas's text nodes do.
 */
function fillLine(ctx: Context2D, text: string, x: number, top: number, lineHeight: number) {
  let offset = middleOffsets.get(ctx.font);
  if (offset === undefined) {
    const sample = ctx.measureText('M');
    const ascent = sample.fontBoundingBoxAscent ?? sample.actualBoundingBoxAscent;
    const descent = sample.fontBoundingBoxDescent ?? sample.actualBoundingBoxDescent;
    offset = (ascent - descent) / 2;
    middleOffsets.set(ctx.font, offset);
  }
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(text, x, top + lineHeight / 2 + offset);
}

/** `text` as it fits in `maxWidth` at the context's font, cut with "…" when too long. */
export function fitWithEllipsis(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  const characters = Array.from(text);
  // The longest prefix that fits with the ellipsis, found by halving.
  let low = 0;
  let high = characters.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (ctx.measureText(characters.slice(0, middle).join('') + '…').width <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return low === 0 ? '' : characters.slice(0, low).join('').trimEnd() + '…';
}

/** Breaks `text` into lines no wider than `maxWidth`: at spaces, or anywhere in text without them (Chinese). */
export function wrapWords(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, maxWidth: number): string[] {
  const units = text.includes(' ') ? text.split(' ') : Array.from(text);
  const joiner = text.includes(' ') ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const unit of units) {
    const next = line ? line + joiner + unit : unit;
    if (line && ctx.measureText(next).width > maxWidth) {
      lines.push(line);
      line = unit;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
