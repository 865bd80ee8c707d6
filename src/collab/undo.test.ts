import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  acceptSuggestion, addShot, addSuggestionAlternative, createSuggestion, initBoard, readBoard, readSuggestion,
} from '../model';
import { createBoardUndo } from './undo';

const REMOTE = { remote: true };

describe('createBoardUndo', () => {
  it('undoes one command at a time when each gesture starts a new step', () => {
    const doc = new Y.Doc();
    const { episodeId } = initBoard(doc, { title: 'Test' }, REMOTE);
    const undo = createBoardUndo(doc);
    addShot(doc, { episodeId });
    undo.stopCapturing();
    addShot(doc, { episodeId });
    expect(undo.undoStack).toHaveLength(2);
    undo.undo();
    expect(readBoard(doc).shotsByEpisode[episodeId]).toHaveLength(1);
  });

  it('never undoes changes that arrived from elsewhere', () => {
    const doc = new Y.Doc();
    const { episodeId } = initBoard(doc, { title: 'Test' }, REMOTE);
    const undo = createBoardUndo(doc);
    addShot(doc, { episodeId }, REMOTE);
    addShot(doc, { episodeId });
    undo.undo();
    expect(readBoard(doc).shotsByEpisode[episodeId]).toHaveLength(1);
    expect(undo.canUndo()).toBe(false);
  });

  it('tracks the extra origins it is given, such as the sketch editor', () => {
    const doc = new Y.Doc();
    const sketch = { sketch: true };
    const { episodeId } = initBoard(doc, { title: 'Test' }, REMOTE);
    const undo = createBoardUndo(doc, [sketch]);
    addShot(doc, { episodeId }, sketch);
    undo.undo();
    expect(readBoard(doc).shotsByEpisode[episodeId] ?? []).toHaveLength(0);
  });

  it('takes back an accepted suggestion, card status included, but not its streaming in', () => {
    const doc = new Y.Doc();
    const { episodeId } = initBoard(doc, { title: 'Test' }, REMOTE);
    const shotId = addShot(doc, { episodeId }, REMOTE);
    const undo = createBoardUndo(doc);
    createSuggestion(doc, { id: 's', shotIds: [shotId], kind: 'beats', provider: 'offline', model: 'm', requestedBy: 'A', createdAt: 1 }, REMOTE);
    addSuggestionAlternative(doc, 's', { shotId, beat: { type: 'hook', emotion: 'fear', intensity: 5 }, dialogue: null, rationale: '' }, REMOTE);
    expect(undo.canUndo()).toBe(false);
    acceptSuggestion(doc, 's', 0);
    undo.undo();
    expect(readSuggestion(doc, 's')?.status).toBe('streaming');
    expect(readBoard(doc).shots[shotId]?.beat.type).toBeNull();
  });
});
