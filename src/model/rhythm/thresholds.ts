/**
 * The numbers behind the rhythm checks. They are our defaults, from how vertical microdramas
 * are cut and sold (docs/craft.md says where each comes from); a showrunner may change them
 * per board, in the doc's `rhythmThresholds` map, and everyone in the room checks with the
 * same numbers.
 */

import { INTENSITY_RANGE } from '../schema';

/** How many paywalls suit a series of a given length, e.g. 5-7 for 50-60 episodes. */
export interface PaywallCountBand {
  minEpisodes: number;
  maxEpisodes: number;
  minPaywalls: number;
  maxPaywalls: number;
}

export interface RhythmThresholds {
  /** The hook must land within this many seconds of the episode's start. */
  hookWindowSeconds: number;
  hookMinIntensity: number;
  /** An episode's last beat (all but the final episode) must reach this. */
  endingMinIntensity: number;
  /** The last free episode before a paywall must end at least this high. */
  paywallEndingMinIntensity: number;
  /** The first locked episode should be one of these (1-based, inclusive). */
  firstPaywallFrom: number;
  firstPaywallTo: number;
  /** Paywalls fewer than this many episodes apart sell against each other. */
  paywallMinGap: number;
  /** This many episodes running with the same ending type is a pattern viewers learn. */
  repeatedEndingRun: number;
  /** Longer than this without a strong beat and viewers swipe away. */
  flatStretchSeconds: number;
  flatMinIntensity: number;
  runtimeMinSeconds: number;
  runtimeMaxSeconds: number;
  paywallCounts: PaywallCountBand[];
}

export type NumericThreshold = Exclude<keyof RhythmThresholds, 'paywallCounts'>;

export const DEFAULT_RHYTHM_THRESHOLDS: Readonly<RhythmThresholds> = Object.freeze({
  hookWindowSeconds: 5,
  hookMinIntensity: 6,
  endingMinIntensity: 7,
  paywallEndingMinIntensity: 9,
  firstPaywallFrom: 8,
  firstPaywallTo: 12,
  paywallMinGap: 5,
  repeatedEndingRun: 3,
  flatStretchSeconds: 20,
  flatMinIntensity: 6,
  runtimeMinSeconds: 60,
  runtimeMaxSeconds: 180,
  paywallCounts: [
    { minEpisodes: 50, maxEpisodes: 60, minPaywalls: 5, maxPaywalls: 7 },
    { minEpisodes: 60, maxEpisodes: 80, minPaywalls: 7, maxPaywalls: 10 },
    { minEpisodes: 80, maxEpisodes: 100, minPaywalls: 10, maxPaywalls: 13 },
  ],
});

export interface ThresholdRange {
  min: number;
  max: number;
  step: number;
}

/** Whole numbers from `min` to `max`, offered in steps of `step`. */
const whole = (min: number, max: number, step = 1): ThresholdRange => ({ min, max, step });

/**
 * The range each number may take: what the Series tab offers and what a reader accepts. The
 * Series tab lists the numbers in this order.
 */
export const THRESHOLD_LIMITS: Readonly<Record<NumericThreshold, ThresholdRange>> = {
  hookWindowSeconds: whole(1, 60),
  hookMinIntensity: INTENSITY_RANGE,
  endingMinIntensity: INTENSITY_RANGE,
  paywallEndingMinIntensity: INTENSITY_RANGE,
  firstPaywallFrom: whole(1, 500),
  firstPaywallTo: whole(1, 500),
  paywallMinGap: whole(1, 100),
  repeatedEndingRun: whole(2, 20),
  flatStretchSeconds: whole(1, 600),
  flatMinIntensity: INTENSITY_RANGE,
  runtimeMinSeconds: whole(0, 3600, 5),
  runtimeMaxSeconds: whole(1, 3600, 5),
};

export const NUMERIC_THRESHOLDS = Object.keys(THRESHOLD_LIMITS) as NumericThreshold[];

export function isValidThreshold(key: NumericThreshold, value: unknown): value is number {
  const limits = THRESHOLD_LIMITS[key];
  return typeof value === 'number' && Number.isFinite(value) && value >= limits.min && value <= limits.max;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10_000;
}

/** A stored band list, or null when it is not a list of well-formed bands. */
export function readPaywallCountBands(value: unknown): PaywallCountBand[] | null {
  if (!Array.isArray(value)) return null;
  const bands: PaywallCountBand[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object') return null;
    const { minEpisodes, maxEpisodes, minPaywalls, maxPaywalls } = item as Record<string, unknown>;
    if (![minEpisodes, maxEpisodes, minPaywalls, maxPaywalls].every(isCount)) return null;
    const band = { minEpisodes, maxEpisodes, minPaywalls, maxPaywalls } as PaywallCountBand;
    if (band.minEpisodes > band.maxEpisodes || band.minPaywalls > band.maxPaywalls) return null;
    bands.push(band);
  }
  return bands;
}
