import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { CHARACTER_PALETTE } from '../colors';
import { getShotMap } from '../doc';
import { ValidationError } from '../errors';
import { readBoard } from '../read';
import { newBoard } from '../testing/newBoard';
import { addCharacter, removeCharacter, updateCharacter } from './characters';
import { addDialogueLine } from './dialogue';
import { addShot } from './shots';

describe('characters', () => {
  it('adds a character with palette colours in turn', () => {
    const { doc } = newBoard();
    const lin = addCharacter(doc, { name: 'Lin Yue', bio: '24, hiding as a deckhand', voice: 'Quiet, exact.' });
    const zhou = addCharacter(doc, { name: 'Zhou Hao' });
    const { characters } = readBoard(doc);
    expect(characters[lin]).toEqual({
      id: lin, name: 'Lin Yue', bio: '24, hiding as a deckhand', voice: 'Quiet, exact.', color: CHARACTER_PALETTE[0],
    });
    expect(characters[zhou].color).toBe(CHARACTER_PALETTE[1]);
    expect(characters[zhou].voice).toBe('');
  });

  it('edits the given fields', () => {
    const { doc } = newBoard();
    const id = addCharacter(doc, { name: 'Mei', color: '#123456' });
    updateCharacter(doc, id, { name: 'Aunt Mei', voice: 'Proverbs and questions.' });
    expect(readBoard(doc).characters[id]).toMatchObject({ name: 'Aunt Mei', voice: 'Proverbs and questions.', color: '#123456' });
  });

  it('rejects a name that is not text', () => {
    const { doc } = newBoard();
    expect(() => addCharacter(doc, { name: 7 as never })).toThrow(ValidationError);
    const id = addCharacter(doc, { name: 'Wu' });
    expect(() => updateCharacter(doc, id, { color: '' })).toThrow(/Colour/);
  });

  it('ignores edits of a character that is gone', () => {
    const { doc } = newBoard();
    expect(() => updateCharacter(doc, 'missing', { name: 'x' })).not.toThrow();
    expect(readBoard(doc).characters).toEqual({});
  });

  it('removes a character and unassigns their dialogue, keeping the lines', () => {
    const { doc, episodeId } = newBoard();
    const wu = addCharacter(doc, { name: 'Captain Wu' });
    const mei = addCharacter(doc, { name: 'Aunt Mei' });
    const shot = addShot(doc, { episodeId });
    addDialogueLine(doc, shot, { characterId: wu, line: "She has her father's temper." });
    addDialogueLine(doc, shot, { characterId: mei, line: "Then she has her father's enemies too." });
    removeCharacter(doc, wu);
    const board = readBoard(doc);
    expect(board.characters[wu]).toBeUndefined();
    expect(board.shots[shot].dialogue.map((l) => [l.characterId, l.line])).toEqual([
      [null, "She has her father's temper."],
      [mei, "Then she has her father's enemies too."],
    ]);
    // Written to the doc, not just hidden by the reader.
    const line = (getShotMap(doc, shot)!.get('dialogue') as Y.Array<Y.Map<unknown>>).get(0);
    expect(line.get('characterId')).toBeNull();
  });
});
