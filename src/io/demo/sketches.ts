import type { StrokeInput } from '../../model';

/**
 * Tiny drawing helpers for the demo's thumbnail sketches, in the stored stroke space: points
 * in 0..1 of the panel box (y grows downwards) and widths as a fraction of the panel width.
 */

/** A demo stroke: drawn points, as the sketch editor hands them to the commands. */
export type StrokeDraft = StrokeInput & { points: number[] };

const INK = '#2b2b2b';
const PEN = 0.012;

const line = (points: number[], width = PEN, color = INK): StrokeDraft => ({ tool: 'pen', color, width, points });

/** A horizon or waterline across the whole panel. */
export function horizon(y: number): StrokeDraft {
  return line([0, y, 0.35, y + 0.004, 0.7, y - 0.003, 1, y]);
}

/** A standing figure as a few lines: head, body, arms and legs. `x, y` is the top of the head. */
export function figure(x: number, y: number, height = 0.3): StrokeDraft[] {
  const h = height;
  const r = h * 0.07;
  const head: number[] = [];
  for (let i = 0; i <= 8; i++) {
    const angle = (i / 8) * Math.PI * 2;
    // Panels are 9:16, so a round head needs a wider radius across than down.
    head.push(round(x + Math.cos(angle) * r * (16 / 9)), round(y + r + Math.sin(angle) * r));
  }
  const neck = y + 2 * r;
  const hip = y + h * 0.6;
  return [
    line(head),
    line([x, neck, x, hip]),
    line([round(x - h * 0.2), round(neck + h * 0.22), x, round(neck + h * 0.05), round(x + h * 0.2), round(neck + h * 0.22)]),
    line([round(x - h * 0.12), y + h, x, hip, round(x + h * 0.12), y + h]),
  ];
}

/** A low barge hull on the water. */
export function barge(y: number): StrokeDraft {
  return line([0.08, y, 0.15, y + 0.05, 0.85, y + 0.05, 0.92, y, 0.08, y], 0.015);
}

/** A stone arch over the water, as a lock gate seen from a boat. */
export function arch(top: number, waterline: number): StrokeDraft {
  const points: number[] = [0.05, waterline];
  for (let i = 0; i <= 10; i++) {
    const angle = Math.PI - (i / 10) * Math.PI;
    points.push(round(0.5 + Math.cos(angle) * 0.45), round(top + (1 - Math.sin(angle)) * (waterline - top)));
  }
  return line(points, 0.02);
}

/** Slanted rain streaks in a light marker. */
export function rain(count: number): StrokeDraft[] {
  return Array.from({ length: count }, (_, i) => {
    const x = round(0.06 + ((i * 0.37) % 0.9));
    const y = round(0.05 + ((i * 0.23) % 0.5));
    return { tool: 'marker', color: '#7fa7c9', width: 0.006, points: [x, y, round(x - 0.03), round(y + 0.08)] };
  });
}

/** A rectangle, e.g. a doorway, a photograph or a balcony rail. */
export function box(x: number, y: number, w: number, h: number, width = PEN): StrokeDraft {
  return line([x, y, x + w, y, x + w, y + h, x, y + h, x, y], width);
}

const round = (n: number) => Math.round(n * 1000) / 1000;
