import type * as Y from 'yjs';
import { transact } from '../doc';
import { ValidationError } from '../errors';
import { MAX_DISMISSAL_REASON, MAX_PERSON_NAME_LENGTH, clipText } from '../limits';
import { getRhythmDismissalsMap, getRhythmThresholdsMap } from './roots';
import type { Dismissal } from './settings';
import {
  NUMERIC_THRESHOLDS, THRESHOLD_LIMITS, isValidThreshold, readPaywallCountBands,
  type NumericThreshold, type PaywallCountBand,
} from './thresholds';


export type ThresholdsPatch = Partial<Record<NumericThreshold, number>> & { paywallCounts?: PaywallCountBand[] };

/**
 * Sets some thresholds. A value equal to the default is stored anyway: it was chosen, and a
 * later change of our defaults should not move it.
 */
export function setRhythmThresholds(doc: Y.Doc, patch: ThresholdsPatch, origin?: unknown): void {
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'paywallCounts') {
      if (readPaywallCountBands(value) === null) throw new ValidationError('Paywall counts must be whole numbers, each range from low to high.', key);
    } else if (!NUMERIC_THRESHOLDS.includes(key as NumericThreshold)) {
      throw new ValidationError(`Unknown rhythm threshold: ${key}.`, key);
    } else if (!isValidThreshold(key as NumericThreshold, value)) {
      const { min, max } = THRESHOLD_LIMITS[key as NumericThreshold];
      throw new ValidationError(`${key} must be a number from ${min} to ${max}.`, key);
    }
  }
  transact(doc, origin, () => {
    const map = getRhythmThresholdsMap(doc);
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'paywallCounts') map.set(key, (value as PaywallCountBand[]).map((band) => ({ ...band })));
      else if (map.get(key) !== value) map.set(key, value);
    }
  });
}

/** Back to our defaults: the stored values are removed, so readers fall back to theirs. */
export function resetRhythmThresholds(doc: Y.Doc, origin?: unknown): void {
  transact(doc, origin, () => {
    const map = getRhythmThresholdsMap(doc);
    for (const key of [...map.keys()]) map.delete(key);
  });
}

/** A dismissal reason is required (the room should know why) and kept short (MAX_DISMISSAL_REASON). */
export function dismissFinding(doc: Y.Doc, key: string, input: { reason: string; by: string; now?: number }, origin?: unknown): void {
  const reason = input.reason.trim();
  if (!reason) throw new ValidationError('Say why this finding does not apply, so the room knows.', 'reason');
  if (reason.length > MAX_DISMISSAL_REASON) throw new ValidationError(`Keep the reason under ${MAX_DISMISSAL_REASON} characters.`, 'reason');
  const dismissal: Dismissal = { reason, by: clipText(input.by, MAX_PERSON_NAME_LENGTH), at: input.now ?? Date.now() };
  transact(doc, origin, () => getRhythmDismissalsMap(doc).set(key, dismissal));
}

export function restoreFinding(doc: Y.Doc, key: string, origin?: unknown): void {
  transact(doc, origin, () => {
    const map = getRhythmDismissalsMap(doc);
    if (map.has(key)) map.delete(key);
  });
}

