import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../model/animatic';
import { clockAt, reanchor, shuttle, withShotDuration, wrapAtEnds } from './playback';

describe('the playback clock', () => {
  it('follows real time at its rate, from wherever it was re-anchored', () => {
    const clock = { atMs: 1000, since: 50_000, rate: 1 };
    expect(clockAt(clock, 52_500)).toBe(3500);
    const faster = reanchor(clock, 52_500, { rate: 2 });
    expect(faster).toEqual({ atMs: 3500, since: 52_500, rate: 2 });
    expect(clockAt(faster, 53_000)).toBe(4500);
    expect(clockAt(reanchor(faster, 53_000, { atMs: 0, rate: 0 }), 99_000)).toBe(0);
  });
});

describe('J K L', () => {
  it('doubles the speed each press the same way, up to 4x, and turns round at normal speed', () => {
    expect(shuttle(0, 'l')).toBe(1);
    expect(shuttle(1, 'l')).toBe(2);
    expect(shuttle(2, 'l')).toBe(4);
    expect(shuttle(4, 'l')).toBe(4);
    expect(shuttle(4, 'j')).toBe(-1);
    expect(shuttle(-1, 'j')).toBe(-2);
    expect(shuttle(-2, 'k')).toBe(0);
  });
});

describe('the ends of the cut', () => {
  it('stops at the end it reached, or goes round when looping', () => {
    expect(wrapAtEnds(5200, 5000, false)).toEqual({ ms: 5000, stopped: true });
    expect(wrapAtEnds(-30, 5000, false)).toEqual({ ms: 0, stopped: true });
    expect(wrapAtEnds(5200, 5000, true)).toEqual({ ms: 200, stopped: false });
    expect(wrapAtEnds(-200, 5000, true)).toEqual({ ms: 4800, stopped: false });
    expect(wrapAtEnds(2500, 5000, false)).toEqual({ ms: 2500, stopped: false });
  });
});

describe('a cut being dragged', () => {
  it('changes one shot and moves the ones after it', () => {
    const timeline: Timeline = {
      shots: [
        { shotId: 'a', episodeId: 'e', number: '1.1', startMs: 0, endMs: 2000 },
        { shotId: 'b', episodeId: 'e', number: '1.2', startMs: 2000, endMs: 5000 },
      ],
      durationMs: 5000,
    };
    const longer = withShotDuration(timeline, 0, 2500);
    expect(longer.durationMs).toBe(5500);
    expect(longer.shots.map((shot) => [shot.startMs, shot.endMs])).toEqual([[0, 2500], [2500, 5500]]);
    expect(withShotDuration(timeline, 0, 2000)).toBe(timeline);
  });
});
