import { describe, expect, it } from 'vitest';
import { analyseBoard, describeFinding, RULE_NAMES_EN, type CheckedFinding } from '../model';
import { buildRhythmBoard, goodEpisode } from '../model/rhythm/testing/boards';
import { DEFAULT_RHYTHM_THRESHOLDS, dismissalKey } from '../model/rhythm';
import { findingsToCsv } from './findingsCsv';

const english = {
  rule: (finding: CheckedFinding) => RULE_NAMES_EN[finding.ruleId],
  severity: (finding: CheckedFinding) => finding.severity,
  message: describeFinding,
};

describe('findings CSV', () => {
  it('has a row per finding with its episode, shot, check and any dismissal, with a byte-order mark', () => {
    const board = buildRhythmBoard([goodEpisode(['payoff', 9]), { shots: [[4, 'hook', 5], [60, 'reveal', 9]], targetSeconds: 60 }]);
    const second = board.episodes[1].id;
    const dismissals = new Map([[dismissalKey('runtime', second), { reason: 'Cut, "long" on purpose', by: '李导', at: 1 }]]);
    const { findings } = analyseBoard(board, { thresholds: DEFAULT_RHYTHM_THRESHOLDS, dismissals });
    const csv = findingsToCsv(board, findings, english);
    expect(csv.startsWith('\ufeffepisode,shot,rule,severity,finding,dismissed by,reason\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[1]).toBe('1,1.8,Open ending,problem,"Ends on a payoff, which closes the question: end on a cliffhanger, reveal, reversal or betrayal.",,');
    expect(lines).toContain('2,,Runtime,warning,"Runs 64 s, over its 60 s target.",李导,"Cut, ""long"" on purpose"');
  });
});
