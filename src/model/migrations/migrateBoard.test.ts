import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { initBoard } from '../commands/board';
import { insertShots } from '../commands/shots';
import { addStroke } from '../commands/strokes';
import { getEpisodeMap, getMetaMap, getShotMap } from '../doc';
import { NewerSchemaError } from '../errors';
import { readNotes } from '../notes/read';
import { readBoard } from '../read';
import { DEFAULT_CLIP_VOLUME, DEFAULT_SOUNDTRACK_VOLUME } from '../schema';
import { newBoard, sync, REMOTE_ORIGIN } from '../testing/newBoard';
import { decodeStrokePath } from '../strokes/pathCodec';
import { isStrokeV1, isStrokeV2, strokePoints } from '../strokes/strokeForms';
import { SCHEMA_VERSION } from '../types';
import { MIGRATION_ORIGIN, assertKnownSchema, migrateBoard, migrateNotes, tidyBoardStrokes } from './migrateBoard';
import { buildV1Board } from './testing/v1Board';

/** Every stored stroke of a doc's shots, in list order, as they are in the doc. */
function storedStrokes(doc: Y.Doc, shotId: string): unknown[] {
  return (getShotMap(doc, shotId)!.get('strokes') as Y.Array<unknown>).toArray();
}

function expectSameDrawing(points: number[], decoded: number[]) {
  expect(decoded).toHaveLength(points.length);
  points.forEach((value, i) => expect(Math.abs(value - decoded[i]!)).toBeLessThan(1 / 4096));
}

