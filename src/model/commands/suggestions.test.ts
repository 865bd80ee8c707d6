import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readBoard, readShot as readShotRecord } from '../read';
import { getShotMap } from '../doc';
import { acceptableSuggestions, readSuggestion, readSuggestions } from '../suggestions/read';
import { getSuggestionsMap } from '../doc';

const readShot = (doc: Y.Doc, id: string) => readShotRecord(id, getShotMap(doc, id)!);
import { newBoard, REMOTE_ORIGIN } from '../testing/newBoard';
import { addCharacter } from './characters';
import { addDialogueLine } from './dialogue';
import { addShot, deleteShots } from './shots';
import { acceptAllSuggestions, acceptSuggestion, addSuggestionAlternative, createSuggestion, dismissSuggestion, finishSuggestion } from './suggestions';

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

describe('accept all', () => {
  /** A card for one shot as the server writes it: `alternatives` beats, then ready unless told. */
  function card(doc: Y.Doc, id: string, shotId: string, createdAt: number, beats: ('hook' | 'reveal' | 'reversal')[], status: 'ready' | 'streaming' | 'failed' | 'dismissed' = 'ready') {
    createSuggestion(doc, { id, shotIds: [shotId], kind: 'beats', provider: 'offline', model: 'm', requestedBy: 'Ana', createdAt }, REMOTE_ORIGIN);
    for (const type of beats) {
      addSuggestionAlternative(doc, id, { shotId, beat: { type, emotion: null, intensity: 5 }, dialogue: null, rationale: '' }, REMOTE_ORIGIN);
    }
    if (status === 'ready' || status === 'failed') finishSuggestion(doc, id, status === 'failed' ? { error: 'no' } : {}, REMOTE_ORIGIN);
    if (status === 'dismissed') {
      finishSuggestion(doc, id, {}, REMOTE_ORIGIN);
      dismissSuggestion(doc, id, REMOTE_ORIGIN);
    }
  }

  function boardWithCards() {
    const { doc, episodeId } = newBoard();
    const [first, second, third, gone] = [0, 1, 2, 3].map(() => addShot(doc, { episodeId }));
    // Newest request first, its cards in board order; the older request's card comes last.
    card(doc, 'new2', second, 9, ['reveal', 'hook']);
    card(doc, 'new1', first, 9, ['hook']);
    card(doc, 'old1', first, 1, ['reversal']);
    // Not open, or on a shot that is gone: left alone.
    card(doc, 'streaming', third, 9, ['hook'], 'streaming');
    card(doc, 'failed', third, 9, ['hook'], 'failed');
    card(doc, 'dismissed', third, 9, ['hook'], 'dismissed');
    card(doc, 'empty', third, 9, []);
    card(doc, 'orphan', gone, 9, ['hook']);
    deleteShots(doc, [gone], REMOTE_ORIGIN);
    return { doc, first, second, third };
  }

  it('accepts the first alternative of every open card on the board, in the panel order', () => {
    const { doc, first, second, third } = boardWithCards();
    expect(acceptableSuggestions(doc, readBoard(doc)).map((s) => s.id)).toEqual(['new1', 'new2', 'old1']);
    expect(acceptAllSuggestions(doc, readBoard(doc))).toEqual(['new1', 'new2', 'old1']);
    expect(readShot(doc, second)?.beat.type).toBe('reveal');
    // Two cards on one shot: the one accepted last (the older request) is what stays.
    expect(readShot(doc, first)?.beat.type).toBe('reversal');
    expect(readShot(doc, third)?.beat.type).toBeNull();
    const status = Object.fromEntries(readSuggestions(doc).map((s) => [s.id, s.status]));
    expect(status).toEqual({
      new1: 'accepted', new2: 'accepted', old1: 'accepted',
      streaming: 'streaming', failed: 'failed', dismissed: 'dismissed', empty: 'ready', orphan: 'ready',
    });
  });

  it('is one transaction and one undo step', () => {
    const { doc, first, second } = boardWithCards();
    const undo = new Y.UndoManager(['meta', 'characters', 'episodes', 'shots', 'suggestions'].map((name) => doc.getMap(name)));
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    acceptAllSuggestions(doc, readBoard(doc));
    expect(transactions).toBe(1);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(readShot(doc, first)?.beat.type).toBeNull();
    expect(readShot(doc, second)?.beat.type).toBeNull();
    expect(readSuggestions(doc).filter((s) => s.status === 'accepted')).toEqual([]);
  });

  it('does nothing when no card is open', () => {
    const { doc } = boardWithCards();
    acceptAllSuggestions(doc, readBoard(doc));
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(acceptAllSuggestions(doc, readBoard(doc))).toEqual([]);
    expect(transactions).toBe(0);
  });
});
