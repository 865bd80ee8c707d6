import { describe, expect, it } from 'vitest';
import { buildSuggestionContext } from '../../../src/model/suggestions/context';
import { buildRhythmDoc, goodEpisode } from '../../../src/model/rhythm/testing/boards';
import { readBoard, type SuggestionRequest } from '../../../src/model';
import { toSuggestionAlternative } from './output';
import { buildMessages } from './prompt';

describe('the model prompt and the rhythm checks', () => {
  const doc = buildRhythmDoc([goodEpisode(['payoff', 9]), goodEpisode()]);
  const board = readBoard(doc);
  const last = board.shotsByEpisode[board.episodes[0].id].at(-1)!;
  const request: SuggestionRequest = { shotIds: [last], kind: 'beats', alternatives: 2 };
  const context = buildSuggestionContext(doc, request);

  it('sends the open findings of the episodes involved, and asks to clear and name them', () => {
    const [system, user] = buildMessages(context, request, false);
    expect(system.content).toContain('rhythm findings');
    expect(user.content).toContain('"ruleId":"open-ending"');
    expect(user.content).toContain('Ends on a payoff, which closes the question');
    expect(user.content).toContain('list its ruleId in "addresses"');
  });

  it('keeps only the named checks that are open on the board', () => {
    const raw = { shotId: last, beat: { type: 'reveal' as const, emotion: 'surprise' as const, intensity: 8 }, dialogue: null, rationale: 'Open it.', addresses: ['open-ending', 'hook', 'nonsense'] };
    expect(toSuggestionAlternative(raw, context, 'beats', new Set([last]))?.addresses).toEqual(['open-ending']);
    expect(toSuggestionAlternative({ ...raw, addresses: null }, context, 'beats', new Set([last]))?.addresses).toBeUndefined();
  });
});
