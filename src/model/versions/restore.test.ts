import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { setBoardMeta } from '../commands/board';
import { removeCharacter } from '../commands/characters';
import { removeDialogueLine, updateDialogueLine } from '../commands/dialogue';
import { addEpisode, updateEpisode } from '../commands/episodes';
import { addShot, deleteShots, moveShots, setBeat, updateShot } from '../commands/shots';
import { addStroke, eraseStrokes } from '../commands/strokes';
import { boardRootMaps, getShotMap, getSuggestionsMap } from '../doc';
import { NewerSchemaError } from '../errors';
import { SCHEMA_VERSION } from '../types';
import { migrateBoard } from '../migrations/migrateBoard';
import { buildV1Board } from '../migrations/testing/v1Board';
import { readBoard } from '../read';
import { setRhythmThresholds } from '../rhythm/commands';
import { getRhythmDismissalsMap, getRhythmThresholdsMap } from '../rhythm/roots';
import { sync } from '../testing/newBoard';
import { compareBoards } from './compare';
import { restoreBoard, restoreEpisodes, restoreNotes, restoreShotSketch, restoreShotText } from './restore';
import { contentOf, linkLive, penLine, storyBoard, updatesDuring, versionOf } from './testing/storyBoard';

/** A bit of every kind of change since the version: fields, texts, dialogue, sketches, records, settings. */
function editSinceVersion(doc: Y.Doc, ids: ReturnType<typeof storyBoard>) {
  const { lin, e1, s1, s2, s4 } = ids;
  setBoardMeta(doc, { title: 'Story, recut' });
  updateEpisode(doc, e1, { title: 'Pilot', paywall: true });
  updateShot(doc, s1, { action: 'She paces.', scene: 'INT. HALL - NIGHT' });
  updateDialogueLine(doc, s1, 0, { line: 'Where have you been?' });
  removeDialogueLine(doc, s1, 1);
  setBeat(doc, [s1], { intensity: 3 });
  eraseStrokes(doc, s1, [readBoard(doc).shots[s1].strokes[1].id]);
  addStroke(doc, s1, penLine(0.9));
  deleteShots(doc, [s2]);
  moveShots(doc, [s4], { episodeId: e1, index: 0 });
  const e3 = addEpisode(doc, { title: 'Three' });
  addShot(doc, { episodeId: e3, content: { strokes: [penLine(0.5)] } });
  removeCharacter(doc, lin);
  setRhythmThresholds(doc, { hookMinIntensity: 4, flatMinIntensity: 5 });
}

const rhythmOf = (doc: Y.Doc) => ({ thresholds: getRhythmThresholdsMap(doc).toJSON(), dismissals: getRhythmDismissalsMap(doc).toJSON() });

