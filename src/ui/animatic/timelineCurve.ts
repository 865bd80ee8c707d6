import type { Timeline } from '../../model/animatic';
import type { Emotion, EpisodeCurve } from '../../model';

// The emotion curve under the player's timeline: each beat at the middle of its shot, where
// the shot sits on this timeline (so the curve follows a cut being dragged), broken where a
// shot has no beat and between episodes.

export interface CurveDot {
  ms: number;
  intensity: number;
  emotion: Emotion | null;
}

/** Runs of dots to join with a line; empty when no shot on the timeline has a beat. */
export function timelineCurve(timeline: Timeline, curves: ReadonlyMap<string, EpisodeCurve>): CurveDot[][] {
  const runs: CurveDot[][] = [];
  let run: CurveDot[] = [];
  let episodeId: string | null = null;
  const beats = new Map<string, { intensity: number | null; emotion: Emotion | null }>();
  for (const curve of curves.values()) for (const point of curve.points) beats.set(point.shotId, point);
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const shot of timeline.shots) {
    if (shot.episodeId !== episodeId) close();
    episodeId = shot.episodeId;
    const beat = beats.get(shot.shotId);
    if (!beat || beat.intensity === null) {
      close();
      continue;
    }
    run.push({ ms: (shot.startMs + shot.endMs) / 2, intensity: beat.intensity, emotion: beat.emotion });
  }
  close();
  return runs;
}
