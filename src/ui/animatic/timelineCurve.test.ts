import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../model/animatic';
import type { EpisodeCurve } from '../../model';
import { timelineCurve } from './timelineCurve';

const timeline: Timeline = {
  shots: [
    { shotId: 'a', episodeId: 'e1', number: '1.1', startMs: 0, endMs: 2000 },
    { shotId: 'b', episodeId: 'e1', number: '1.2', startMs: 2000, endMs: 4000 },
    { shotId: 'c', episodeId: 'e1', number: '1.3', startMs: 4000, endMs: 5000 },
    { shotId: 'd', episodeId: 'e2', number: '2.1', startMs: 5000, endMs: 7000 },
  ],
  durationMs: 7000,
};

const curve = (episodeId: string, points: [string, number | null][]): EpisodeCurve => ({
  episodeId, runtimeMs: 0, targetMs: 0, opening: null, peak: null, ending: null,
  points: points.map(([shotId, intensity]) => ({ shotId, startMs: 0, endMs: 0, intensity, emotion: null, type: null })),
});

describe('the curve under the timeline', () => {
  it('puts each beat mid-shot, breaking at shots without one and between episodes', () => {
    const curves = new Map([
      ['e1', curve('e1', [['a', 3], ['b', null], ['c', 8]])],
      ['e2', curve('e2', [['d', 9]])],
    ]);
    expect(timelineCurve(timeline, curves).map((run) => run.map((dot) => [dot.ms, dot.intensity]))).toEqual([
      [[1000, 3]],
      [[4500, 8]],
      [[6000, 9]],
    ]);
  });

  it('is empty on a board without beats', () => {
    expect(timelineCurve(timeline, new Map([['e1', curve('e1', [['a', null]])]]))).toEqual([]);
  });
});
