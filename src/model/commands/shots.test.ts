import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { getShotMap } from '../doc';
import { NotFoundError, ValidationError } from '../errors';
import { readBoard } from '../read';
import { newBoard } from '../testing/newBoard';
import { encodeStrokePath } from '../strokes/pathCodec';
import { addCharacter } from './characters';
import { addEpisode } from './episodes';
import {
  addShot, deleteShots, duplicateShots, insertShots, moveShots, setBeat, setShotClip, setShotClipVolume, shotContent, updateShot,
  updateShots, type ShotContentInput,
} from './shots';

function laneOf(doc: Y.Doc, episodeId: string): string[] {
  return readBoard(doc).shotsByEpisode[episodeId];
}

/** A board with one episode holding shots whose action reads 'a', 'b', 'c', ... */
function boardWithShots(count: number) {
  const { doc, episodeId } = newBoard();
  const ids = insertShots(doc, {
    episodeId,
    contents: Array.from({ length: count }, (_, i) => ({ action: String.fromCharCode(97 + i) })),
  });
  return { doc, episodeId, ids };
}

const actions = (doc: Y.Doc, episodeId: string) =>
  laneOf(doc, episodeId).map((id) => readBoard(doc).shots[id].action).join('');

describe('adding shots', () => {
  it('adds a shot with defaults at the end of the episode', () => {
    const { doc, episodeId } = newBoard();
    const first = addShot(doc, { episodeId });
    const second = addShot(doc, { episodeId, afterShotId: null });
    const board = readBoard(doc);
    expect(board.shotsByEpisode[episodeId]).toEqual([first, second]);
    expect(board.shots[first]).toEqual({
      id: first, episodeId, order: board.shots[first].order, scene: '', size: null, angle: null, movement: null, moveAmount: null, transition: 'cut',
      durationMs: 3000, action: '', dialogue: [], sound: '', notes: '',
      beat: { type: null, emotion: null, intensity: 0 }, strokes: [], imageAssetId: null, clipAssetId: null, clipName: '', clipVolume: 1,
    });
    expect(board.problems).toEqual([]);
  });

  it('stores text fields as Y.Text and the beat as a Y.Map', () => {
    const { doc, episodeId } = newBoard();
    const id = addShot(doc, { episodeId, content: { action: 'Rain on the canal.' } });
    const map = getShotMap(doc, id)!;
    expect(map.get('action')).toBeInstanceOf(Y.Text);
    expect(map.get('notes')).toBeInstanceOf(Y.Text);
    expect(map.get('beat')).toBeInstanceOf(Y.Map);
    expect(map.get('dialogue')).toBeInstanceOf(Y.Array);
    expect(map.get('strokes')).toBeInstanceOf(Y.Array);
  });

  it('inserts after a given shot and carries the scene heading over', () => {
    const { doc, episodeId, ids } = boardWithShots(3);
    updateShot(doc, ids[0], { scene: 'INT. CARGO BARGE - DECK - DAWN' });
    const added = addShot(doc, { episodeId, afterShotId: ids[0], content: { action: 'x' } });
    expect(actions(doc, episodeId)).toBe('axbc');
    expect(readBoard(doc).shots[added].scene).toBe('INT. CARGO BARGE - DECK - DAWN');
    const explicit = addShot(doc, { episodeId, afterShotId: ids[0], content: { scene: 'EXT. LOCK' } });
    expect(readBoard(doc).shots[explicit].scene).toBe('EXT. LOCK');
  });

  it('pastes several shots in a row, keeping all their content', () => {
    const { doc, episodeId, ids } = boardWithShots(2);
    const lin = addCharacter(doc, { name: 'Lin Yue' });
    const content: ShotContentInput = {
      scene: 'INT. AUCTION HALL - DAY', size: 'CU', angle: 'low', movement: 'dolly-in', moveAmount: 0.8, transition: 'dissolve', durationMs: 4500,
      action: 'She enters.', sound: 'Gasps', notes: 'Slow', imageAssetId: 'asset-1', clipAssetId: 'clip-1', clipName: 'line.webm', clipVolume: 0.6,
      dialogue: [{ characterId: lin, line: 'Lot seven is not for sale.', parenthetical: 'to the room' }],
      beat: { type: 'reveal', emotion: 'surprise', intensity: 8 },
      strokes: [{ id: 's1', tool: 'pen', color: '#000', width: 0.01, points: [0, 0.5, 1, 0.5] }],
    };
    const [p1, p2] = insertShots(doc, { episodeId, afterShotId: ids[0], contents: [content, { action: 'q' }] });
    const board = readBoard(doc);
    expect(board.shotsByEpisode[episodeId]).toEqual([ids[0], p1, p2, ids[1]]);
    // Drawn points are stored as an encoded path (schema version 2).
    const stored = { ...content, strokes: [{ id: 's1', tool: 'pen', color: '#000', width: 0.01, path: encodeStrokePath([0, 0.5, 1, 0.5]) }] };
    expect(shotContent(board.shots[p1])).toEqual(stored);
    expect(board.shots[p2].scene).toBe('INT. AUCTION HALL - DAY');
  });

  it('validates content before writing anything', () => {
    const { doc, episodeId } = newBoard();
    expect(() => insertShots(doc, { episodeId, contents: [{}, { durationMs: -1 }] })).toThrow(ValidationError);
    expect(() => addShot(doc, { episodeId, content: { size: 'HUGE' as never } })).toThrow(/Shot size must be one of/);
    expect(readBoard(doc).shotsByEpisode[episodeId]).toEqual([]);
  });

  it('refuses to add to an episode that is gone', () => {
    const { doc } = newBoard();
    expect(() => addShot(doc, { episodeId: 'gone' })).toThrow(NotFoundError);
  });

  it('clamps a beat intensity given in content', () => {
    const { doc, episodeId } = newBoard();
    const id = addShot(doc, { episodeId, content: { beat: { type: 'hook', emotion: null, intensity: 14 } } });
    expect(readBoard(doc).shots[id].beat).toEqual({ type: 'hook', emotion: null, intensity: 10 });
  });
});

