import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { initBoard, setBoardMeta } from './commands/board';
import { addCharacter, updateCharacter } from './commands/characters';
import { addEpisode, updateEpisode } from './commands/episodes';
import { ValidationError } from './errors';
import {
  MAX_BOARD_TITLE_LENGTH, MAX_CHARACTER_NAME_LENGTH, MAX_COMMENT_LENGTH, MAX_DISMISSAL_REASON, MAX_EPISODE_TITLE_LENGTH,
  MAX_LOGLINE_LENGTH, MAX_PERSON_NAME_LENGTH, clipFields, clipText,
} from './limits';
import { addComment } from './notes/commands';
import { readNotes } from './notes/read';
import { dismissFinding } from './rhythm/commands';
import { readRhythmSettings } from './rhythm/settings';
import { readBoard } from './read';
import { newBoard } from './testing/newBoard';

const long = (length: number) => 'x'.repeat(length + 25);

describe('clipText and clipFields', () => {
  it('cut only what is over the limit', () => {
    expect(clipText('abc', 2)).toBe('ab');
    expect(clipText('abc', 3)).toBe('abc');
    const fields = { title: 'abcdef', paywall: true };
    expect(clipFields(fields, { title: 3 })).toEqual({ title: 'abc', paywall: true });
    expect(clipFields(fields, { title: 10 })).toBe(fields);
    expect(fields.title).toBe('abcdef');
  });
});

describe('commands clip names and titles as the fields do', () => {
  it('clips the board title and logline', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: long(MAX_BOARD_TITLE_LENGTH), logline: long(MAX_LOGLINE_LENGTH) });
    expect(readBoard(doc).meta.title).toHaveLength(MAX_BOARD_TITLE_LENGTH);
    expect(readBoard(doc).meta.logline).toHaveLength(MAX_LOGLINE_LENGTH);
    setBoardMeta(doc, { title: `T${long(MAX_BOARD_TITLE_LENGTH)}`, logline: 'short' });
    expect(readBoard(doc).meta.title).toBe(`T${'x'.repeat(MAX_BOARD_TITLE_LENGTH - 1)}`);
    expect(readBoard(doc).meta.logline).toBe('short');
  });

  it('clips episode titles', () => {
    const { doc } = newBoard();
    const id = addEpisode(doc, { title: long(MAX_EPISODE_TITLE_LENGTH) });
    expect(readBoard(doc).episodes.find((e) => e.id === id)!.title).toHaveLength(MAX_EPISODE_TITLE_LENGTH);
    updateEpisode(doc, id, { title: `E${long(MAX_EPISODE_TITLE_LENGTH)}`, synopsis: long(MAX_EPISODE_TITLE_LENGTH) });
    const episode = readBoard(doc).episodes.find((e) => e.id === id)!;
    expect(episode.title).toHaveLength(MAX_EPISODE_TITLE_LENGTH);
    expect(episode.title.startsWith('Ex')).toBe(true);
    // Synopses have no limit.
    expect(episode.synopsis).toHaveLength(MAX_EPISODE_TITLE_LENGTH + 25);
  });

  it('clips character names', () => {
    const { doc } = newBoard();
    const id = addCharacter(doc, { name: long(MAX_CHARACTER_NAME_LENGTH), bio: long(MAX_CHARACTER_NAME_LENGTH) });
    expect(readBoard(doc).characters[id]!.name).toHaveLength(MAX_CHARACTER_NAME_LENGTH);
    expect(readBoard(doc).characters[id]!.bio).toHaveLength(MAX_CHARACTER_NAME_LENGTH + 25);
    updateCharacter(doc, id, { name: 'Lin Yue' });
    expect(readBoard(doc).characters[id]!.name).toBe('Lin Yue');
    updateCharacter(doc, id, { name: long(MAX_CHARACTER_NAME_LENGTH) });
    expect(readBoard(doc).characters[id]!.name).toHaveLength(MAX_CHARACTER_NAME_LENGTH);
  });
});

describe('commands refuse over-long sentences and clip names of people', () => {
  it('refuses a long comment and clips its author', () => {
    const notes = new Y.Doc();
    const author = { id: 'u1', name: long(MAX_PERSON_NAME_LENGTH), color: '#123456' };
    expect(() => addComment(notes, { shotId: 's1', text: long(MAX_COMMENT_LENGTH), author })).toThrow(ValidationError);
    addComment(notes, { shotId: 's1', text: 'Hold longer here.', author });
    expect(readNotes(notes).comments[0]!.author.name).toHaveLength(MAX_PERSON_NAME_LENGTH);
  });

  it('refuses a long dismissal reason and clips who dismissed', () => {
    const { doc } = newBoard();
    expect(() => dismissFinding(doc, 'k', { reason: long(MAX_DISMISSAL_REASON), by: 'Ana' })).toThrow(ValidationError);
    dismissFinding(doc, 'k', { reason: 'Intended.', by: long(MAX_PERSON_NAME_LENGTH), now: 1 });
    expect(readRhythmSettings(doc).dismissals.get('k')?.by).toHaveLength(MAX_PERSON_NAME_LENGTH);
  });
});
