import { describe, expect, it } from 'vitest';
import { balancedWrap, breakUnits, dialogueCues, lineAt, readingWeight, wrapText } from './subtitles';

// One unit of width a character: what a monospaced measure would say.
const measure = (text: string) => [...text].length;

describe('which subtitle shows when', () => {
  it('splits the shot between its lines by length, the last ending at the cut', () => {
    const cues = dialogueCues([{ line: 'abcd' }, { line: 'abcdefghijkl' }], 4000);
    expect(cues).toEqual([
      { lineIndex: 0, startMs: 0, endMs: 1000 },
      { lineIndex: 1, startMs: 1000, endMs: 4000 },
    ]);
    expect(lineAt(cues, 0)).toBe(0);
    expect(lineAt(cues, 999)).toBe(0);
    expect(lineAt(cues, 1000)).toBe(1);
    expect(lineAt(cues, 4000)).toBe(1);
  });

  it('skips empty lines and shows nothing in a shot without dialogue', () => {
    const cues = dialogueCues([{ line: '  ' }, { line: 'Go.' }], 3000);
    expect(cues).toEqual([{ lineIndex: 1, startMs: 0, endMs: 3000 }]);
    expect(lineAt(dialogueCues([], 3000), 100)).toBe(-1);
  });

  it('gives a CJK character the reading time of a few letters', () => {
    expect(readingWeight('你好')).toBe(6);
    expect(readingWeight('hi')).toBe(2);
    const cues = dialogueCues([{ line: '你好' }, { line: 'abcdef' }], 1200);
    expect(cues[0]!.endMs).toBe(600);
  });
});

describe('wrapping a subtitle', () => {
  it('breaks English between words', () => {
    expect(wrapText('the heir came to buy', 10, measure)).toEqual(['the heir', 'came to', 'buy']);
  });

  it('breaks Chinese between any two characters', () => {
    expect(wrapText('我父亲从来没有欠过任何人', 5, measure)).toEqual(['我父亲从来', '没有欠过任', '何人']);
  });

  it('never starts a line with a closing mark or ends one with an opening mark', () => {
    const lines = wrapText('你好，我是「林月」。', 3, measure);
    for (const line of lines) {
      expect('，。」』）').not.toContain(line[0]);
      expect('「『（').not.toContain(line.at(-1));
    }
    expect(lines.join('')).toBe('你好，我是「林月」。');
  });

  it('keeps mixed Latin and CJK together without adding spaces', () => {
    expect(breakUnits('OK吗? 好').map((unit) => unit.text)).toEqual(['OK', '吗?', '好']);
    expect(wrapText('OK吗', 10, measure)).toEqual(['OK吗']);
  });

  it('evens out the lines rather than leaving one character alone on the last', () => {
    expect(wrapText('这船是谁的？告诉船主。', 10, measure)).toEqual(['这船是谁的？告诉船', '主。']);
    expect(balancedWrap('这船是谁的？告诉船主。', 10, measure)).toEqual(['这船是谁的？', '告诉船主。']);
    expect(balancedWrap('the heir came to buy', 16, measure)).toEqual(['the heir', 'came to buy']);
    expect(balancedWrap('the heir came to buy', 20, measure)).toEqual(['the heir came to buy']);
  });

  it('cuts a word wider than the whole line', () => {
    expect(wrapText('abcdefghij xy', 4, measure)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
  });
});
