import { describe, expect, it } from 'vitest';
import { NotFoundError, ValidationError } from '../errors';
import { readBoard } from '../read';
import { newBoard } from '../testing/newBoard';
import { addCharacter } from './characters';
import { addDialogueLine, moveDialogueLine, removeDialogueLine, updateDialogueLine } from './dialogue';
import { addShot } from './shots';

function setUp() {
  const { doc, episodeId } = newBoard();
  const zhou = addCharacter(doc, { name: 'Zhou Hao' });
  const lin = addCharacter(doc, { name: 'Lin Yue' });
  const shot = addShot(doc, { episodeId });
  const lines = () => readBoard(doc).shots[shot].dialogue;
  return { doc, zhou, lin, shot, lines };
}

describe('dialogue lines', () => {
  it('adds lines at the end or at an index and returns where they landed', () => {
    const { doc, zhou, lin, shot, lines } = setUp();
    expect(addDialogueLine(doc, shot, { characterId: zhou, line: 'Whose boat is this?' })).toBe(0);
    expect(addDialogueLine(doc, shot, { characterId: lin, line: "The owner isn't selling.", parenthetical: 'without looking up' })).toBe(1);
    expect(addDialogueLine(doc, shot, {}, 0)).toBe(0);
    expect(addDialogueLine(doc, shot, { line: 'late' }, 99)).toBe(3);
    expect(lines()).toEqual([
      { characterId: null, line: '', parenthetical: '' },
      { characterId: zhou, line: 'Whose boat is this?', parenthetical: '' },
      { characterId: lin, line: "The owner isn't selling.", parenthetical: 'without looking up' },
      { characterId: null, line: 'late', parenthetical: '' },
    ]);
  });

  it('edits a line: speaker, words and parenthetical', () => {
    const { doc, zhou, lin, shot, lines } = setUp();
    addDialogueLine(doc, shot, { characterId: zhou, line: 'Who are you?' });
    updateDialogueLine(doc, shot, 0, { characterId: lin, line: 'And who are you to say so?', parenthetical: 'quietly' });
    expect(lines()).toEqual([{ characterId: lin, line: 'And who are you to say so?', parenthetical: 'quietly' }]);
  });

  it('removes and reorders lines', () => {
    const { doc, shot, lines } = setUp();
    for (const line of ['one', 'two', 'three', 'four']) addDialogueLine(doc, shot, { line });
    moveDialogueLine(doc, shot, 0, 2);
    expect(lines().map((l) => l.line)).toEqual(['two', 'three', 'one', 'four']);
    moveDialogueLine(doc, shot, 3, 0);
    expect(lines().map((l) => l.line)).toEqual(['four', 'two', 'three', 'one']);
    moveDialogueLine(doc, shot, 1, 99);
    expect(lines().map((l) => l.line)).toEqual(['four', 'three', 'one', 'two']);
    removeDialogueLine(doc, shot, 1);
    expect(lines().map((l) => l.line)).toEqual(['four', 'one', 'two']);
  });

  it('ignores indexes that no longer exist', () => {
    const { doc, shot, lines } = setUp();
    addDialogueLine(doc, shot, { line: 'only' });
    removeDialogueLine(doc, shot, 5);
    updateDialogueLine(doc, shot, -1, { line: 'x' });
    moveDialogueLine(doc, shot, 3, 0);
    expect(lines().map((l) => l.line)).toEqual(['only']);
  });

  it('validates input and refuses a shot that is gone', () => {
    const { doc, shot } = setUp();
    expect(() => addDialogueLine(doc, shot, { line: 5 as never })).toThrow(ValidationError);
    expect(() => addDialogueLine(doc, 'gone', { line: 'hi' })).toThrow(NotFoundError);
  });
});
