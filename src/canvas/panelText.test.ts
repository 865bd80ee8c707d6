import { describe, expect, it } from 'vitest';
import { panelCaption } from './panelText';

const line = (text: string) => ({ characterId: 'c1', line: text, parenthetical: '' });

describe('panelCaption', () => {
  it('prints the first spoken line with its speaker, as a script does', () => {
    const shot = { dialogue: [line('  '), line('It is\n mine.')], action: 'She grips the rope.' };
    expect(panelCaption(shot, 'Lin Yue')).toBe('LIN YUE: It is mine.');
    expect(panelCaption(shot, undefined)).toBe('It is mine.');
  });

  it('says what happens in a shot nobody speaks in', () => {
    expect(panelCaption({ dialogue: [], action: '雨夜，运河。\n林玥收起缆绳。' }, undefined)).toBe('雨夜，运河。 林玥收起缆绳。');
    expect(panelCaption({ dialogue: [line('')], action: 'Rain on the canal.' }, 'Lin Yue')).toBe('Rain on the canal.');
    expect(panelCaption({ dialogue: [], action: '' }, undefined)).toBe('');
  });
});
