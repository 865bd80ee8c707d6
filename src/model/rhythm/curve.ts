import type { Beat, Episode, Shot } from '../types';
import type { CurvePoint, EpisodeCurve } from './types';

/** A shot has a beat once any of its beat fields is set; a blank beat is a gap in the curve. */
export function hasBeat(beat: Beat): boolean {
  return beat.type !== null || beat.emotion !== null || beat.intensity > 0;
}

/** The emotion curve of one episode: its shots laid end to end by duration. */
export function episodeCurve(episode: Episode, shots: readonly Shot[]): EpisodeCurve {
  const points: CurvePoint[] = [];
  let time = 0;
  let opening: CurvePoint | null = null;
  let peak: CurvePoint | null = null;
  for (const shot of shots) {
    const { beat } = shot;
    const point: CurvePoint = {
      shotId: shot.id,
      startMs: time,
      endMs: time + shot.durationMs,
      intensity: hasBeat(beat) ? beat.intensity : null,
      emotion: beat.emotion,
      type: beat.type,
    };
    time = point.endMs;
    points.push(point);
    if (point.intensity === null) continue;
    opening ??= point;
    if (!peak || point.intensity > (peak.intensity ?? 0)) peak = point;
  }
  return {
    episodeId: episode.id,
    runtimeMs: time,
    targetMs: episode.targetSeconds * 1000,
    points,
    opening,
    peak,
    ending: points.at(-1) ?? null,
  };
}
