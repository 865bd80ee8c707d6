import { describe, expect, it } from 'vitest';
import { layoutBoard } from '../editor/layout';
import { analyseBoard, DEFAULT_RHYTHM_THRESHOLDS, EMOTION_COLORS } from '../model';
import { buildRhythmBoard } from '../model/rhythm/testing/boards';
import { laneRhythmGeometry } from './laneRhythm';

describe('lane rhythm geometry', () => {
  const board = buildRhythmBoard([{ shots: [[10, 'hook', 5, 'fear'], [10], [20, 'setup', 10, 'joy'], [10, 'payoff', 0, 'joy']] }, { shots: [[4, 'hook', 7]] }]);
  const layout = layoutBoard(board, '9:16');
  const report = analyseBoard(board, { thresholds: DEFAULT_RHYTHM_THRESHOLDS, dismissals: new Map() });
  const [lane] = layout.lanes;
  const geometry = laneRhythmGeometry(report.curves.get(lane.episodeId), lane.rhythm, lane.panels, report.openByEpisode.get(lane.episodeId) ?? [], 6);

  it('lays the curve out by running time across the panels, in the strip under them', () => {
    const left = lane.rhythm.x + 6;
    const span = lane.panels[3].x + lane.panels[3].width - lane.rhythm.x - 12;
    const top = lane.rhythm.y + 22 + 6;
    const height = lane.rhythm.height - 22 - 12;
    // The gap (a shot without a beat) breaks the line: the first dot stands alone.
    expect(geometry.lines).toEqual([[left + span * (30 / 50), top, left + span * (45 / 50), top + height]]);
    expect(geometry.dots.get(EMOTION_COLORS.fear)).toEqual([left + span * (5 / 50), top + height / 2]);
    expect(geometry.dots.get(EMOTION_COLORS.joy)).toHaveLength(4);
    expect(geometry.guide.y).toBeCloseTo(top + height * 0.4);
  });

  it('puts a badge under each panel a finding points at, but not for info', () => {
    // Episode 1: the hook (shot 1), and the ending is a payoff at 0 (shot 4); runtime is info-free.
    expect(geometry.badges.map((badge) => [lane.panels.findIndex((panel) => panel.x + panel.width / 2 === badge.x) + 1, badge.severity])).toEqual([
      [1, 'problem'], [4, 'problem'],
    ]);
    expect(geometry.badges.every((badge) => badge.y > lane.panels[0].y + lane.panels[0].height && badge.y < lane.rhythm.y + 22)).toBe(true);
  });
});