describe('duplicating and deleting', () => {
  it('puts each copy right after its original', () => {
    const { doc, episodeId, ids } = boardWithShots(3);
    const copies = duplicateShots(doc, [ids[2], ids[0]]);
    expect(copies).toHaveLength(2);
    expect(actions(doc, episodeId)).toBe('aabcc');
    const lane = laneOf(doc, episodeId);
    expect(lane[1]).toBe(copies[1]);
    expect(lane[4]).toBe(copies[0]);
  });

  it('copies content deeply: editing the copy leaves the original', () => {
    const { doc, ids } = boardWithShots(1);
    updateShot(doc, ids[0], { notes: 'original' });
    const [copy] = duplicateShots(doc, ids);
    updateShot(doc, copy, { notes: 'changed' });
    const board = readBoard(doc);
    expect(board.shots[ids[0]].notes).toBe('original');
    expect(board.shots[copy].notes).toBe('changed');
  });

  it('a duplicate keeps the sound clip and its volume', () => {
    const { doc, ids } = boardWithShots(1);
    setShotClip(doc, ids, 'clip-a', 'Line 1.webm');
    setShotClipVolume(doc, ids, 0.3);
    const [copy] = duplicateShots(doc, ids);
    expect(readBoard(doc).shots[copy]).toMatchObject({ clipAssetId: 'clip-a', clipName: 'Line 1.webm', clipVolume: 0.3 });
  });

  it('deletes shots, ignoring ids that are already gone', () => {
    const { doc, episodeId, ids } = boardWithShots(3);
    deleteShots(doc, [ids[1], 'gone']);
    expect(actions(doc, episodeId)).toBe('ac');
  });
});

