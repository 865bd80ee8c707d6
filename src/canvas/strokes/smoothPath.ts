/**
 * How much a sketch stroke is smoothed between its points: 0 draws straight segments, higher
 * values round the corners more. 0.3 keeps a hand-drawn line's character.
 */
export const STROKE_TENSION = 0.3;

/**
 * Traces a stroke through `points` ([x0, y0, x1, y1, ...]) as a smooth curve that passes
 * through every point (a cardinal spline): at each inner point the curve's direction is that
 * of the chord between its neighbours, and its handles reach `tension` of the way towards
 * them, split in proportion to the two segments' lengths, so a short segment beside a long
 * one does not overshoot. The first and last segments are quadratic, the others cubic. Adds
 * to the current path; the caller strokes it.
 */
export function traceSmoothStroke(path: CanvasPath, points: ArrayLike<number>, tension = STROKE_TENSION): void {
  const count = Math.floor(points.length / 2);
  if (count === 0) return;
  const x = (i: number) => points[i * 2]!;
  const y = (i: number) => points[i * 2 + 1]!;
  path.moveTo(x(0), y(0));
  if (count < 3 || tension === 0) {
    for (let i = 1; i < count; i++) path.lineTo(x(i), y(i));
    return;
  }
  // Handles of inner point i: `before` leads into it, `after` leads out of it.
  let afterX = 0;
  let afterY = 0;
  for (let i = 1; i < count - 1; i++) {
    const chordX = x(i + 1) - x(i - 1);
    const chordY = y(i + 1) - y(i - 1);
    const into = Math.hypot(x(i) - x(i - 1), y(i) - y(i - 1));
    const outOf = Math.hypot(x(i + 1) - x(i), y(i + 1) - y(i));
    const total = into + outOf || 1;
    const beforeX = x(i) - ((tension * into) / total) * chordX;
    const beforeY = y(i) - ((tension * into) / total) * chordY;
    if (i === 1) path.quadraticCurveTo(beforeX, beforeY, x(i), y(i));
    else path.bezierCurveTo(afterX, afterY, beforeX, beforeY, x(i), y(i));
    afterX = x(i) + ((tension * outOf) / total) * chordX;
    afterY = y(i) + ((tension * outOf) / total) * chordY;
  }
  path.quadraticCurveTo(afterX, afterY, x(count - 1), y(count - 1));
}
