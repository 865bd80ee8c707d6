/**
 * The compact stroke path of schema version 2 (docs/schema.md, "Stroke paths"). A sketched
 * series holds millions of points; as JSON lists of float64 numbers they cost about 18 bytes
 * a point in the doc, which made a sketched series too large to sync. Here a point costs
 * about 2 bytes:
 *
 * - coordinates are quantised to 1/4096 of the panel side (rounding error at most 1/8192
 *   per axis, so under 1/5792 as a distance);
 * - each axis is predicted from the two points before it (the next step repeats the last),
 *   and only the difference from that prediction is stored: a hand-drawn line is smooth, so
 *   the differences are small numbers;
 * - each stored number is zigzag-mapped to an unsigned one and written as an unsigned
 *   LEB128 varint (7 bits a byte, low bits first, high bit set on every byte but the last).
 *
 * Layout: one flags byte (bit 0: a pressure channel follows the coordinates; other bits 0),
 * the point count as a varint, 2 × count coordinate numbers (x0 y0 x1 y1 ...), then with
 * bit 0 set, count pressure numbers (pressure 0..1 in 1/255 steps, each stored as the
 * difference from the previous point's, the first as it is).
 */

/** Quantisation steps per panel side. */
export const PATH_SCALE = 4096;
/** Coordinates further than this many panel sides off the panel are clamped (keeps numbers exact). */
export const PATH_LIMIT = 64;
const PRESSURE_SCALE = 255;
const FLAG_PRESSURE = 1;

export class PathFormatError extends Error {
  override name = 'PathFormatError';
}

export interface DecodedPath {
  /** Flat [x0, y0, x1, y1, ...] in panel units (0..1 on the panel). */
  points: number[];
  /** One value 0..1 per point, when the stroke recorded pressure. */
  pressure?: number[];
}

const quantise = (value: number) =>
  Math.round(Math.min(Math.max(value, -PATH_LIMIT), PATH_LIMIT) * PATH_SCALE);
const zigzag = (value: number) => (value >= 0 ? value * 2 : -value * 2 - 1);
const unzigzag = (value: number) => (value % 2 === 0 ? value / 2 : -(value + 1) / 2);

/** A byte buffer that grows as varints are appended. */
class ByteWriter {
  private bytes: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(capacity, 8));
  }
  byte(value: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = value;
  }
  varuint(value: number): void {
    // Division rather than bit shifts: values may exceed 32 bits.
    while (value >= 0x80) {
      this.byte((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    this.byte(value);
  }
  done(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

class ByteReader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}
  get atEnd(): boolean {
    return this.offset === this.bytes.length;
  }
  byte(): number {
    if (this.offset >= this.bytes.length) throw new PathFormatError('The stroke path ends early.');
    return this.bytes[this.offset++]!;
  }
  varuint(): number {
    let value = 0;
    let factor = 1;
    for (;;) {
      const byte = this.byte();
      value += (byte & 0x7f) * factor;
      if (byte < 0x80) return value;
      factor *= 0x80;
      if (factor > 2 ** 49) throw new PathFormatError('A number in the stroke path is too long.');
    }
  }
}

/**
 * Encodes a flat [x0, y0, x1, y1, ...] list of at least one point (and optionally one
 * pressure value 0..1 per point). Non-finite coordinates must be filtered out by the caller.
 */
export function encodeStrokePath(points: ArrayLike<number>, pressure?: ArrayLike<number>): Uint8Array {
  const count = Math.floor(points.length / 2);
  if (count < 1) throw new PathFormatError('A stroke needs at least one point.');
  const hasPressure = pressure !== undefined && pressure.length === count;
  const writer = new ByteWriter(4 + count * 3);
  writer.byte(hasPressure ? FLAG_PRESSURE : 0);
  writer.varuint(count);
  let x1 = 0, y1 = 0, x2 = 0, y2 = 0; // the previous point and the one before it
  for (let i = 0; i < count; i++) {
    const x = quantise(points[i * 2]!);
    const y = quantise(points[i * 2 + 1]!);
    // Prediction: nothing for the first point, the previous point for the second, and the
    // previous step repeated after that.
    const px = i === 0 ? 0 : i === 1 ? x1 : 2 * x1 - x2;
    const py = i === 0 ? 0 : i === 1 ? y1 : 2 * y1 - y2;
    writer.varuint(zigzag(x - px));
    writer.varuint(zigzag(y - py));
    x2 = x1; y2 = y1; x1 = x; y1 = y;
  }
  if (hasPressure) {
    let previous = 0;
    for (let i = 0; i < count; i++) {
      const level = Math.round(Math.min(Math.max(pressure[i] ?? 0, 0), 1) * PRESSURE_SCALE);
      writer.varuint(zigzag(level - previous));
      previous = level;
    }
  }
  return writer.done();
}

/** Decodes a path; throws `PathFormatError` for bytes that are not one. */
export function decodeStrokePath(bytes: Uint8Array): DecodedPath {
  const reader = new ByteReader(bytes);
  const flags = reader.byte();
  if ((flags & ~FLAG_PRESSURE) !== 0) throw new PathFormatError('The stroke path uses an unknown feature.');
  const count = reader.varuint();
  // Each point takes at least two bytes, so a count beyond that is a damaged path.
  if (count < 1 || count * 2 > bytes.length) throw new PathFormatError('The stroke path has a wrong point count.');
  const points = new Array<number>(count * 2);
  let x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  for (let i = 0; i < count; i++) {
    const px = i === 0 ? 0 : i === 1 ? x1 : 2 * x1 - x2;
    const py = i === 0 ? 0 : i === 1 ? y1 : 2 * y1 - y2;
    const x = px + unzigzag(reader.varuint());
    const y = py + unzigzag(reader.varuint());
    points[i * 2] = x / PATH_SCALE;
    points[i * 2 + 1] = y / PATH_SCALE;
    x2 = x1; y2 = y1; x1 = x; y1 = y;
  }
  let pressure: number[] | undefined;
  if (flags & FLAG_PRESSURE) {
    pressure = new Array<number>(count);
    let level = 0;
    for (let i = 0; i < count; i++) {
      level += unzigzag(reader.varuint());
      pressure[i] = level / PRESSURE_SCALE;
    }
  }
  if (!reader.atEnd) throw new PathFormatError('The stroke path has bytes after its end.');
  return pressure ? { points, pressure } : { points };
}

/** The number of points a path holds, read from its header without decoding it. */
export function strokePathPointCount(bytes: Uint8Array): number {
  try {
    const reader = new ByteReader(bytes);
    reader.byte();
    return reader.varuint();
  } catch {
    return 0;
  }
}
