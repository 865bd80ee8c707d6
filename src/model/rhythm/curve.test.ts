import { describe, expect, it } from 'vitest';
import { episodeCurve, hasBeat } from './curve';
import { buildRhythmBoard } from './testing/boards';

const curveOf = (...shots: Parameters<typeof buildRhythmBoard>[0][number]['shots']) => {
  const board = buildRhythmBoard([{ shots, targetSeconds: 90 }]);
  const episode = board.episodes[0];
  return episodeCurve(episode, board.shotsByEpisode[episode.id].map((id) => board.shots[id]));
};

describe('episode curve', () => {
  it('lays the shots end to end by duration', () => {
    const curve = curveOf([4, 'hook', 7], [6.5, 'setup', 3], [3, 'cliffhanger', 9]);
    expect(curve.points.map((point) => [point.startMs, point.endMs, point.intensity])).toEqual([
      [0, 4000, 7], [4000, 10500, 3], [10500, 13500, 9],
    ]);
    expect(curve.runtimeMs).toBe(13500);
    expect(curve.targetMs).toBe(90_000);
  });

  it('finds the opening, the peak (first on a tie) and the ending', () => {
    const curve = curveOf([2], [4, 'hook', 7], [6, 'reveal', 9], [3, 'reversal', 9], [3, 'payoff', 5]);
    expect(curve.opening?.type).toBe('hook');
    expect(curve.peak?.type).toBe('reveal');
    expect(curve.ending?.type).toBe('payoff');
  });

  it('leaves a gap for a shot without a beat, but still ends on it', () => {
    const curve = curveOf([4, 'hook', 7], [5]);
    expect(curve.points[1].intensity).toBeNull();
    expect(curve.ending?.intensity).toBeNull();
    expect(hasBeat({ type: null, emotion: null, intensity: 0 })).toBe(false);
    expect(hasBeat({ type: null, emotion: 'fear', intensity: 0 })).toBe(true);
    expect(hasBeat({ type: null, emotion: null, intensity: 3 })).toBe(true);
  });

  it('is empty for an episode without shots', () => {
    const curve = curveOf();
    expect(curve).toMatchObject({ points: [], opening: null, peak: null, ending: null, runtimeMs: 0 });
  });
});