describe('moving shots', () => {
  it('moves within an episode, counting the index without the moved shots', () => {
    const { doc, episodeId, ids } = boardWithShots(5);
    moveShots(doc, [ids[0]], { episodeId, index: 2 });
    expect(actions(doc, episodeId)).toBe('bcade');
    moveShots(doc, [ids[4]], { episodeId, index: 0 });
    expect(actions(doc, episodeId)).toBe('ebcad');
  });

  it('moves a selection together in its board order, whatever order the ids came in', () => {
    const { doc, episodeId, ids } = boardWithShots(5);
    moveShots(doc, [ids[3], ids[1]], { episodeId, index: 3 });
    expect(actions(doc, episodeId)).toBe('acebd');
  });

  it('moves across episodes', () => {
    const { doc, episodeId, ids } = boardWithShots(3);
    const other = addEpisode(doc, { title: 'Two' });
    const there = addShot(doc, { episodeId: other, content: { action: 'z' } });
    moveShots(doc, [ids[1], ids[2]], { episodeId: other, index: 0 });
    const board = readBoard(doc);
    expect(board.shotsByEpisode[episodeId]).toEqual([ids[0]]);
    expect(board.shotsByEpisode[other]).toEqual([ids[1], ids[2], there]);
    expect(board.shots[ids[1]].episodeId).toBe(other);
  });

  it('writes only the episode and order fields of the moved shots', () => {
    const { doc, episodeId, ids } = boardWithShots(3);
    const changed: string[] = [];
    doc.getMap('shots').observeDeep((events) => {
      for (const event of events) {
        if (event instanceof Y.YMapEvent) changed.push(...[...event.keysChanged].map((key) => `${event.path.join('/')}:${key}`));
      }
    });
    moveShots(doc, [ids[2]], { episodeId, index: 0 });
    expect(changed.sort()).toEqual([`${ids[2]}:episodeId`, `${ids[2]}:order`].sort());
  });

  it('refuses a missing target episode', () => {
    const { doc, ids } = boardWithShots(1);
    expect(() => moveShots(doc, ids, { episodeId: 'gone', index: 0 })).toThrow(NotFoundError);
  });
});

