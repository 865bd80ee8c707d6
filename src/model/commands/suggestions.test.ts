import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readShot as readShotRecord } from '../read';
import { getShotMap } from '../doc';
import { readSuggestion, readSuggestions } from '../suggestions/read';
import { getSuggestionsMap } from '../doc';

const readShot = (doc: Y.Doc, id: string) => readShotRecord(id, getShotMap(doc, id)!);
import { newBoard, REMOTE_ORIGIN } from '../testSupport';
import { addCharacter } from './characters';
import { addDialogueLine } from './dialogue';
import { addShot } from './shots';
import { acceptSuggestion, addSuggestionAlternative, createSuggestion, dismissSuggestion, finishSuggestion } from './suggestions';

function boardWithSuggestion() {
  const { doc, episodeId } = newBoard();
  const shotId = addShot(doc, { episodeId });
  const linId = addCharacter(doc, { name: 'Lin' });
  addDialogueLine(doc, shotId, { characterId: null, line: 'Old line.' });
  // The server writes suggestions; in the browser they arrive with the provider as origin.
  createSuggestion(doc, {
    id: 'sug1', shotIds: [shotId], kind: 'both', provider: 'offline', model: 'beatboard-offline-1',
    requestedBy: 'Ana', createdAt: 5,
  }, REMOTE_ORIGIN);
  addSuggestionAlternative(doc, 'sug1', {
    shotId, beat: { type: 'hook', emotion: 'surprise', intensity: 8 },
    dialogue: [{ characterId: linId, line: 'You kept my name off the gate.', parenthetical: 'quiet' }],
    rationale: 'Open on a question.',
  }, REMOTE_ORIGIN);
  addSuggestionAlternative(doc, 'sug1', {
    shotId, beat: { type: 'reveal', emotion: 'fear', intensity: 6 }, dialogue: null, rationale: 'Or reveal.',
  }, REMOTE_ORIGIN);
  finishSuggestion(doc, 'sug1', {}, REMOTE_ORIGIN);
  return { doc, shotId, linId };
}

describe('suggestions', () => {
  it('streams alternatives into a suggestion and reads it back', () => {
    const { doc, shotId } = boardWithSuggestion();
    expect(readSuggestion(doc, 'sug1')).toMatchObject({
      shotIds: [shotId], kind: 'both', status: 'ready', provider: 'offline', requestedBy: 'Ana', error: null,
    });
    expect(readSuggestion(doc, 'sug1')?.alternatives.map((a) => a.beat?.type)).toEqual(['hook', 'reveal']);
    finishSuggestion(doc, 'sug1', { error: 'The AI server failed.' });
    expect(readSuggestion(doc, 'sug1')).toMatchObject({ status: 'failed', error: 'The AI server failed.' });
  });

  it('accepting applies the beat and replaces the dialogue, and one undo takes it all back', () => {
    const { doc, shotId, linId } = boardWithSuggestion();
    const undo = new Y.UndoManager(['meta', 'characters', 'episodes', 'shots', 'suggestions'].map((name) => doc.getMap(name)));
    acceptSuggestion(doc, 'sug1', 0);
    expect(readShot(doc, shotId)?.beat).toEqual({ type: 'hook', emotion: 'surprise', intensity: 8 });
    expect(readShot(doc, shotId)?.dialogue).toEqual([
      { characterId: linId, line: 'You kept my name off the gate.', parenthetical: 'quiet' },
    ]);
    expect(readSuggestion(doc, 'sug1')?.status).toBe('accepted');
    undo.undo();
    expect(readShot(doc, shotId)?.beat.type).toBeNull();
    expect(readShot(doc, shotId)?.dialogue.map((line) => line.line)).toEqual(['Old line.']);
    expect(readSuggestion(doc, 'sug1')?.status).toBe('ready');
  });

  it('accepting a beat-only alternative keeps the dialogue; dismissing changes only the status', () => {
    const { doc, shotId } = boardWithSuggestion();
    acceptSuggestion(doc, 'sug1', 1);
    expect(readShot(doc, shotId)?.beat.type).toBe('reveal');
    expect(readShot(doc, shotId)?.dialogue.map((line) => line.line)).toEqual(['Old line.']);
    dismissSuggestion(doc, 'sug1');
    expect(readSuggestion(doc, 'sug1')?.status).toBe('dismissed');
  });

  it('reads damaged entries as defaults and lists newest first', () => {
    const { doc } = boardWithSuggestion();
    const damaged = new Y.Map<unknown>();
    getSuggestionsMap(doc).set('bad', damaged);
    damaged.set('status', 'exploded');
    damaged.set('createdAt', 99);
    damaged.set('alternatives', 'nope');
    expect(readSuggestions(doc).map((s) => s.id)).toEqual(['bad', 'sug1']);
    expect(readSuggestion(doc, 'bad')).toMatchObject({ status: 'failed', alternatives: [], shotIds: [] });
  });
});
