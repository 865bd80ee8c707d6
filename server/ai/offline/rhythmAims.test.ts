import { describe, expect, it } from 'vitest';
import {
  acceptSuggestion, addSuggestionAlternative, analyseBoard, createSuggestion, readBoard, readRhythmSettings, setBeat,
  type SuggestionRequest,
} from '../../../src/model';
import { buildSuggestionContext } from '../../../src/model/suggestions/context';
import { buildRhythmDoc, goodEpisode } from '../../../src/model/rhythm/testing/boards';
import { suggestOffline } from './offlineEngine';

const openRules = (doc: Parameters<typeof readBoard>[0], episode: number) => {
  const board = readBoard(doc);
  const id = board.episodes[episode - 1].id;
  return analyseBoard(board, readRhythmSettings(doc)).findings.filter((f) => !f.dismissal && f.episodeId === id).map((f) => f.ruleId);
};

/** Suggests for one shot, accepts alternative `index` and returns the rules still open on its episode. */
function suggestAndAccept(doc: ReturnType<typeof buildRhythmDoc>, shotId: string, episode: number, index: number) {
  const request: SuggestionRequest = { shotIds: [shotId], kind: 'beats', alternatives: 3, seed: 3 };
  const context = buildSuggestionContext(doc, request);
  const alternatives = suggestOffline(context, request);
  const id = `s-${shotId}-${index}`;
  createSuggestion(doc, { id, shotIds: [shotId], kind: 'beats', provider: 'offline', model: 'offline', requestedBy: 'test', createdAt: 1 });
  for (const alternative of alternatives) addSuggestionAlternative(doc, id, alternative);
  acceptSuggestion(doc, id, index);
  return { context, alternatives, open: openRules(doc, episode) };
}

describe('the offline engine writes to the rhythm checks', () => {
  it('receives the open findings of the episodes involved', () => {
    const doc = buildRhythmDoc([goodEpisode(['payoff', 9]), goodEpisode()]);
    const board = readBoard(doc);
    const last = board.shotsByEpisode[board.episodes[0].id].at(-1)!;
    const context = buildSuggestionContext(doc, { shotIds: [last], kind: 'beats', alternatives: 1 });
    expect(context.findings).toMatchObject([{ ruleId: 'open-ending', episodeNumber: 1, shotId: last, shotNumber: '1.8' }]);
    expect(context.findings[0].message).toMatch(/^Ends on a payoff/);
  });

  it.each([0, 1, 2])('clears an episode that ends resolved, whichever alternative (%i) is accepted', (index) => {
    const doc = buildRhythmDoc([goodEpisode(['payoff', 9]), goodEpisode()]);
    const board = readBoard(doc);
    const last = board.shotsByEpisode[board.episodes[0].id].at(-1)!;
    expect(openRules(doc, 1)).toEqual(['open-ending']);
    const { alternatives, open } = suggestAndAccept(doc, last, 1, index);
    expect(alternatives.every((alternative) => alternative.addresses?.includes('open-ending'))).toBe(true);
    expect(open).toEqual([]);
  });

  it('opens on a hook strong enough, and varies an ending repeated three times', () => {
    const doc = buildRhythmDoc([goodEpisode(['reveal', 9]), goodEpisode(['reveal', 9]), goodEpisode(['reveal', 9]), goodEpisode()]);
    const board = readBoard(doc);
    const third = board.shotsByEpisode[board.episodes[2].id];
    setBeat(doc, [third[0]], { type: 'hook', intensity: 3 });
    expect(openRules(doc, 3)).toEqual(['hook', 'repeated-endings']);
    expect(suggestAndAccept(doc, third[0], 3, 2).open).toEqual(['repeated-endings']);
    const { alternatives, open } = suggestAndAccept(doc, third.at(-1)!, 3, 0);
    expect(alternatives.map((alternative) => alternative.beat!.type)).not.toContain('reveal');
    expect(open).toEqual([]);
  });

  it('leaves shots without findings as they were, without naming a check', () => {
    const doc = buildRhythmDoc([goodEpisode(), goodEpisode()]);
    const board = readBoard(doc);
    const middle = board.shotsByEpisode[board.episodes[0].id][3];
    const request: SuggestionRequest = { shotIds: [middle], kind: 'beats', alternatives: 2, seed: 1 };
    expect(suggestOffline(buildSuggestionContext(doc, request), request).every((alternative) => !alternative.addresses)).toBe(true);
  });
});
