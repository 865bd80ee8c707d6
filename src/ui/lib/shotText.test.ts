import { describe, expect, it } from 'vitest';
import type { Character } from '../../model/types';
import { firstDialogueText, relativeTimeParts } from './shotText';

const characters: Record<string, Character> = {
  lin: { id: 'lin', name: 'LIN YUE', bio: '', voice: '', color: '#c33' },
};

describe('firstDialogueText', () => {
  it('prefixes the speaker', () => {
    const shot = { dialogue: [{ characterId: 'lin', line: "The owner isn't selling.", parenthetical: '' }] };
    expect(firstDialogueText(shot, characters)).toBe("LIN YUE: The owner isn't selling.");
  });

  it('skips empty lines and unknown speakers', () => {
    const shot = {
      dialogue: [
        { characterId: 'lin', line: '  ', parenthetical: '' },
        { characterId: 'gone', line: 'Who is there?', parenthetical: '' },
      ],
    };
    expect(firstDialogueText(shot, characters)).toBe('Who is there?');
  });

  it('is empty without dialogue', () => {
    expect(firstDialogueText({ dialogue: [] }, characters)).toBe('');
  });
});

describe('relativeTimeParts', () => {
  const now = 1_000_000_000_000;
  it('says "now" under a minute', () => {
    expect(relativeTimeParts(now - 20_000, now)).toEqual({ value: 0, unit: 'second' });
  });
  it('uses minutes, hours and days', () => {
    expect(relativeTimeParts(now - 5 * 60_000, now)).toEqual({ value: -5, unit: 'minute' });
    expect(relativeTimeParts(now - 3 * 3_600_000, now)).toEqual({ value: -3, unit: 'hour' });
    expect(relativeTimeParts(now - 2 * 86_400_000, now)).toEqual({ value: -2, unit: 'day' });
  });
});