describe('editing shots', () => {
  it('sets every field', () => {
    const { doc, ids } = boardWithShots(1);
    updateShot(doc, ids[0], {
      scene: 'EXT. GRAND CANAL - THIRD LOCK - NIGHT', size: 'EWS', angle: 'overhead', movement: 'crane',
      durationMs: 7000, action: 'They row in silence.', sound: 'Oars', notes: 'Lanterns only', imageAssetId: 'img',
    });
    expect(readBoard(doc).shots[ids[0]]).toMatchObject({
      scene: 'EXT. GRAND CANAL - THIRD LOCK - NIGHT', size: 'EWS', angle: 'overhead', movement: 'crane',
      durationMs: 7000, action: 'They row in silence.', sound: 'Oars', notes: 'Lanterns only', imageAssetId: 'img',
    });
    updateShot(doc, ids[0], { size: null, imageAssetId: null });
    expect(readBoard(doc).shots[ids[0]]).toMatchObject({ size: null, imageAssetId: null });
  });

  it('edits action text in place rather than replacing the Y.Text', () => {
    const { doc, ids } = boardWithShots(1);
    const before = getShotMap(doc, ids[0])!.get('action');
    updateShot(doc, ids[0], { action: 'a, then more' });
    expect(getShotMap(doc, ids[0])!.get('action')).toBe(before);
  });

  it.each([
    [-1, /cannot be negative/],
    [Number.NaN, /number of milliseconds/],
    [Number.POSITIVE_INFINITY, /number of milliseconds/],
    ['3000', /number of milliseconds/],
  ])('rejects a duration of %s with a clear message', (durationMs, message) => {
    const { doc, ids } = boardWithShots(1);
    let error: unknown;
    try {
      updateShot(doc, ids[0], { durationMs: durationMs as number });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(message);
    expect((error as ValidationError).field).toBe('durationMs');
    expect(readBoard(doc).shots[ids[0]].durationMs).toBe(3000);
  });

  it('rejects unknown enumerations and fields', () => {
    const { doc, ids } = boardWithShots(1);
    expect(() => updateShot(doc, ids[0], { angle: 'sideways' as never })).toThrow(/Camera angle must be one of/);
    expect(() => updateShot(doc, ids[0], { movement: 'spin' as never })).toThrow(ValidationError);
    expect(() => updateShot(doc, ids[0], { duration: 5 } as never)).toThrow(ValidationError);
  });

  it('updates several shots in one transaction', () => {
    const { doc, ids } = boardWithShots(3);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    updateShots(doc, ids, { size: 'CU', durationMs: 2000 });
    expect(transactions).toBe(1);
    const board = readBoard(doc);
    expect(ids.map((id) => [board.shots[id].size, board.shots[id].durationMs])).toEqual([
      ['CU', 2000], ['CU', 2000], ['CU', 2000],
    ]);
  });

  it('ignores edits of a shot that is gone', () => {
    const { doc } = newBoard();
    expect(() => updateShot(doc, 'gone', { scene: 'x' })).not.toThrow();
    expect(() => setBeat(doc, ['gone'], { type: 'hook' })).not.toThrow();
  });
});

describe('setBeat', () => {
  it('sets fields on the existing beat map, clamping intensity', () => {
    const { doc, ids } = boardWithShots(2);
    const beatMap = getShotMap(doc, ids[0])!.get('beat');
    setBeat(doc, ids, { type: 'face-slap', emotion: 'anger', intensity: 12 });
    expect(getShotMap(doc, ids[0])!.get('beat')).toBe(beatMap);
    setBeat(doc, [ids[1]], { intensity: -3 });
    const board = readBoard(doc);
    expect(board.shots[ids[0]].beat).toEqual({ type: 'face-slap', emotion: 'anger', intensity: 10 });
    expect(board.shots[ids[1]].beat).toEqual({ type: 'face-slap', emotion: 'anger', intensity: 0 });
  });

  it('clears a field with null and rejects unknown types', () => {
    const { doc, ids } = boardWithShots(1);
    setBeat(doc, ids, { type: 'hook', emotion: 'fear' });
    setBeat(doc, ids, { emotion: null });
    expect(readBoard(doc).shots[ids[0]].beat).toEqual({ type: 'hook', emotion: null, intensity: 0 });
    expect(() => setBeat(doc, ids, { type: 'twist' as never })).toThrow(/Beat type must be one of/);
    expect(() => setBeat(doc, ids, { intensity: Number.NaN })).toThrow(/Intensity/);
  });

  it('gives a corrupt shot without a beat map a new one', () => {
    const { doc, ids } = boardWithShots(1);
    getShotMap(doc, ids[0])!.set('beat', 'loud');
    setBeat(doc, ids, { type: 'payoff' });
    expect(readBoard(doc).shots[ids[0]].beat.type).toBe('payoff');
  });
});

describe('sound clips', () => {
  it('sets, replaces and removes a clip, each one undo step, keeping the volume', () => {
    const { doc, ids } = boardWithShots(2);
    const undo = new Y.UndoManager(doc.getMap('shots'));
    setShotClip(doc, [ids[0]], 'clip-a', 'x'.repeat(300));
    expect(readBoard(doc).shots[ids[0]]!.clipName).toHaveLength(200);
    undo.stopCapturing();
    setShotClipVolume(doc, [ids[0]], 0.5);
    undo.stopCapturing();
    setShotClip(doc, [ids[0]], null);
    expect(readBoard(doc).shots[ids[0]]).toMatchObject({ clipAssetId: null, clipName: '', clipVolume: 0.5 });
    expect(readBoard(doc).shots[ids[1]]).toMatchObject({ clipAssetId: null, clipVolume: 1 });
    expect(undo.undoStack).toHaveLength(3);
    undo.undo();
    expect(readBoard(doc).shots[ids[0]]).toMatchObject({ clipAssetId: 'clip-a', clipVolume: 0.5 });
    undo.undo();
    expect(readBoard(doc).shots[ids[0]]).toMatchObject({ clipAssetId: 'clip-a', clipVolume: 1 });
    undo.undo();
    expect(readBoard(doc).shots[ids[0]]).toMatchObject({ clipAssetId: null, clipVolume: 1 });
  });

  it('refuses a volume outside 0..1 or an empty clip id, writing nothing', () => {
    const { doc, ids } = boardWithShots(1);
    expect(() => setShotClipVolume(doc, ids, 1.2)).toThrow(/Volume must be from 0 to 1/);
    expect(() => setShotClipVolume(doc, ids, Number.NaN)).toThrow(ValidationError);
    expect(() => setShotClip(doc, ids, '')).toThrow(ValidationError);
    expect(() => updateShot(doc, ids[0], { clipVolume: -0.1 })).toThrow(ValidationError);
    expect(readBoard(doc).shots[ids[0]]).toMatchObject({ clipAssetId: null, clipVolume: 1 });
  });
});
