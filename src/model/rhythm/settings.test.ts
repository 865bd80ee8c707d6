import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { setBeat } from '../commands/shots';
import { readBoard } from '../read';
import { replicaOf, sync } from '../testing/newBoard';
import { analyseBoard, createRhythmAnalyser } from './analyse';
import { dismissFinding, resetRhythmThresholds, restoreFinding, setRhythmThresholds } from './commands';
import { getRhythmDismissalsMap, getRhythmThresholdsMap } from './roots';
import { readRhythmSettings, readThresholds } from './settings';
import { buildRhythmDoc, goodEpisode } from './testing/boards';
import { DEFAULT_RHYTHM_THRESHOLDS } from './thresholds';

describe('rhythm thresholds in the doc', () => {
  it('are our defaults on a board that has none', () => {
    expect(readThresholds(new Y.Doc())).toEqual(DEFAULT_RHYTHM_THRESHOLDS);
  });

  it('are read leniently: a bad value falls back to the default', () => {
    const doc = new Y.Doc();
    const map = getRhythmThresholdsMap(doc);
    map.set('hookMinIntensity', 11);
    map.set('flatStretchSeconds', '20');
    map.set('endingMinIntensity', 8);
    map.set('paywallCounts', [{ minEpisodes: 10, maxEpisodes: 5, minPaywalls: 1, maxPaywalls: 2 }]);
    expect(readThresholds(doc)).toEqual({ ...DEFAULT_RHYTHM_THRESHOLDS, endingMinIntensity: 8 });
  });

  it('are set, validated and reset as single steps', () => {
    const doc = new Y.Doc();
    setRhythmThresholds(doc, { endingMinIntensity: 8, paywallCounts: [{ minEpisodes: 20, maxEpisodes: 40, minPaywalls: 2, maxPaywalls: 4 }] });
    expect(readThresholds(doc)).toMatchObject({ endingMinIntensity: 8, paywallCounts: [{ minEpisodes: 20 }] });
    expect(() => setRhythmThresholds(doc, { hookMinIntensity: 12 })).toThrow(/from 0 to 10/);
    expect(() => setRhythmThresholds(doc, { nonsense: 1 } as never)).toThrow(/Unknown/);
    expect(readThresholds(doc).hookMinIntensity).toBe(6);
    resetRhythmThresholds(doc);
    expect(readThresholds(doc)).toEqual(DEFAULT_RHYTHM_THRESHOLDS);
  });

  it('merge when two people change different thresholds at once', () => {
    const doc = new Y.Doc();
    const peer = replicaOf(doc);
    setRhythmThresholds(doc, { endingMinIntensity: 8 });
    setRhythmThresholds(peer, { flatStretchSeconds: 30 });
    sync(doc, peer);
    expect(readThresholds(doc)).toMatchObject({ endingMinIntensity: 8, flatStretchSeconds: 30 });
    expect(readThresholds(peer)).toEqual(readThresholds(doc));
  });
});

describe('dismissals', () => {
  const board = () => buildRhythmDoc([goodEpisode(['payoff', 9]), goodEpisode(['payoff', 9]), goodEpisode()]);

  it('set a finding aside for one episode, with who and why, and are seen by the room', () => {
    const doc = board();
    const peer = replicaOf(doc);
    const [first, second] = analyseBoard(readBoard(doc), readRhythmSettings(doc)).findings.filter((f) => f.ruleId === 'open-ending');
    dismissFinding(doc, first.key, { reason: '  Resolved on purpose: a breather episode. ', by: 'Ana', now: 5 });
    sync(doc, peer);
    const findings = analyseBoard(readBoard(peer), readRhythmSettings(peer)).findings.filter((f) => f.ruleId === 'open-ending');
    expect(findings.map((f) => f.dismissal)).toEqual([{ reason: 'Resolved on purpose: a breather episode.', by: 'Ana', at: 5 }, null]);
    expect(findings[1].key).toBe(second.key);
    restoreFinding(peer, first.key);
    expect(readRhythmSettings(peer).dismissals.size).toBe(0);
  });

  it('need a reason', () => {
    expect(() => dismissFinding(new Y.Doc(), 'hook:x', { reason: '   ', by: 'Ana' })).toThrow(/why/);
  });

  it('skip an unreadable entry', () => {
    const doc = new Y.Doc();
    getRhythmDismissalsMap(doc).set('hook:a', 'yes');
    getRhythmDismissalsMap(doc).set('hook:b', { reason: 'fine' });
    expect([...readRhythmSettings(doc).dismissals]).toEqual([['hook:b', { reason: 'fine', by: '', at: 0 }]]);
  });
});

describe('the analyser', () => {
  it('recomputes only the episode whose beats changed', () => {
    const doc = buildRhythmDoc([goodEpisode(), goodEpisode(['reveal', 9]), goodEpisode()]);
    const analyse = createRhythmAnalyser();
    const settings = readRhythmSettings(doc);
    const before = analyse(readBoard(doc), settings);
    const board = readBoard(doc);
    const [one, two] = board.episodes.map((episode) => episode.id);
    setBeat(doc, [board.shotsByEpisode[two][7]], { type: 'payoff' });
    const after = analyse(readBoard(doc), settings);
    expect(after.curves.get(one)).toBe(before.curves.get(one));
    expect(after.curves.get(two)).not.toBe(before.curves.get(two));
    expect(after.openByEpisode.get(two)?.map((f) => f.messageKey)).toEqual(['openEndingClosed']);
  });

  it('recomputes everything when the thresholds change', () => {
    const doc = buildRhythmDoc([goodEpisode()]);
    const analyse = createRhythmAnalyser();
    const before = analyse(readBoard(doc), readRhythmSettings(doc));
    setRhythmThresholds(doc, { hookMinIntensity: 8 });
    const after = analyse(readBoard(doc), readRhythmSettings(doc));
    expect(before.findings).toEqual([]);
    expect(after.findings.map((f) => f.ruleId)).toEqual(['hook']);
  });
});
