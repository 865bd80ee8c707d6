import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { buildSuggestionContext } from './context';
import { suggestionBoard } from './testing/boards';

describe('buildSuggestionContext', () => {
  it('carries the bible, the selected shots with two neighbours each side, and their places', () => {
    const { doc, one, two, lin, wei } = suggestionBoard();
    const context = buildSuggestionContext(doc, { shotIds: [one[2]!, two[5]!], kind: 'both', alternatives: 1 });
    expect(context).toMatchObject({ title: 'The Canal Heiress', logline: 'A disowned heiress returns.', language: 'en' });
    expect(context.characters.map((c) => [c.name, c.voice])).toEqual([['Wei', 'loud, boastful'], ['Lin', 'clipped, formal']]);
    expect(context.shots.map((s) => [s.number, s.selected])).toEqual([
      ['1.1', false], ['1.2', false], ['1.3', true], ['1.4', false], ['1.5', false],
      ['2.4', false], ['2.5', false], ['2.6', true],
    ]);
    const last = context.shots.at(-1)!;
    expect(last.position).toMatchObject({ isLastInEpisode: true, isPaywallEpisode: true, episodeNumber: 2, shotNumber: 6 });
    expect(context.shots[2]!.dialogue).toEqual([{ speaker: 'Wei', characterId: wei, line: 'You again?', parenthetical: '' }]);
    const episode2 = context.episodes.find((e) => e.number === 2)!;
    expect(episode2).toMatchObject({ paywall: true, synopsis: 'The mill goes under the hammer.', previousEndings: ['cliffhanger'] });
    expect(lin).toBeTruthy();
  });

  it('trims the farthest neighbours first and never a selected shot', () => {
    const { doc, one } = suggestionBoard();
    const full = buildSuggestionContext(doc, { shotIds: [one[2]!], kind: 'both', alternatives: 1 });
    const size = JSON.stringify(full).length;
    const trimmed = buildSuggestionContext(doc, { shotIds: [one[2]!], kind: 'both', alternatives: 1 }, { maxChars: size - 50 });
    // Of two equally far neighbours the later goes first: what led to the shot matters more.
    expect(trimmed.shots.map((s) => s.number)).toEqual(['1.1', '1.2', '1.3', '1.4']);
    expect(trimmed.trimmed.shots).toBe(1);
    const tiny = buildSuggestionContext(doc, { shotIds: [one[2]!], kind: 'both', alternatives: 1 }, { maxChars: 10 });
    expect(tiny.shots.map((s) => s.number)).toEqual(['1.3']);
    expect(tiny.trimmed.shots).toBe(4);
  });

  it('ignores shots deleted since, and refuses a request with none left', () => {
    const { doc, one } = suggestionBoard();
    const context = buildSuggestionContext(doc, { shotIds: ['gone', one[0]!], kind: 'beats', alternatives: 1 });
    expect(context.shots.filter((s) => s.selected).map((s) => s.id)).toEqual([one[0]]);
    expect(() => buildSuggestionContext(doc, { shotIds: ['gone'], kind: 'beats', alternatives: 1 })).toThrow(ValidationError);
  });
});
