import type * as Y from 'yjs';
import { getRhythmDismissalsMap, getRhythmThresholdsMap } from './roots';
import {
  DEFAULT_RHYTHM_THRESHOLDS, NUMERIC_THRESHOLDS, isValidThreshold, readPaywallCountBands, type RhythmThresholds,
} from './thresholds';

/** Why a finding was set aside for one episode, and by whom. */
export interface Dismissal {
  reason: string;
  by: string;
  at: number;
}

export interface RhythmSettings {
  thresholds: RhythmThresholds;
  /** Keyed by `<ruleId>:<episodeId>` (`<ruleId>:series` for findings about the whole series). */
  dismissals: ReadonlyMap<string, Dismissal>;
}

/**
 * The thresholds in force: every stored value that is usable, the default for the rest. A
 * value out of range is ignored rather than clamped, so a bad write never silences a check.
 */
export function readThresholds(doc: Y.Doc): RhythmThresholds {
  const stored = getRhythmThresholdsMap(doc);
  const thresholds: RhythmThresholds = { ...DEFAULT_RHYTHM_THRESHOLDS };
  for (const key of NUMERIC_THRESHOLDS) {
    const value = stored.get(key);
    if (isValidThreshold(key, value)) thresholds[key] = value;
  }
  thresholds.paywallCounts = readPaywallCountBands(stored.get('paywallCounts')) ?? DEFAULT_RHYTHM_THRESHOLDS.paywallCounts;
  return thresholds;
}

export function readDismissal(value: unknown): Dismissal | null {
  if (!value || typeof value !== 'object') return null;
  const { reason, by, at } = value as Record<string, unknown>;
  if (typeof reason !== 'string') return null;
  return { reason, by: typeof by === 'string' ? by : '', at: typeof at === 'number' && Number.isFinite(at) ? at : 0 };
}

export function readDismissals(doc: Y.Doc): Map<string, Dismissal> {
  const dismissals = new Map<string, Dismissal>();
  getRhythmDismissalsMap(doc).forEach((value, key) => {
    const dismissal = readDismissal(value);
    if (dismissal) dismissals.set(key, dismissal);
  });
  return dismissals;
}

export function readRhythmSettings(doc: Y.Doc): RhythmSettings {
  return { thresholds: readThresholds(doc), dismissals: readDismissals(doc) };
}
