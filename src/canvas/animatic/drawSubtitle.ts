import type { FrameContext } from './drawFrame';
import { CANVAS_FONT } from '../theme';
import { balancedWrap } from './subtitles';

// The subtitle burnt into the lower third: white text with a dark outline on a dark band, so
// it reads over a white panel and over a photo alike. Sizes are fractions of the frame's
// width, so a small player and a 1080-wide export look the same.

const TEXT_SIZE = 0.05;
const NAME_SIZE = 0.036;
const LINE_HEIGHT = 1.3;
const SIDE_MARGIN = 0.08;
const PADDING = 0.025;
/** Where the band's bottom edge sits, as a fraction of the height: in the lower third, clear of a phone's controls. */
const BOTTOM = 0.88;
/** At most this many lines; a longer line is cut with an ellipsis rather than climbing up the picture. */
const MAX_LINES = 4;

export function drawSubtitle(ctx: FrameContext, width: number, height: number, text: string, speaker: string): void {
  const size = Math.max(8, width * TEXT_SIZE);
  const nameSize = Math.max(7, width * NAME_SIZE);
  const maxWidth = width * (1 - 2 * SIDE_MARGIN);
  ctx.save();
  ctx.font = `600 ${size}px ${CANVAS_FONT}`;
  let lines = balancedWrap(text.trim(), maxWidth, (piece) => ctx.measureText(piece).width);
  if (lines.length > MAX_LINES) lines = [...lines.slice(0, MAX_LINES - 1), `${lines[MAX_LINES - 1]}…`];
  const lineStep = size * LINE_HEIGHT;
  const nameStep = speaker ? nameSize * LINE_HEIGHT : 0;
  const pad = width * PADDING;
  const blockHeight = nameStep + lines.length * lineStep;
  const bottom = height * BOTTOM;
  const top = bottom - blockHeight;
  const widest = Math.max(
    ...lines.map((line) => ctx.measureText(line).width),
    speaker ? measureWith(ctx, `600 ${nameSize}px ${CANVAS_FONT}`, speaker) : 0,
  );
  const bandWidth = Math.min(width - pad, widest + 2 * pad);
  ctx.fillStyle = 'rgba(0, 0, 0, 0.55)';
  roundRect(ctx, (width - bandWidth) / 2, top - pad, bandWidth, blockHeight + 2 * pad, pad);
  ctx.fill();

  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.85)';
  let y = top;
  if (speaker) {
    ctx.font = `600 ${nameSize}px ${CANVAS_FONT}`;
    ctx.lineWidth = nameSize * 0.16;
    ctx.fillStyle = '#ffd479';
    ctx.strokeText(speaker, width / 2, y + nameStep / 2, maxWidth);
    ctx.fillText(speaker, width / 2, y + nameStep / 2, maxWidth);
    y += nameStep;
  }
  ctx.font = `600 ${size}px ${CANVAS_FONT}`;
  ctx.lineWidth = size * 0.16;
  ctx.fillStyle = '#ffffff';
  for (const line of lines) {
    ctx.strokeText(line, width / 2, y + lineStep / 2);
    ctx.fillText(line, width / 2, y + lineStep / 2);
    y += lineStep;
  }
  ctx.restore();
}

function measureWith(ctx: FrameContext, font: string, text: string): number {
  const before = ctx.font;
  ctx.font = font;
  const width = ctx.measureText(text).width;
  ctx.font = before;
  return width;
}

function roundRect(ctx: FrameContext, x: number, y: number, width: number, height: number, radius: number): void {
  ctx.beginPath();
  ctx.moveTo(x + radius, y);
  ctx.arcTo(x + width, y, x + width, y + height, radius);
  ctx.arcTo(x + width, y + height, x, y + height, radius);
  ctx.arcTo(x, y + height, x, y, radius);
  ctx.arcTo(x, y, x + width, y, radius);
  ctx.closePath();
}