describe('migrateBoard', () => {
  it('stamps a board without a version as version 1', () => {
    const doc = new Y.Doc();
    getMetaMap(doc).set('title', 'Legacy');
    expect(migrateBoard(doc)).toEqual({ from: 1, to: SCHEMA_VERSION });
    expect(getMetaMap(doc).get('schemaVersion')).toBe(SCHEMA_VERSION);
  });

  it('writes with its own origin, so a user cannot undo it', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    migrateBoard(doc);
    expect(origins).toEqual([MIGRATION_ORIGIN]);
  });

  it('leaves a current board untouched', () => {
    const doc = new Y.Doc();
    initBoard(doc, { title: 'Now' });
    let updates = 0;
    doc.on('update', () => updates++);
    expect(migrateBoard(doc)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    expect(updates).toBe(0);
  });

  it('refuses a board from a newer Beatboard and changes nothing', () => {
    const doc = new Y.Doc();
    getMetaMap(doc).set('schemaVersion', SCHEMA_VERSION + 1);
    let error: unknown;
    try {
      migrateBoard(doc);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NewerSchemaError);
    expect((error as NewerSchemaError).found).toBe(SCHEMA_VERSION + 1);
    expect((error as Error).message).toMatch(/made with a newer Beatboard/);
    expect(getMetaMap(doc).get('schemaVersion')).toBe(SCHEMA_VERSION + 1);
  });

  it('moves a version 1 board to encoded strokes in one transaction, keeping ids, order and drawings', () => {
    const v1 = buildV1Board();
    // A version 1 board reads in full before it is migrated, as a viewer sees it.
    const before = readBoard(v1.doc);
    expect(before.meta.schemaVersion).toBe(1);
    expect(before.problems).toEqual([]);
    for (const shotId of v1.shotIds) {
      before.shots[shotId]!.strokes.forEach((stroke, i) => expectSameDrawing(v1.strokes[shotId]![i]!.points, strokePoints(stroke)));
    }
    let transactions = 0;
    v1.doc.on('afterTransaction', () => transactions++);
    expect(migrateBoard(v1.doc)).toEqual({ from: 1, to: SCHEMA_VERSION });
    expect(transactions).toBe(1);
    const after = readBoard(v1.doc);
    expect(after.meta.schemaVersion).toBe(SCHEMA_VERSION);
    for (const shotId of v1.shotIds) {
      const stored = storedStrokes(v1.doc, shotId);
      expect(stored.every(isStrokeV2)).toBe(true);
      expect(stored.map((stroke) => (stroke as { id: string }).id)).toEqual(v1.strokes[shotId]!.map((stroke) => stroke.id));
      after.shots[shotId]!.strokes.forEach((stroke, i) => expectSameDrawing(v1.strokes[shotId]![i]!.points, strokePoints(stroke)));
    }
    // The stroke that ran off the panel still does.
    const offPanel = decodeStrokePath(after.shots[v1.shotIds[0]!]!.strokes[0]!.path).points;
    expect(offPanel.slice(-2)).toEqual([1.08, -0.05].map((value) => Math.round(value * 4096) / 4096));
  });

  it('moves the marks of the notes doc too', () => {
    const v1 = buildV1Board();
    expect(readNotes(v1.notes).marks[v1.shotIds[0]!]).toHaveLength(1);
    expect(migrateNotes(v1.notes)).toBe(1);
    const marks = (v1.notes.getMap('marks').get(v1.shotIds[0]!) as Y.Array<unknown>).toArray();
    expect(marks.every(isStrokeV2)).toBe(true);
    expectSameDrawing(v1.marks[v1.shotIds[0]!]![0]!.points, strokePoints(readNotes(v1.notes).marks[v1.shotIds[0]!]![0]!));
    expect(migrateNotes(v1.notes)).toBe(0);
  });

  it('is never taken back by undo, and the user\'s own history still undoes', () => {
    const v1 = buildV1Board();
    const undo = new Y.UndoManager(['meta', 'characters', 'episodes', 'shots'].map((name) => v1.doc.getMap(name)), {
      trackedOrigins: new Set<unknown>([null]),
    });
    // The user's history from before the migration: a new stroke, then a title change.
    const shotId = v1.shotIds[1]!;
    const added = addStroke(v1.doc, shotId, { tool: 'pen', color: '#000', width: 0.01, points: [0.1, 0.1, 0.9, 0.9] });
    undo.stopCapturing();
    getMetaMap(v1.doc).set('title', 'Renamed');
    undo.stopCapturing();
    migrateBoard(v1.doc);
    undo.undo();
    expect(getMetaMap(v1.doc).get('title')).toBe('Version one board');
    undo.undo();
    expect(storedStrokes(v1.doc, shotId).map((stroke) => (stroke as { id: string }).id)).not.toContain(added);
    while (undo.canUndo()) undo.undo();
    expect(getMetaMap(v1.doc).get('schemaVersion')).toBe(SCHEMA_VERSION);
    expect(storedStrokes(v1.doc, shotId).every(isStrokeV2)).toBe(true);
    expect(storedStrokes(v1.doc, shotId)).toHaveLength(v1.strokes[shotId]!.length);
  });

  it('neither duplicates nor loses a stroke when two writers migrate at the same moment', () => {
    const v1 = buildV1Board();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(v1.doc), REMOTE_ORIGIN);
    // Each migrates its own copy before hearing of the other's, and a third writer draws.
    migrateBoard(v1.doc);
    migrateBoard(other);
    addStroke(other, v1.shotIds[0]!, { id: 'new-one', tool: 'pen', color: '#000', width: 0.01, points: [0.5, 0.5, 0.6, 0.6] });
    sync(v1.doc, other);
    for (const doc of [v1.doc, other]) {
      for (const shotId of v1.shotIds) {
        const expected = v1.strokes[shotId]!.map((stroke) => stroke.id);
        if (shotId === v1.shotIds[0]) expected.push('new-one');
        const shown = readBoard(doc).shots[shotId]!.strokes.map((stroke) => stroke.id);
        expect(shown.slice().sort()).toEqual(expected.slice().sort());
      }
    }
    // The doubled copies are tidied away on the next open, by either side or both at once.
    expect(tidyBoardStrokes(v1.doc)).toBeGreaterThan(0);
    expect(tidyBoardStrokes(other)).toBeGreaterThan(0);
    sync(v1.doc, other);
    for (const doc of [v1.doc, other]) {
      for (const shotId of v1.shotIds) {
        const ids = storedStrokes(doc, shotId).map((stroke) => (stroke as { id: string }).id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toHaveLength(v1.strokes[shotId]!.length + (shotId === v1.shotIds[0] ? 1 : 0));
      }
    }
    expect(tidyBoardStrokes(v1.doc)).toBe(0);
  });

  it('upgrades version 1 strokes that reach a migrated board later, and only writes when there are any', () => {
    const { doc, episodeId } = newBoard();
    const v1 = buildV1Board();
    expect(tidyBoardStrokes(doc)).toBe(0);
    // A server still holding a version 1 stroke from before sends it to a migrated copy.
    const shots = doc.getMap('shots');
    doc.transact(() => {
      const shot = new Y.Map<unknown>();
      shots.set('late', shot);
      shot.set('episodeId', episodeId);
      shot.set('order', 'a9');
      const list = new Y.Array<unknown>();
      shot.set('strokes', list);
      list.push([{ id: 'old', tool: 'pen', color: '#000', width: 0.01, points: v1.strokes[v1.shotIds[0]!]![1]!.points }]);
    }, REMOTE_ORIGIN);
    expect(readBoard(doc).shots.late!.strokes).toHaveLength(1);
    expect(isStrokeV1(storedStrokes(doc, 'late')[0])).toBe(true);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    expect(tidyBoardStrokes(doc)).toBe(1);
    expect(origins).toEqual([MIGRATION_ORIGIN]);
    expect(isStrokeV2(storedStrokes(doc, 'late')[0])).toBe(true);
  });

  it('reads a board with both versions of strokes, and reports a stroke of neither', () => {
    const v1 = buildV1Board({ shots: 1, strokesPerShot: 2 });
    const shotId = v1.shotIds[0]!;
    addStroke(v1.doc, shotId, { id: 'v2', tool: 'pen', color: '#000', width: 0.01, points: [0.2, 0.2, 0.4, 0.4] });
    (getShotMap(v1.doc, shotId)!.get('strokes') as Y.Array<unknown>).push([{ id: 'bad', tool: 'pen', color: '#000', width: 0.01, path: 'nope' }]);
    const board = readBoard(v1.doc);
    expect(board.shots[shotId]!.strokes.map((stroke) => stroke.id)).toEqual([...v1.strokes[shotId]!.map((s) => s.id), 'v2']);
    expect(board.problems.join(' ')).toMatch(/1 unreadable stroke/);
  });
});


