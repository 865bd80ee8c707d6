import type { FrameContext } from '../../canvas/animatic/drawFrame';
import { CANVAS_FONT } from '../../canvas/theme';
import { ANIMATIC_FPS, shotIndexAt, type Timeline } from '../../model/animatic';
import { timecode } from '../edl';

// Review marks burnt over an exported frame, after the picture: the timecode (with the shot
// number, so a note can say "1.12 at 00:00:41:07") in the top-left corner, and a "DRAFT" mark
// in the top-right one. Small and on a dark box, so they read on a white panel without
// covering the drawing.

export interface BurnIns {
  timecode: boolean;
  /** The word burnt in as the draft mark (in the interface's language), or null for none. */
  draft: string | null;
}

export const NO_BURN_INS: BurnIns = { timecode: false, draft: null };

/** "1.12  00:00:41:07": the shot on screen at frame `frame` and the frame's timecode from zero. */
export function timecodeBurnIn(timeline: Timeline, frame: number, fps = ANIMATIC_FPS): string {
  const shot = timeline.shots[shotIndexAt(timeline, (frame * 1000) / fps)];
  const code = timecode(frame, fps);
  return shot?.number ? `${shot.number}  ${code}` : code;
}

const TEXT_SIZE = 0.028;
const MARGIN = 0.03;

/** Draws the marks over a frame `width` pixels wide (they sit at the top, whatever its height). */
export function drawBurnIns(ctx: FrameContext, width: number, texts: { timecode: string | null; draft: string | null }): void {
  const size = Math.max(8, Math.round(width * TEXT_SIZE));
  const margin = Math.round(width * MARGIN);
  ctx.save();
  ctx.font = `600 ${size}px ${CANVAS_FONT}`;
  ctx.textBaseline = 'top';
  if (texts.timecode) label(ctx, texts.timecode, margin, margin, size, 'left', '#ffffff');
  if (texts.draft) label(ctx, texts.draft, width - margin, margin, size, 'right', '#ff6b6b');
  ctx.restore();
}

function label(ctx: FrameContext, text: string, x: number, y: number, size: number, align: 'left' | 'right', colour: string): void {
  const pad = Math.round(size * 0.35);
  const textWidth = ctx.measureText(text).width;
  const left = align === 'left' ? x : x - textWidth - 2 * pad;
  ctx.fillStyle = 'rgba(0, 0, 0, 0.6)';
  ctx.fillRect(left, y, textWidth + 2 * pad, size + 2 * pad);
  ctx.fillStyle = colour;
  ctx.textAlign = 'left';
  ctx.fillText(text, left + pad, y + pad);
}
