/**
 * Strokes shaped like hand drawing, for tests and the benchmark: the pen moves along a
 * smooth path whose direction and speed drift, with a little tremor, and the points are
 * spaced as the sketch editor stores them (a few pixels to 16 px apart on a 540 px wide
 * panel) and rounded to its four decimals. Deterministic for a given seed.
 */

/** A deterministic pseudo-random generator (LCG), so every run draws the same strokes. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function handLikeStroke(random: () => number, pointCount: number): number[] {
  const points: number[] = [];
  let x = 0.1 + random() * 0.8;
  let y = 0.1 + random() * 0.8;
  let heading = random() * Math.PI * 2;
  let turn = (random() - 0.5) * 0.3;
  let step = 0.006 + random() * 0.02;
  for (let i = 0; i < pointCount; i++) {
    points.push(Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4);
    turn = Math.max(-0.5, Math.min(0.5, turn + (random() - 0.5) * 0.12));
    heading += turn;
    step = Math.max(0.003, Math.min(0.03, step * (0.85 + random() * 0.3)));
    const tremor = 0.0008;
    x += Math.cos(heading) * step + (random() - 0.5) * tremor;
    y += Math.sin(heading) * step * (9 / 16) + (random() - 0.5) * tremor;
  }
  return points;
}