describe('restoreBoard', () => {
  it('makes the board equal to the version and leaves suggestions alone', () => {
    const board = storyBoard();
    const { doc } = board;
    const version = versionOf(doc);
    editSinceVersion(doc, board);
    getSuggestionsMap(doc).set('suggestion-1', 'kept as it is');
    expect(contentOf(doc)).not.toEqual(contentOf(version));

    restoreBoard(doc, version);
    expect(contentOf(doc)).toEqual(contentOf(version));
    expect(rhythmOf(doc)).toEqual(rhythmOf(version));
    expect(getSuggestionsMap(doc).get('suggestion-1')).toBe('kept as it is');
  });

  it('converges with a peer who keeps editing, and keeps what the peer wrote meanwhile and after', () => {
    const board = storyBoard();
    const { doc: a, s1, s3, e1, e2 } = board;
    const version = versionOf(a);
    const b = versionOf(a);
    let unlink = linkLive(a, b);
    editSinceVersion(a, board);
    expect(contentOf(b)).toEqual(contentOf(a));

    // While A restores, B (not yet synced) adds a stroke to a shot the restore does not
    // change, and types into a text the restore does change.
    unlink();
    addStroke(b, s3, penLine(0.7));
    updateShot(b, s1, { action: 'She paces. Rain.' });
    restoreBoard(a, version);
    sync(a, b);
    unlink = linkLive(a, b);
    // After the restore, B goes on editing.
    updateEpisode(b, e2, { title: 'Two, again' });
    const s5 = addShot(b, { episodeId: e1 });
    unlink();

    expect(contentOf(a)).toEqual(contentOf(b));
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
    // The minimal text edits merge: A's restore of the start, B's words at the end.
    expect(readBoard(a).shots[s1].action).toBe('She waits by the door. Rain.');
    // Everything else is as in the version.
    expect(compareBoards(readBoard(version), readBoard(a))).toEqual([
      { kind: 'shot', change: 'changed', shotId: s1, episodeId: e1, fields: ['action'] },
      { kind: 'shot', change: 'added', shotId: s5, episodeId: e1, fields: [] },
      { kind: 'episode', change: 'changed', episodeId: e2, fields: ['title'] },
      { kind: 'shot', change: 'changed', shotId: s3, episodeId: e2, fields: ['sketch'] },
    ]);
    expect(rhythmOf(a)).toEqual(rhythmOf(version));
  });

  it('edits shared texts and sketches in place instead of replacing them', () => {
    const board = storyBoard();
    const { doc, s1 } = board;
    const version = versionOf(doc);
    editSinceVersion(doc, board);
    const shot = getShotMap(doc, s1)!;
    const [action, strokes, dialogue, beat] = ['action', 'strokes', 'dialogue', 'beat'].map((key) => shot.get(key));
    restoreBoard(doc, version);
    expect([shot.get('action'), shot.get('strokes'), shot.get('dialogue'), shot.get('beat')]).toEqual([action, strokes, dialogue, beat]);
    expect(getShotMap(doc, s1)).toBe(shot);
  });

  it('is one step of the restoring user\'s undo, and no step of an undo that does not track its origin', () => {
    const board = storyBoard();
    const { doc } = board;
    const version = versionOf(doc);
    editSinceVersion(doc, board);
    const edited = contentOf(doc);
    // As createBoardUndo (src/collab/undo.ts) builds it: the board's roots, tracking null.
    const scope = [...boardRootMaps(doc), getSuggestionsMap(doc), getRhythmThresholdsMap(doc), getRhythmDismissalsMap(doc)];
    const undo = new Y.UndoManager(scope, { trackedOrigins: new Set<unknown>([null]), captureTimeout: 400 });

    restoreBoard(doc, version);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(contentOf(doc)).toEqual(edited);
    expect(rhythmOf(doc).thresholds).toEqual({ hookMinIntensity: 4, flatMinIntensity: 5 });
    undo.redo();
    expect(contentOf(doc)).toEqual(contentOf(version));

    undo.undo();
    undo.clear();
    restoreBoard(doc, version, 'beatboard:someone-else');
    expect(undo.undoStack).toHaveLength(0);
    expect(contentOf(doc)).toEqual(contentOf(version));
  });

  it('restores a version saved before the board was migrated in the current stroke form, never lowering the schema version', () => {
    const old = buildV1Board();
    const doc = versionOf(old.doc);
    migrateBoard(doc);
    const shotId = old.shotIds[0];
    eraseStrokes(doc, shotId, [old.strokes[shotId][0].id]);
    restoreBoard(doc, old.doc);

    expect(doc.getMap('meta').get('schemaVersion')).toBe(SCHEMA_VERSION);
    const strokes = (getShotMap(doc, shotId)!.get('strokes') as Y.Array<Record<string, unknown>>).toArray();
    expect(strokes.map((stroke) => stroke.id)).toEqual(old.strokes[shotId].map((stroke) => stroke.id));
    expect(strokes.every((stroke) => stroke.path instanceof Uint8Array && !('points' in stroke))).toBe(true);
    // The version itself is only read.
    expect(old.doc.getMap('meta').get('schemaVersion')).toBe(1);
  });

  it('refuses a version from a newer Beatboard and writes nothing', () => {
    const { doc } = storyBoard();
    const version = versionOf(doc);
    version.getMap('meta').set('schemaVersion', 99);
    expect(updatesDuring(doc, () => expect(() => restoreBoard(doc, version)).toThrow(NewerSchemaError))).toBe(0);
  });
});

describe('restoring what the board already has', () => {
  it('writes nothing, whole or in part, board or notes', () => {
    const { doc, notes, e1, e2, s1, s3 } = storyBoard();
    const version = versionOf(doc);
    const written = updatesDuring(doc, () => {
      restoreBoard(doc, version);
      restoreEpisodes(doc, version, [e1, e2]);
      restoreShotSketch(doc, version, s1);
      restoreShotText(doc, version, s3);
    });
    expect(written).toBe(0);
    expect(updatesDuring(notes, () => restoreNotes(notes, versionOf(notes)))).toBe(0);
  });
});
