import { describe, expect, it } from 'vitest';
import { analyseBoard } from './analyse';
import { setRhythmThresholds } from './commands';
import { readRhythmSettings } from './settings';
import { buildRhythmBoard, buildRhythmDoc, goodEpisode, goodSeries, type EpisodeSpec } from './testing/boards';
import { DEFAULT_RHYTHM_THRESHOLDS } from './thresholds';
import type { RuleId } from './types';
import { readBoard } from '../read';

const settings = { thresholds: DEFAULT_RHYTHM_THRESHOLDS, dismissals: new Map() };

/** The findings of one rule on a board, as [message key, episode number, shot number]. */
function found(episodes: EpisodeSpec[], ruleId: RuleId) {
  const board = buildRhythmBoard(episodes);
  const report = analyseBoard(board, { ...settings, thresholds: { ...DEFAULT_RHYTHM_THRESHOLDS } });
  return report.findings
    .filter((finding) => finding.ruleId === ruleId)
    .map((finding) => {
      const episode = board.episodes.findIndex((candidate) => candidate.id === finding.episodeId) + 1;
      const shot = finding.shotId ? board.shotsByEpisode[finding.episodeId!].indexOf(finding.shotId) + 1 : 0;
      return { key: finding.messageKey, episode, shot, params: finding.params };
    });
}

/** One episode of good shots, with `opening` in front. */
const opened = (...opening: EpisodeSpec['shots']): EpisodeSpec => ({ shots: [...opening, ...goodEpisode().shots.slice(1)] });

describe('hook', () => {
  it('is found when no hook-type beat at 6+ starts in the first 5 s', () => {
    expect(found([opened([4, 'hook', 5])], 'hook')).toMatchObject([{ key: 'hook', episode: 1, shot: 1 }]);
    expect(found([opened([4, 'hook', 6])], 'hook')).toEqual([]);
  });

  it('counts a beat that starts before 5 s, not one that starts at 5 s', () => {
    expect(found([opened([4.9, 'setup', 3], [3, 'face-slap', 8])], 'hook')).toEqual([]);
    expect(found([opened([5, 'setup', 3], [3, 'face-slap', 8])], 'hook')).toHaveLength(1);
  });

  it('takes only hook types', () => {
    for (const type of ['reveal', 'reversal', 'face-slap', 'confrontation', 'betrayal'] as const) {
      expect(found([opened([4, type, 7])], 'hook')).toEqual([]);
    }
    expect(found([opened([4, 'romance', 9])], 'hook')).toHaveLength(1);
  });

  it('says nothing about an episode without shots', () => {
    expect(found([{ shots: [] }], 'hook')).toEqual([]);
  });
});

describe('open ending', () => {
  const ending = (type: Parameters<typeof goodEpisode>[0]) => [goodEpisode(type), goodEpisode()];

  it('is found when an episode ends closed or below 7', () => {
    expect(found(ending(['payoff', 9]), 'open-ending')).toMatchObject([{ key: 'openEndingClosed', episode: 1, shot: 8, params: { type: 'payoff' } }]);
    expect(found(ending(['cliffhanger', 6]), 'open-ending')).toMatchObject([{ key: 'openEndingWeak', episode: 1, params: { intensity: 6, min: 7 } }]);
    expect(found(ending(['cliffhanger', 7]), 'open-ending')).toEqual([]);
    for (const type of ['reveal', 'reversal', 'betrayal'] as const) expect(found(ending([type, 7]), 'open-ending')).toEqual([]);
  });

  it('finds an ending without a beat type', () => {
    expect(found([{ shots: [[60, 'hook', 7], [5]] }, goodEpisode()], 'open-ending')).toMatchObject([{ key: 'openEndingUntyped', episode: 1 }]);
  });

  it('leaves the final episode to the finale check', () => {
    expect(found([goodEpisode(), goodEpisode(['payoff', 10])], 'open-ending')).toEqual([]);
  });
});