describe('version 2 to 3', () => {
  it('stamps a version 2 board as 3 and changes nothing else: its shots read the animatic defaults', () => {
    const doc = new Y.Doc();
    const { episodeId } = initBoard(doc, { title: 'Two', now: 1 });
    const [shotId] = insertShots(doc, { episodeId, contents: [{ movement: 'pan', durationMs: 2000 }] });
    // As a version 2 client wrote it: no moveAmount, no transition.
    getShotMap(doc, shotId!)!.delete('moveAmount');
    getShotMap(doc, shotId!)!.delete('transition');
    getMetaMap(doc).set('schemaVersion', 2);
    const before = readBoard(doc);
    expect(before.problems).toEqual([]);
    expect(migrateBoard(doc)).toEqual({ from: 2, to: SCHEMA_VERSION });
    const after = readBoard(doc);
    expect(after.meta.schemaVersion).toBe(SCHEMA_VERSION);
    expect(after.shots[shotId!]).toEqual(before.shots[shotId!]);
    expect(after.shots[shotId!]).toMatchObject({ movement: 'pan', moveAmount: null, transition: 'cut' });
  });

  it('reads a bad move amount or transition as the default and says so', () => {
    const doc = new Y.Doc();
    const { episodeId } = initBoard(doc, { title: 'Bad', now: 1 });
    const [shotId] = insertShots(doc, { episodeId, contents: [{}] });
    getShotMap(doc, shotId!)!.set('moveAmount', 3);
    getShotMap(doc, shotId!)!.set('transition', 'wipe');
    const board = readBoard(doc);
    expect(board.shots[shotId!]).toMatchObject({ moveAmount: null, transition: 'cut' });
    expect(board.problems.join(' ')).toMatch(/moveAmount/);
    expect(board.problems.join(' ')).toMatch(/transition/);
  });
});

