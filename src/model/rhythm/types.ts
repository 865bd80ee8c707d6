import type { BeatType, Emotion } from '../types';

/** The rhythm checks, as named in docs/craft.md. */
export const RULE_IDS = [
  'hook', 'open-ending', 'paywall-strength', 'paywall-placement', 'repeated-endings', 'flat-stretch', 'runtime',
  'finale', 'missing-beat',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ['problem', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * One thing a check found. The message is a key and its values, not text: the UI words it in
 * the reader's language (`rhythm.finding.<messageKey>`), the AI prompt in English.
 */
export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  messageKey: string;
  params: Record<string, string | number>;
  /** The episode it is about; null for the series as a whole (e.g. the paywall count). */
  episodeId: string | null;
  /** The shot to show for it; null when it is about the episode as a whole. */
  shotId: string | null;
}

/** The key a dismissal is stored under: one rule, one episode. */
export function dismissalKey(ruleId: RuleId, episodeId: string | null): string {
  return `${ruleId}:${episodeId ?? 'series'}`;
}

/** One shot on its episode's curve. */
export interface CurvePoint {
  shotId: string;
  /** From the episode's start, from the durations of the shots before it. */
  startMs: number;
  endMs: number;
  /** Null when the shot has no beat at all: the curve shows a gap there. */
  intensity: number | null;
  emotion: Emotion | null;
  type: BeatType | null;
}

export interface EpisodeCurve {
  episodeId: string;
  runtimeMs: number;
  targetMs: number;
  points: CurvePoint[];
  /** The first shot that has a beat. */
  opening: CurvePoint | null;
  /** The strongest beat (the first, on a tie). */
  peak: CurvePoint | null;
  /** The last shot, beat or not: it is how the episode ends. */
  ending: CurvePoint | null;
}
