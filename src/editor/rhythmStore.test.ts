import { describe, expect, it } from 'vitest';
import { dismissFinding, readBoard, setBeat, updateEpisode, updateShot } from '../model';
import { buildRhythmDoc, goodEpisode } from '../model/rhythm/testing/boards';
import { createBoardStore } from './createBoardStore';
import { createRhythmStore } from './rhythmStore';

function openBoard() {
  const doc = buildRhythmDoc([goodEpisode(), goodEpisode(['reveal', 9]), goodEpisode()]);
  const board = readBoard(doc);
  const [one, two] = board.episodes.map((episode) => episode.id);
  const store = createBoardStore(doc, 'rhythm-store');
  return { doc, one, two, lastOfTwo: board.shotsByEpisode[two].at(-1)!, firstOfOne: board.shotsByEpisode[one][0], rhythm: createRhythmStore(store) };
}

describe('the rhythm store of an open board', () => {
  it('keeps the same report through edits that change no curve and no finding', () => {
    const { doc, one, firstOfOne, rhythm } = openBoard();
    const before = rhythm.getReport();
    updateShot(doc, firstOfOne, { scene: 'EXT. CANAL - NIGHT' });
    updateEpisode(doc, one, { title: 'Renamed' });
    expect(rhythm.getReport()).toBe(before);
  });

  it('replaces only the edited episode\'s curve and findings, and tells its listeners', () => {
    const { doc, one, two, lastOfTwo, rhythm } = openBoard();
    const before = rhythm.getReport();
    let calls = 0;
    rhythm.subscribe(() => calls++);
    setBeat(doc, [lastOfTwo], { type: 'payoff' });
    const after = rhythm.getReport();
    expect(calls).toBeGreaterThan(0);
    expect(after.curves.get(one)).toBe(before.curves.get(one));
    expect(after.curves.get(two)).not.toBe(before.curves.get(two));
    expect(after.openByEpisode.get(two)?.map((finding) => finding.ruleId)).toEqual(['open-ending']);
  });

  it('redraws an episode\'s curve when a shot\'s duration changes: its points move along the running time', () => {
    const { doc, one, two, firstOfOne, rhythm } = openBoard();
    const before = rhythm.getReport();
    const oldCurve = before.curves.get(one)!;
    const first = oldCurve.points[0]!;
    updateShot(doc, firstOfOne, { durationMs: first.endMs - first.startMs + 4000 });
    const after = rhythm.getReport();
    const newCurve = after.curves.get(one)!;
    expect(after.curves.get(two)).toBe(before.curves.get(two));
    expect(newCurve.runtimeMs).toBe(oldCurve.runtimeMs + 4000);
    expect(newCurve.points[1]!.startMs).toBe(oldCurve.points[1]!.startMs + 4000);
  });

  it('follows dismissals in the doc', () => {
    const { doc, two, lastOfTwo, rhythm } = openBoard();
    setBeat(doc, [lastOfTwo], { type: 'payoff' });
    const [finding] = rhythm.getReport().findings;
    dismissFinding(doc, finding.key, { reason: 'A quiet one, on purpose', by: 'Ana', now: 1 });
    expect(rhythm.getReport().openByEpisode.get(two)).toBeUndefined();
    expect(rhythm.getReport().findings[0].dismissal?.reason).toBe('A quiet one, on purpose');
    expect(rhythm.getSettings()?.dismissals.size).toBe(1);
  });
});