describe('paywall strength', () => {
  it('is found when the last free episode ends below 9', () => {
    const weak = [goodEpisode(['reveal', 8]), goodEpisode(['cliffhanger', 9], true)];
    expect(found(weak, 'paywall-strength')).toMatchObject([{ key: 'paywallWeak', episode: 1, shot: 8, params: { intensity: 8, min: 9 } }]);
    expect(found([goodEpisode(['reveal', 9]), goodEpisode(['cliffhanger', 9], true)], 'paywall-strength')).toEqual([]);
  });

  it('is found when it ends below an earlier ending', () => {
    const series = [goodEpisode(['reveal', 10]), goodEpisode(['cliffhanger', 9]), goodEpisode(['reversal', 9], true)];
    expect(found(series, 'paywall-strength')).toMatchObject([{ key: 'paywallBelowEarlier', episode: 2, params: { intensity: 9, strongest: 10, episode: 1 } }]);
    const equal = [goodEpisode(['reveal', 10]), goodEpisode(['cliffhanger', 10]), goodEpisode(['reversal', 9], true)];
    expect(found(equal, 'paywall-strength')).toEqual([]);
  });

  it('ignores a paywall on the first episode', () => {
    expect(found([goodEpisode(['cliffhanger', 9], true)], 'paywall-strength')).toEqual([]);
  });
});

describe('paywall placement', () => {
  const series = (count: number, paywalls: number[]) =>
    goodSeries(count).map((episode, index) => ({ ...episode, paywall: paywalls.includes(index + 1) }));
  const keys = (count: number, paywalls: number[]) => found(series(count, paywalls), 'paywall-placement').map((f) => f.key);

  it('wants the first paywall at episodes 8-12', () => {
    expect(keys(20, [7])).toEqual(['paywallFirstOutside']);
    expect(keys(20, [8])).toEqual([]);
    expect(keys(20, [12])).toEqual([]);
    expect(keys(20, [13])).toEqual(['paywallFirstOutside']);
  });

  it('leaves a series shorter than the window alone, and asks for a paywall after it', () => {
    expect(keys(3, [3])).toEqual([]);
    expect(keys(12, [])).toEqual([]);
    expect(keys(13, [])).toEqual(['paywallNone']);
  });

  it('wants paywalls at least 5 episodes apart', () => {
    expect(keys(20, [10, 14])).toEqual(['paywallTooClose']);
    expect(keys(20, [10, 15])).toEqual([]);
  });

  it('wants a count that suits the length', () => {
    const every5 = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i * 5);
    expect(keys(55, every5(10, 4))).toEqual(['paywallCount']);
    expect(keys(55, every5(10, 5))).toEqual([]);
    expect(keys(55, every5(10, 7))).toEqual([]);
    expect(keys(70, every5(10, 6))).toEqual(['paywallCount']);
    expect(keys(70, every5(10, 7))).toEqual([]);
    expect(keys(90, every5(10, 9))).toEqual(['paywallCount']);
    expect(keys(90, every5(10, 10))).toEqual([]);
    // And the upper side of each band.
    expect(keys(55, every5(10, 8))).toEqual(['paywallCount']);
    expect(keys(70, every5(10, 10))).toEqual([]);
    expect(keys(70, every5(10, 11))).toEqual(['paywallCount']);
    expect(keys(90, every5(10, 13))).toEqual([]);
    expect(keys(90, every5(10, 14))).toEqual(['paywallCount']);
    // 60 episodes sit on the edge of two bands: 5 to 10 paywalls suit.
    expect(keys(60, every5(10, 10))).toEqual([]);
    expect(found(series(55, every5(10, 4)), 'paywall-placement')[0]).toMatchObject({ episode: 0, params: { count: 4, episodes: 55, min: 5, max: 7 } });
  });
});

describe('repeated endings', () => {
  it('is found on the third episode running with the same ending type', () => {
    const three = [goodEpisode(['reveal', 9]), goodEpisode(['reveal', 9]), goodEpisode(['reveal', 9]), goodEpisode()];
    expect(found(three, 'repeated-endings')).toMatchObject([{ episode: 3, params: { type: 'reveal', run: 3 } }]);
    const two = [goodEpisode(['reveal', 9]), goodEpisode(['reveal', 9]), goodEpisode(['betrayal', 9]), goodEpisode(['reveal', 9])];
    expect(found(two, 'repeated-endings')).toEqual([]);
  });
});