describe('version 3 to 4', () => {
  /** A board as a version 3 client wrote it: no soundtrack or clip fields at all. */
  function versionThreeBoard() {
    const doc = new Y.Doc();
    const { episodeId } = initBoard(doc, { title: 'Three', now: 1 });
    const [shotId] = insertShots(doc, { episodeId, contents: [{ movement: 'pan', moveAmount: 0.4, transition: 'dissolve' }] });
    getEpisodeMap(doc, episodeId)!.delete('soundtrackAssetId');
    getEpisodeMap(doc, episodeId)!.delete('soundtrackVolume');
    getEpisodeMap(doc, episodeId)!.delete('soundtrackName');
    getShotMap(doc, shotId!)!.delete('clipName');
    getShotMap(doc, shotId!)!.delete('clipAssetId');
    getShotMap(doc, shotId!)!.delete('clipVolume');
    getMetaMap(doc).set('schemaVersion', 3);
    return { doc, episodeId, shotId: shotId! };
  }

  it('stamps a version 3 board as 4 and changes nothing else: it reads with no soundtrack and no clips', () => {
    const { doc, episodeId, shotId } = versionThreeBoard();
    const before = readBoard(doc);
    expect(before.problems).toEqual([]);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    expect(migrateBoard(doc)).toEqual({ from: 3, to: 4 });
    expect(transactions).toBe(1);
    const after = readBoard(doc);
    expect(after.meta.schemaVersion).toBe(4);
    expect(after.shots[shotId]).toEqual(before.shots[shotId]);
    expect(after.episodes).toEqual(before.episodes);
    expect(after.episodes[0]).toMatchObject({ id: episodeId, soundtrackAssetId: null, soundtrackName: '', soundtrackVolume: DEFAULT_SOUNDTRACK_VOLUME });
    expect(after.shots[shotId]).toMatchObject({ moveAmount: 0.4, transition: 'dissolve', clipAssetId: null, clipName: '', clipVolume: DEFAULT_CLIP_VOLUME });
    // Nothing but the stamp was written.
    expect(getEpisodeMap(doc, episodeId)!.has('soundtrackVolume')).toBe(false);
    expect(getShotMap(doc, shotId)!.has('clipVolume')).toBe(false);
  });

  it('a client that knows version 3 would refuse the version 4 board as newer', () => {
    const { doc } = versionThreeBoard();
    getMetaMap(doc).set('schemaVersion', SCHEMA_VERSION + 1);
    expect(() => assertKnownSchema(doc)).toThrow(NewerSchemaError);
  });

  it('reads null volumes as the defaults without a problem', () => {
    const { doc, episodeId, shotId } = versionThreeBoard();
    getEpisodeMap(doc, episodeId)!.set('soundtrackVolume', null);
    getShotMap(doc, shotId)!.set('clipVolume', null);
    const board = readBoard(doc);
    expect(board.episodes[0]!.soundtrackVolume).toBe(0.8);
    expect(board.shots[shotId]!.clipVolume).toBe(1);
    expect(board.problems).toEqual([]);
  });

  it('reads a bad soundtrack, clip or volume as the default and says so', () => {
    const { doc, episodeId, shotId } = versionThreeBoard();
    getEpisodeMap(doc, episodeId)!.set('soundtrackAssetId', 42);
    getEpisodeMap(doc, episodeId)!.set('soundtrackVolume', 1.5);
    getShotMap(doc, shotId)!.set('clipAssetId', { not: 'an id' });
    getShotMap(doc, shotId)!.set('clipVolume', 'loud');
    const board = readBoard(doc);
    expect(board.episodes[0]).toMatchObject({ soundtrackAssetId: null, soundtrackVolume: 0.8 });
    expect(board.shots[shotId]).toMatchObject({ clipAssetId: null, clipVolume: 1 });
    const problems = board.problems.join(' ');
    for (const field of ['soundtrackAssetId', 'soundtrackVolume', 'clipAssetId', 'clipVolume']) expect(problems).toMatch(field);
    expect(problems).toMatch(/soundtrackVolume had 1\.5; using 0\.8 instead/);
  });
});
