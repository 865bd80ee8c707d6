import { describe, expect, it } from 'vitest';
import { PATH_LIMIT, PATH_SCALE, PathFormatError, decodeStrokePath, encodeStrokePath } from './pathCodec';
import { handLikeStroke, seededRandom } from './testing/handStrokes';

/** The largest distance between a point as drawn and as decoded, in panel sides. */
function worstError(points: number[], decoded: number[]): number {
  let worst = 0;
  for (let i = 0; i < points.length; i += 2) {
    worst = Math.max(worst, Math.hypot(points[i]! - decoded[i]!, points[i + 1]! - decoded[i + 1]!));
  }
  return worst;
}

describe('stroke path codec', () => {
  it('round-trips random strokes within 1/4096 of the panel side, off-panel points included', () => {
    const random = seededRandom(2024);
    for (let run = 0; run < 2000; run++) {
      const count = 1 + Math.floor(random() * 120);
      // Anything from jittery scribbles to jumps across (and off) the panel.
      const spread = [0.001, 0.02, 0.3, 2.5][run % 4]!;
      const points: number[] = [];
      let x = random();
      let y = random();
      for (let i = 0; i < count; i++) {
        x += (random() - 0.5) * spread;
        y += (random() - 0.5) * spread;
        points.push(Math.max(-PATH_LIMIT, Math.min(PATH_LIMIT, x)), Math.max(-PATH_LIMIT, Math.min(PATH_LIMIT, y)));
      }
      const decoded = decodeStrokePath(encodeStrokePath(points)).points;
      expect(decoded).toHaveLength(points.length);
      expect(worstError(points, decoded)).toBeLessThan(1 / 4096);
    }
  });

  it('stores hand-drawn strokes in at most 3 bytes a point on average', () => {
    const random = seededRandom(7);
    let bytes = 0;
    let points = 0;
    for (let i = 0; i < 2000; i++) {
      const stroke = handLikeStroke(random, 10 + Math.floor(random() * 60));
      bytes += encodeStrokePath(stroke).length;
      points += stroke.length / 2;
    }
    expect(bytes / points).toBeLessThanOrEqual(3);
  });

  it('keeps pressure per point, to 1/255', () => {
    const points = [0.1, 0.1, 0.2, 0.15, 0.3, 0.2, 0.4, 0.3];
    const pressure = [0, 0.25, 0.9, 1];
    const decoded = decodeStrokePath(encodeStrokePath(points, pressure));
    decoded.pressure!.forEach((level, i) => expect(Math.abs(level - pressure[i]!)).toBeLessThanOrEqual(0.5 / 255));
    expect(decodeStrokePath(encodeStrokePath(points)).pressure).toBeUndefined();
  });

  it('encodes the worked example of docs/schema.md byte for byte', () => {
    const bytes = encodeStrokePath([0.1, 0.62, 0.5, 0.6, 0.9, 0.62]);
    expect([...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(' ')).toBe(
      '00 03 b4 06 d8 27 cc 19 a3 01 00 c8 02',
    );
    expect(decodeStrokePath(bytes).points).toEqual([410, 2540, 2048, 2458, 3686, 2540].map((q) => q / PATH_SCALE));
  });

  it('refuses damaged paths instead of drawing garbage', () => {
    const good = encodeStrokePath([0.1, 0.2, 0.3, 0.4]);
    expect(() => decodeStrokePath(good.subarray(0, good.length - 1))).toThrow(PathFormatError);
    expect(() => decodeStrokePath(Uint8Array.of(...good, 5))).toThrow(PathFormatError);
    expect(() => decodeStrokePath(Uint8Array.of(4, ...good.subarray(1)))).toThrow(/unknown feature/);
    expect(() => decodeStrokePath(Uint8Array.of(0, 0))).toThrow(/point count/);
    expect(() => encodeStrokePath([])).toThrow(PathFormatError);
  });
});
