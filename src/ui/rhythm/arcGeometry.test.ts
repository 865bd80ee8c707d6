import { describe, expect, it } from 'vitest';
import { analyseBoard, DEFAULT_RHYTHM_THRESHOLDS } from '../../model';
import { buildRhythmBoard } from '../../model/rhythm/testing/boards';
import { drawCurve, drawEndings, seriesSpanMs } from './arcGeometry';
import { spacedLabels } from './ArcMarks';

const box = { width: 110, height: 60, pad: 5 };

describe('arc geometry', () => {
  const board = buildRhythmBoard([
    { shots: [[10, 'hook', 10], [10], [10, 'reveal', 0], [10, 'cliffhanger', 5, 'fear']], targetSeconds: 50 },
    { shots: [], paywall: true, targetSeconds: 40 },
    { shots: [[20, 'hook', 7]], targetSeconds: 100 },
  ]);
  const { curves } = analyseBoard(board, { thresholds: DEFAULT_RHYTHM_THRESHOLDS, dismissals: new Map() });
  const [one, two, three] = board.episodes.map((episode) => curves.get(episode.id)!);

  it('places shots at their middle on a time scale shared by the series, and breaks the line at a gap', () => {
    expect(seriesSpanMs(curves.values())).toBe(100_000);
    const drawing = drawCurve(one, box, 100_000);
    expect(drawing.dots.map((dot) => [dot.x, dot.y])).toEqual([[10, 5], [30, 55], [40, 30]]);
    expect(drawing.lines).toEqual(['30,55 40,30']);
    expect(drawing.targetX).toBe(55);
    expect(drawing.dots[2].color).toBe('#2e7d4f');
    expect(drawCurve(three, box, 50_000).targetX).toBeNull();
    expect(drawCurve(two, box, 100_000)).toMatchObject({ lines: [], dots: [], endX: 5 });
  });

  it('draws one ending per episode, skipping an episode without shots, with paywalls between episodes', () => {
    const endings = drawEndings(board.episodes, curves, box);
    expect(endings.marks.map((mark) => [mark.x, mark.y])).toEqual([[5, 30], [55, null], [105, 20]]);
    expect(endings.lines).toEqual([]);
    expect(endings.paywallXs).toEqual([30]);
  });
});

describe('paywall labels on the endings chart', () => {
  it('labels a paywall only when it clears the last labelled one, so close paywalls keep their lines but not overlapping words', () => {
    expect([...spacedLabels([10, 30, 60, 61, 200], 50)]).toEqual([0, 2, 4]);
    expect([...spacedLabels([], 50)]).toEqual([]);
  });
});