describe('flat stretch', () => {
  it('is found after more than 20 s without a beat at 6+', () => {
    const flat = { shots: [[4, 'hook', 7], [10, 'setup', 5], [10.5, 'setup', 5], [4, 'cliffhanger', 9]] } satisfies EpisodeSpec;
    expect(found([flat], 'flat-stretch')).toMatchObject([{ episode: 1, shot: 2, params: { seconds: 20.5, limit: 20 } }]);
    const justUnder = { shots: [[4, 'hook', 7], [10, 'setup', 5], [10, 'setup', 5], [4, 'cliffhanger', 9]] } satisfies EpisodeSpec;
    expect(found([justUnder], 'flat-stretch')).toEqual([]);
  });

  it('counts from the start and to the end of the episode', () => {
    expect(found([{ shots: [[21, 'setup', 5], [4, 'cliffhanger', 9]] }], 'flat-stretch')).toMatchObject([{ shot: 1 }]);
    expect(found([{ shots: [[4, 'hook', 7], [21, 'payoff', 5]] }], 'flat-stretch')).toMatchObject([{ shot: 2 }]);
    expect(found([{ shots: [[4, 'hook', 6], [20, 'payoff', 5]] }], 'flat-stretch')).toEqual([]);
  });
});

describe('runtime', () => {
  it('is found over the target', () => {
    expect(found([{ shots: [[90.5, 'hook', 7]], targetSeconds: 90 }], 'runtime')).toMatchObject([{ key: 'runtimeOverTarget', params: { runtime: 90.5, target: 90 } }]);
    expect(found([{ shots: [[90, 'hook', 7]], targetSeconds: 90 }], 'runtime')).toEqual([]);
  });

  it('is found outside 60-180 s', () => {
    expect(found([{ shots: [[59, 'hook', 7]], targetSeconds: 300 }], 'runtime')).toMatchObject([{ key: 'runtimeShort' }]);
    expect(found([{ shots: [[60, 'hook', 7]], targetSeconds: 300 }], 'runtime')).toEqual([]);
    expect(found([{ shots: [[180, 'hook', 7]], targetSeconds: 300 }], 'runtime')).toEqual([]);
    expect(found([{ shots: [[181, 'hook', 7]], targetSeconds: 300 }], 'runtime')).toMatchObject([{ key: 'runtimeLong' }]);
  });
});

describe('finale', () => {
  it('is found when the final episode does not end strongest', () => {
    expect(found([goodEpisode(['reveal', 10]), goodEpisode(['payoff', 9])], 'finale')).toMatchObject([{ key: 'finaleNotStrongest', episode: 2, params: { strongest: 10, episode: 1 } }]);
    expect(found([goodEpisode(['reveal', 10]), goodEpisode(['payoff', 10])], 'finale')).toEqual([]);
  });

  it('notes a finale that ends on a cliffhanger, as info', () => {
    const [finding] = buildFindings([goodEpisode(['reveal', 9]), goodEpisode(['cliffhanger', 10])]).filter((f) => f.ruleId === 'finale');
    expect(finding).toMatchObject({ messageKey: 'finaleCliffhanger', severity: 'info' });
  });
});

describe('missing beat', () => {
  it('counts the shots of an episode without a beat type, pointing at the first', () => {
    expect(found([{ shots: [[4, 'hook', 7], [3], [3, null, 5], [3, 'cliffhanger', 9]] }], 'missing-beat')).toMatchObject([{ shot: 2, params: { count: 2 } }]);
    expect(found([goodEpisode()], 'missing-beat')).toEqual([]);
  });
});

describe('a well-made series', () => {
  it('has no findings', () => {
    const findings = buildFindings(goodSeries(3).map((episode, index) => ({ ...episode, paywall: index === 2 })));
    expect(findings.map((finding) => finding.messageKey)).toEqual([]);
  });
});

function buildFindings(episodes: EpisodeSpec[]) {
  return analyseBoard(buildRhythmBoard(episodes), settings).findings;
}

describe('thresholds in the doc', () => {
  it('are read from the board, so the whole room checks with the same numbers', () => {
    const doc = buildRhythmDoc([{ shots: [[4, 'hook', 5], [60, 'setup', 5], [4, 'cliffhanger', 9]] }]);
    const check = () => analyseBoard(readBoard(doc), readRhythmSettings(doc)).findings.map((finding) => finding.ruleId);
    expect(check()).toEqual(['hook', 'flat-stretch']);
    setRhythmThresholds(doc, { hookMinIntensity: 5, flatStretchSeconds: 64 });
    expect(check()).toEqual([]);
    setRhythmThresholds(doc, { runtimeMaxSeconds: 65 });
    expect(check()).toEqual(['runtime']);
  });
});
