import { describe, expect, it } from 'vitest';
import { boardTitleOf } from './scriptTitle';

describe('boardTitleOf', () => {
  it("takes the script's own title", () => {
    expect(boardTitleOf({ title: '运河千金' }, '第二稿.txt')).toBe('运河千金');
  });

  it("takes the file's name, without its extension, when the script has none", () => {
    expect(boardTitleOf({ title: '' }, '雨夜契约.txt')).toBe('雨夜契约');
    expect(boardTitleOf({ title: '  ' }, 'The Last Ferry.fountain')).toBe('The Last Ferry');
    expect(boardTitleOf({ title: '' }, 'notes.v2.md')).toBe('notes.v2');
    expect(boardTitleOf({ title: '' }, 'draft')).toBe('draft');
  });
});
