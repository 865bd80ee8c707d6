import type { BeatType } from '../types';
import type { RhythmThresholds } from './thresholds';
import type { CurvePoint, EpisodeCurve, Finding } from './types';

/**
 * Checks that read one episode's curve. Each is pure: curve and thresholds in, findings out.
 * An episode without shots is a lane not yet boarded, so none of them reports on it.
 */

/** Beats that can grab a viewer in the first seconds. */
export const HOOK_TYPES: ReadonlySet<BeatType> = new Set(['hook', 'reveal', 'reversal', 'face-slap', 'confrontation', 'betrayal']);

const seconds = (ms: number) => Math.round(ms / 100) / 10;

export function checkHook(curve: EpisodeCurve, t: RhythmThresholds): Finding[] {
  const first = curve.points[0];
  if (!first) return [];
  const windowMs = t.hookWindowSeconds * 1000;
  const hooked = curve.points.some(
    (point) => point.startMs < windowMs && point.type !== null && HOOK_TYPES.has(point.type) && (point.intensity ?? 0) >= t.hookMinIntensity,
  );
  if (hooked) return [];
  return [{
    ruleId: 'hook', severity: 'problem', messageKey: 'hook',
    params: { seconds: t.hookWindowSeconds, min: t.hookMinIntensity },
    episodeId: curve.episodeId, shotId: first.shotId,
  }];
}

/**
 * Stretches of running time without a beat at the strong level: from the start to the first
 * strong shot, between strong shots, and from the last one to the end. Each is reported at
 * the shot where it starts.
 */
export function checkFlatStretch(curve: EpisodeCurve, t: RhythmThresholds): Finding[] {
  const limitMs = t.flatStretchSeconds * 1000;
  const findings: Finding[] = [];
  let flatFrom: CurvePoint | undefined = curve.points[0];
  const close = (untilMs: number) => {
    if (flatFrom && untilMs - flatFrom.startMs > limitMs) {
      findings.push({
        ruleId: 'flat-stretch', severity: 'warning', messageKey: 'flatStretch',
        params: { seconds: seconds(untilMs - flatFrom.startMs), limit: t.flatStretchSeconds, min: t.flatMinIntensity },
        episodeId: curve.episodeId, shotId: flatFrom.shotId,
      });
    }
  };
  curve.points.forEach((point, index) => {
    if ((point.intensity ?? 0) < t.flatMinIntensity) return;
    close(point.startMs);
    flatFrom = curve.points[index + 1];
  });
  close(curve.runtimeMs);
  return findings;
}

export function checkRuntime(curve: EpisodeCurve, t: RhythmThresholds): Finding[] {
  if (curve.points.length === 0) return [];
  const findings: Finding[] = [];
  const base = { ruleId: 'runtime', episodeId: curve.episodeId, shotId: null } as const;
  const runtime = seconds(curve.runtimeMs);
  if (curve.runtimeMs > curve.targetMs) {
    findings.push({ ...base, severity: 'warning', messageKey: 'runtimeOverTarget', params: { runtime, target: curve.targetMs / 1000 } });
  }
  if (curve.runtimeMs < t.runtimeMinSeconds * 1000) {
    findings.push({ ...base, severity: 'warning', messageKey: 'runtimeShort', params: { runtime, min: t.runtimeMinSeconds } });
  } else if (curve.runtimeMs > t.runtimeMaxSeconds * 1000) {
    findings.push({ ...base, severity: 'warning', messageKey: 'runtimeLong', params: { runtime, max: t.runtimeMaxSeconds } });
  }
  return findings;
}

/** One finding per episode rather than one per shot: a fresh import has no beats at all. */
export function checkMissingBeats(curve: EpisodeCurve): Finding[] {
  const missing = curve.points.filter((point) => point.type === null);
  if (missing.length === 0) return [];
  return [{
    ruleId: 'missing-beat', severity: 'info', messageKey: 'missingBeat',
    params: { count: missing.length }, episodeId: curve.episodeId, shotId: missing[0].shotId,
  }];
}

/** Every check of a single episode, in the order the list shows them. */
export function checkEpisode(curve: EpisodeCurve, t: RhythmThresholds): Finding[] {
  return [...checkHook(curve, t), ...checkFlatStretch(curve, t), ...checkRuntime(curve, t), ...checkMissingBeats(curve)];
}
