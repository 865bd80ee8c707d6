import { EMOTION_COLORS, MAX_INTENSITY, type Emotion, type EpisodeCurve } from '../../model';

/**
 * Where the Arc screen draws things, as plain numbers: the React SVG and the PNG export both
 * draw from here, so the picture on screen and the exported one cannot drift apart.
 */

export interface Box {
  width: number;
  height: number;
  /** Inner padding, so dots on the edges are not cut. */
  pad: number;
}

export interface Dot {
  x: number;
  y: number;
  color: string;
  shotId: string;
  intensity: number;
}

export interface CurveDrawing {
  /** Polylines as SVG `points` strings; a shot without a beat breaks the line. */
  lines: string[];
  dots: Dot[];
  /** x of the target runtime, or null when it lies beyond the drawing. */
  targetX: number | null;
  /** x where the episode's runtime ends. */
  endX: number;
  /** y of a given intensity (for guide lines). */
  yOf(intensity: number): number;
}

const NO_EMOTION = '#6b7280';

export const emotionColor = (emotion: Emotion | null) => (emotion ? EMOTION_COLORS[emotion] : NO_EMOTION);

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * One episode's curve in a box. The time axis runs to `spanMs` (the longest of runtime and
 * target across the series, so small multiples share one scale and a long episode looks long).
 */
export function drawCurve(curve: EpisodeCurve, box: Box, spanMs: number): CurveDrawing {
  const span = Math.max(spanMs, 1);
  const xOf = (ms: number) => round(box.pad + (ms / span) * (box.width - 2 * box.pad));
  const yOf = (intensity: number) => round(box.height - box.pad - (intensity / MAX_INTENSITY) * (box.height - 2 * box.pad));
  const lines: string[] = [];
  const dots: Dot[] = [];
  let line: string[] = [];
  for (const point of curve.points) {
    if (point.intensity === null) {
      if (line.length > 1) lines.push(line.join(' '));
      line = [];
      continue;
    }
    const x = xOf((point.startMs + point.endMs) / 2);
    const y = yOf(point.intensity);
    line.push(`${x},${y}`);
    dots.push({ x, y, color: emotionColor(point.emotion), shotId: point.shotId, intensity: point.intensity });
  }
  if (line.length > 1) lines.push(line.join(' '));
  return {
    lines,
    dots,
    targetX: curve.targetMs <= span ? xOf(curve.targetMs) : null,
    endX: xOf(curve.runtimeMs),
    yOf,
  };
}

/** The longest runtime or target of the series: the shared time scale of the small multiples. */
export function seriesSpanMs(curves: Iterable<EpisodeCurve>): number {
  let span = 0;
  for (const curve of curves) span = Math.max(span, curve.runtimeMs, curve.targetMs);
  return span;
}

export interface EndingMark {
  x: number;
  /** Null for an episode without shots (or whose last shot has no beat): no dot. */
  y: number | null;
  color: string;
  episodeId: string;
  shotId: string | null;
  paywall: boolean;
}

/** The series' ending curve: one mark per episode, at its ending's intensity. */
export function drawEndings(episodes: readonly { id: string; paywall: boolean }[], curves: ReadonlyMap<string, EpisodeCurve>, box: Box) {
  const step = episodes.length > 1 ? (box.width - 2 * box.pad) / (episodes.length - 1) : 0;
  const yOf = (intensity: number) => round(box.height - box.pad - (intensity / MAX_INTENSITY) * (box.height - 2 * box.pad));
  const marks: EndingMark[] = episodes.map((episode, index) => {
    const ending = curves.get(episode.id)?.ending ?? null;
    return {
      x: round(box.pad + index * step),
      y: ending && ending.intensity !== null ? yOf(ending.intensity) : null,
      color: emotionColor(ending?.emotion ?? null),
      episodeId: episode.id,
      shotId: ending?.shotId ?? null,
      paywall: episode.paywall,
    };
  });
  const lines: string[] = [];
  let line: string[] = [];
  for (const mark of marks) {
    if (mark.y === null) {
      if (line.length > 1) lines.push(line.join(' '));
      line = [];
    } else line.push(`${mark.x},${mark.y}`);
  }
  if (line.length > 1) lines.push(line.join(' '));
  // A paywall falls before its episode: the mark sits halfway back to the previous one.
  const paywallXs = marks.filter((mark) => mark.paywall).map((mark) => round(mark.x - step / 2));
  return { marks, lines, paywallXs, yOf, step };
}
