import type { FrameContext } from './drawFrame';
import { strokePoints } from '../../model';
import type { Stroke } from '../../model/types';

// Sketch strokes with the plain Canvas 2D API, drawn the way the board's Konva lines draw
// them (StrokesGroup: the same width rule, marker opacity and a curve of tension 0.3 through
// the points), so the animatic shows the drawing the writer made.

const TENSION = 0.3;
const MARKER_OPACITY = 0.45;

// Decoded once per stroke object: the board store keeps an unchanged stroke's object, and
// playback draws the same strokes thirty times a second.
const decoded = new WeakMap<Stroke, number[]>();

function normalisedPoints(stroke: Stroke): number[] {
  let points = decoded.get(stroke);
  if (!points) decoded.set(stroke, (points = strokePoints(stroke)));
  return points;
}

/** Draws strokes (normalised to 0..1) into the box 0,0 - width,height of the context's current transform. */
export function drawStrokes(ctx: FrameContext, strokes: readonly Stroke[], width: number, height: number): void {
  ctx.save();
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  // A dissolving shot is drawn at its weight; each stroke's own opacity multiplies it.
  const base = ctx.globalAlpha;
  for (const stroke of strokes) {
    const unit = normalisedPoints(stroke);
    if (unit.length < 4) continue;
    const points = unit.map((value, index) => value * (index % 2 === 0 ? width : height));
    ctx.globalAlpha = base * (stroke.tool === 'marker' ? MARKER_OPACITY : 1);
    ctx.strokeStyle = stroke.color;
    ctx.lineWidth = Math.max(0.5, stroke.width * width);
    ctx.beginPath();
    tracePath(ctx, points);
    ctx.stroke();
  }
  ctx.restore();
}

/** Konva's open line with tension: a quadratic at each end, cubics between. */
function tracePath(ctx: FrameContext, p: number[]): void {
  ctx.moveTo(p[0]!, p[1]!);
  if (p.length <= 4) {
    ctx.lineTo(p[2]!, p[3]!);
    return;
  }
  const tp = tensionPoints(p);
  const len = tp.length;
  ctx.quadraticCurveTo(tp[0]!, tp[1]!, tp[2]!, tp[3]!);
  let n = 4;
  while (n < len - 2) {
    ctx.bezierCurveTo(tp[n]!, tp[n + 1]!, tp[n + 2]!, tp[n + 3]!, tp[n + 4]!, tp[n + 5]!);
    n += 6;
  }
  ctx.quadraticCurveTo(tp[len - 2]!, tp[len - 1]!, p[p.length - 2]!, p[p.length - 1]!);
}

/** For each inner point: the control point before it, the point, the control point after it. */
function tensionPoints(p: number[]): number[] {
  const out: number[] = [];
  for (let n = 2; n < p.length - 2; n += 2) {
    const [x0, y0, x1, y1, x2, y2] = [p[n - 2]!, p[n - 1]!, p[n]!, p[n + 1]!, p[n + 2]!, p[n + 3]!];
    const d01 = Math.hypot(x1 - x0, y1 - y0);
    const d12 = Math.hypot(x2 - x1, y2 - y1);
    const sum = d01 + d12;
    if (sum === 0) {
      out.push(x1, y1, x1, y1, x1, y1);
      continue;
    }
    const fa = (TENSION * d01) / sum;
    const fb = (TENSION * d12) / sum;
    out.push(x1 - fa * (x2 - x0), y1 - fa * (y2 - y0), x1, y1, x1 + fb * (x2 - x0), y1 + fb * (y2 - y0));
  }
  return out;
}
