import type { BeatType } from '../types';
import type { RhythmThresholds } from './thresholds';
import type { CurvePoint, Finding } from './types';

/**
 * Checks that compare episodes: endings, paywalls, the finale. They read only what each
 * episode ends on, so they are cheap enough to run over the whole series after every edit.
 */

/** What the series checks need to know of one episode, in board order. */
export interface EpisodeEnding {
  episodeId: string;
  paywall: boolean;
  /** The last shot, or null for an episode without shots. */
  ending: CurvePoint | null;
}

/** Endings that leave a question open. */
export const OPEN_ENDING_TYPES: ReadonlySet<BeatType> = new Set(['cliffhanger', 'reveal', 'reversal', 'betrayal']);

const intensityOf = (point: CurvePoint) => point.intensity ?? 0;

export function checkOpenEndings(episodes: readonly EpisodeEnding[], t: RhythmThresholds): Finding[] {
  const findings: Finding[] = [];
  for (const { episodeId, ending } of episodes.slice(0, -1)) {
    if (!ending) continue;
    const base = { ruleId: 'open-ending', severity: 'problem', episodeId, shotId: ending.shotId } as const;
    if (ending.type === null || !OPEN_ENDING_TYPES.has(ending.type)) {
      findings.push({ ...base, messageKey: ending.type ? 'openEndingClosed' : 'openEndingUntyped', params: { type: ending.type ?? '', min: t.endingMinIntensity } });
    } else if (intensityOf(ending) < t.endingMinIntensity) {
      findings.push({ ...base, messageKey: 'openEndingWeak', params: { intensity: intensityOf(ending), min: t.endingMinIntensity } });
    }
  }
  return findings;
}

/** The last free episode before each paywall must be the strongest ending so far. */
export function checkPaywallStrength(episodes: readonly EpisodeEnding[], t: RhythmThresholds): Finding[] {
  const findings: Finding[] = [];
  let strongest: { intensity: number; number: number } | null = null;
  episodes.forEach((episode, index) => {
    const before = episodes[index - 1];
    const ending = before?.ending;
    if (episode.paywall && ending) {
      const base = { ruleId: 'paywall-strength', severity: 'problem', episodeId: before.episodeId, shotId: ending.shotId } as const;
      const intensity = intensityOf(ending);
      if (intensity < t.paywallEndingMinIntensity) {
        findings.push({ ...base, messageKey: 'paywallWeak', params: { intensity, min: t.paywallEndingMinIntensity } });
      } else if (strongest && intensity < strongest.intensity) {
        findings.push({ ...base, messageKey: 'paywallBelowEarlier', params: { intensity, strongest: strongest.intensity, episode: strongest.number } });
      }
    }
    // The strongest ending of the episodes before the one that ends at the next paywall.
    const previousEnding = episodes[index - 1]?.ending;
    if (previousEnding && (!strongest || intensityOf(previousEnding) > strongest.intensity)) {
      strongest = { intensity: intensityOf(previousEnding), number: index };
    }
  });
  return findings;
}

/**
 * Where the paywalls fall. The first-paywall window is only checked once the series has
 * reached it: a pilot of three episodes cannot put its paywall at episode 8.
 */
export function checkPaywallPlacement(episodes: readonly EpisodeEnding[], t: RhythmThresholds): Finding[] {
  const findings: Finding[] = [];
  const count = episodes.length;
  const locked = episodes.flatMap((episode, index) => (episode.paywall ? [index + 1] : []));
  const base = { ruleId: 'paywall-placement', severity: 'warning', shotId: null } as const;
  const idOf = (number: number) => episodes[number - 1].episodeId;

  const first = locked[0];
  if (first === undefined) {
    if (count > t.firstPaywallTo) findings.push({ ...base, episodeId: null, messageKey: 'paywallNone', params: { from: t.firstPaywallFrom, to: t.firstPaywallTo } });
  } else if (count >= t.firstPaywallFrom && (first < t.firstPaywallFrom || first > t.firstPaywallTo)) {
    findings.push({ ...base, episodeId: idOf(first), messageKey: 'paywallFirstOutside', params: { episode: first, from: t.firstPaywallFrom, to: t.firstPaywallTo } });
  }

  for (let i = 1; i < locked.length; i++) {
    const gap = locked[i] - locked[i - 1];
    if (gap < t.paywallMinGap) {
      findings.push({ ...base, episodeId: idOf(locked[i]), messageKey: 'paywallTooClose', params: { episode: locked[i], previous: locked[i - 1], gap, min: t.paywallMinGap } });
    }
  }

  // Bands may share their edges (60 episodes is both "50-60" and "60-80"): any band that fits the length may be met.
  const bands = t.paywallCounts.filter((band) => count >= band.minEpisodes && count <= band.maxEpisodes);
  if (bands.length > 0 && !bands.some((band) => locked.length >= band.minPaywalls && locked.length <= band.maxPaywalls)) {
    findings.push({
      ...base, episodeId: null, messageKey: 'paywallCount',
      params: {
        count: locked.length, episodes: count,
        min: Math.min(...bands.map((band) => band.minPaywalls)), max: Math.max(...bands.map((band) => band.maxPaywalls)),
      },
    });
  }
  return findings;
}

/** The same ending type so many episodes running; reported on each episode that extends the run. */
export function checkRepeatedEndings(episodes: readonly EpisodeEnding[], t: RhythmThresholds): Finding[] {
  const findings: Finding[] = [];
  let run = 0;
  let runType: BeatType | null = null;
  for (const { episodeId, ending } of episodes) {
    const type = ending?.type ?? null;
    run = type !== null && type === runType ? run + 1 : 1;
    runType = type;
    if (type !== null && ending && run >= t.repeatedEndingRun) {
      findings.push({ ruleId: 'repeated-endings', severity: 'warning', messageKey: 'repeatedEndings', params: { type, run }, episodeId, shotId: ending.shotId });
    }
  }
  return findings;
}

export function checkFinale(episodes: readonly EpisodeEnding[]): Finding[] {
  const finale = episodes.at(-1);
  if (!finale?.ending || episodes.length < 2) return [];
  const findings: Finding[] = [];
  const base = { ruleId: 'finale', episodeId: finale.episodeId, shotId: finale.ending.shotId } as const;
  let strongest = -1;
  let strongestNumber = 0;
  for (let index = 0; index < episodes.length - 1; index++) {
    const ending = episodes[index].ending;
    if (ending && intensityOf(ending) > strongest) {
      strongest = intensityOf(ending);
      strongestNumber = index + 1;
    }
  }
  const intensity = intensityOf(finale.ending);
  if (intensity < strongest) {
    findings.push({ ...base, severity: 'warning', messageKey: 'finaleNotStrongest', params: { intensity, strongest, episode: strongestNumber } });
  }
  // Info only: a finale may end open on purpose when a second season is planned.
  if (finale.ending.type === 'cliffhanger') findings.push({ ...base, severity: 'info', messageKey: 'finaleCliffhanger', params: {} });
  return findings;
}

export function checkSeries(episodes: readonly EpisodeEnding[], t: RhythmThresholds): Finding[] {
  return [
    ...checkOpenEndings(episodes, t),
    ...checkPaywallStrength(episodes, t),
    ...checkPaywallPlacement(episodes, t),
    ...checkRepeatedEndings(episodes, t),
    ...checkFinale(episodes),
  ];
}
