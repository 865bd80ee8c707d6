import { describe, expect, it } from 'vitest';
import { addEpisode, deleteEpisode, moveEpisode, updateEpisode } from '../commands/episodes';
import { addShot, deleteShots, moveShots } from '../commands/shots';
import { addStroke } from '../commands/strokes';
import { readBoard } from '../read';
import { newBoard } from '../testing/newBoard';
import type { BoardSnapshot, Shot, Stroke } from '../types';
import { compareBoards, summariseChanges, summaryOfChanges } from './compare';
import { SHOT_TEXT_FIELDS, type BoardChange, type ShotTextField } from './types';

const line = (x: number) => ({ tool: 'pen' as const, color: '#222222', width: 0.01, points: [x, 0.1, x + 0.2, 0.4, x + 0.3, 0.5] });

/** Two episodes of two shots each; the first shot has a two-stroke sketch. */
function twoEpisodeBoard() {
  const { doc, episodeId: e1 } = newBoard();
  const e2 = addEpisode(doc, { title: 'Two' });
  const [s1, s2] = [addShot(doc, { episodeId: e1 }), addShot(doc, { episodeId: e1 })];
  const [s3, s4] = [addShot(doc, { episodeId: e2 }), addShot(doc, { episodeId: e2 })];
  addStroke(doc, s1, line(0.1));
  addStroke(doc, s1, line(0.3));
  return { doc, e1, e2, s1, s2, s3, s4 };
}

/** A copy of `board` with one shot's fields replaced (snapshots are plain data). */
function withShot(board: BoardSnapshot, id: string, patch: Partial<Shot>): BoardSnapshot {
  return { ...board, shots: { ...board.shots, [id]: { ...board.shots[id], ...patch } } };
}

const shotEntry = (changes: BoardChange[], shotId: string) => changes.find((c) => c.kind === 'shot' && c.shotId === shotId);

describe('compareBoards', () => {
  it('finds nothing between a board and itself', () => {
    const { doc } = twoEpisodeBoard();
    expect(compareBoards(readBoard(doc), readBoard(doc))).toEqual([]);
  });

  it('reports added, removed and changed episodes with their fields', () => {
    const { doc, e1, e2 } = twoEpisodeBoard();
    const before = readBoard(doc);
    updateEpisode(doc, e1, { title: 'Pilot', targetSeconds: 120, paywall: true, synopsis: 'It begins.' });
    moveEpisode(doc, e1, 1);
    deleteEpisode(doc, e2);
    const e3 = addEpisode(doc, { title: 'Three' });
    const changes = compareBoards(before, readBoard(doc)).filter((c) => c.kind === 'episode');
    expect(changes).toEqual([
      { kind: 'episode', change: 'changed', episodeId: e1, fields: ['title', 'order', 'targetSeconds', 'paywall', 'synopsis'] },
      { kind: 'episode', change: 'removed', episodeId: e2, fields: [] },
      { kind: 'episode', change: 'added', episodeId: e3, fields: [] },
    ]);
  });

  it("reports a changed episode soundtrack or its volume", () => {
    const { doc, e1 } = twoEpisodeBoard();
    const before = readBoard(doc);
    updateEpisode(doc, e1, { soundtrackAssetId: 'track1', soundtrackVolume: 0.5 });
    expect(compareBoards(before, readBoard(doc))).toEqual([
      { kind: 'episode', change: 'changed', episodeId: e1, fields: ['soundtrackAssetId', 'soundtrackVolume'] },
    ]);
  });

  it.each(SHOT_TEXT_FIELDS)('reports a change of the shot field %s', (field: ShotTextField) => {
    const { doc, s2 } = twoEpisodeBoard();
    const before = readBoard(doc);
    const changed: Record<ShotTextField, Partial<Shot>> = {
      scene: { scene: 'INT. ROOF' },
      size: { size: 'CU' },
      angle: { angle: 'low' },
      movement: { movement: 'pan' },
      moveAmount: { moveAmount: 0.9 },
      transition: { transition: 'dissolve' },
      durationMs: { durationMs: 1234 },
      action: { action: 'She runs.' },
      dialogue: { dialogue: [{ characterId: null, line: 'Hi', parenthetical: '' }] },
      sound: { sound: 'Rain' },
      notes: { notes: 'Reshoot' },
      beat: { beat: { ...before.shots[s2].beat, intensity: 9 } },
      imageAssetId: { imageAssetId: 'img1' },
      clipAssetId: { clipAssetId: 'clip1' },
      clipVolume: { clipVolume: 0.25 },
    };
    const changes = compareBoards(before, withShot(before, s2, changed[field]));
    expect(changes).toEqual([{ kind: 'shot', change: 'changed', shotId: s2, episodeId: before.shots[s2].episodeId, fields: [field] }]);
  });

  it('compares dialogue lines field by field, not by identity', () => {
    const { doc, s2 } = twoEpisodeBoard();
    const lines = [{ characterId: null, line: 'Hi', parenthetical: 'softly' }];
    const before = withShot(readBoard(doc), s2, { dialogue: lines });
    expect(compareBoards(before, withShot(before, s2, { dialogue: [{ ...lines[0] }] }))).toEqual([]);
    expect(shotEntry(compareBoards(before, withShot(before, s2, { dialogue: [{ ...lines[0], parenthetical: '' }] })), s2)?.fields).toEqual(['dialogue']);
  });

  describe('sketch', () => {
    const sketchChange = (edit: (strokes: Stroke[]) => Stroke[]) => {
      const { doc, s1 } = twoEpisodeBoard();
      const before = readBoard(doc);
      const after = withShot(before, s1, { strokes: edit(before.shots[s1].strokes) });
      return shotEntry(compareBoards(before, after), s1)?.fields;
    };

    it('is unchanged for equal strokes that are different objects', () => {
      expect(sketchChange((strokes) => strokes.map((s) => ({ ...s, path: s.path.slice() })))).toBeUndefined();
    });
    it('changes when a stroke is added or erased', () => {
      expect(sketchChange((strokes) => strokes.slice(1))).toEqual(['sketch']);
      expect(sketchChange((strokes) => [...strokes, { ...strokes[0], id: 'another' }])).toEqual(['sketch']);
    });
    it('changes when a stroke has another id, path, colour or width', () => {
      expect(sketchChange(([a, b]) => [{ ...a, id: 'renamed' }, b])).toEqual(['sketch']);
      expect(sketchChange(([a, b]) => [{ ...a, path: b.path }, b])).toEqual(['sketch']);
      expect(sketchChange(([a, b]) => [{ ...a, color: '#ff0000' }, b])).toEqual(['sketch']);
      expect(sketchChange(([a, b]) => [{ ...a, width: 0.5 }, b])).toEqual(['sketch']);
    });
    it('changes when strokes are reordered', () => {
      expect(sketchChange(([a, b]) => [b, a])).toEqual(['sketch']);
    });
  });

  it('reports a shot moved to another episode with episodeId and order, under its new episode', () => {
    const { doc, e2, s1, s3, s4 } = twoEpisodeBoard();
    const before = readBoard(doc);
    moveShots(doc, [s1], { episodeId: e2, index: 1 });
    const changes = compareBoards(before, readBoard(doc));
    expect(changes).toEqual([{ kind: 'shot', change: 'changed', shotId: s1, episodeId: e2, fields: ['episodeId', 'order'] }]);
    expect(readBoard(doc).shotsByEpisode[e2]).toEqual([s3, s1, s4]);
  });

  it('reports a shot reordered within its episode with order only', () => {
    const { doc, e1, s1, s2 } = twoEpisodeBoard();
    const before = readBoard(doc);
    moveShots(doc, [s2], { episodeId: e1, index: 0 });
    expect(compareBoards(before, readBoard(doc))).toEqual([{ kind: 'shot', change: 'changed', shotId: s2, episodeId: e1, fields: ['order'] }]);
    expect(shotEntry(compareBoards(before, readBoard(doc)), s1)).toBeUndefined();
  });

  it('lists entries in reading order, removed ones where they were', () => {
    const { doc, e1, e2, s1, s2, s3, s4 } = twoEpisodeBoard();
    const before = readBoard(doc);
    deleteShots(doc, [s1]);
    const s5 = addShot(doc, { episodeId: e1 });
    deleteEpisode(doc, e1); // takes s2 and s5 along; s5 never existed before, so it does not show
    const s6 = addShot(doc, { episodeId: e2, afterShotId: s3 });
    deleteShots(doc, [s4]);
    const e3 = addEpisode(doc, { title: 'New', afterEpisodeId: null });
    const s7 = addShot(doc, { episodeId: e3 });
    const changes = compareBoards(before, readBoard(doc));
    const brief = changes.map((c) => `${c.change} ${c.kind === 'episode' ? c.episodeId : c.shotId}`);
    expect(brief).toEqual([
      `removed ${e1}`, `removed ${s1}`, `removed ${s2}`,
      `removed ${s4}`, `added ${s6}`, // s4 came right after s3, as s6 does now
      `added ${e3}`, `added ${s7}`,
    ]);
    expect(brief).not.toContain(`added ${s5}`);
    expect(shotEntry(changes, s1)).toMatchObject({ episodeId: e1 });
  });

  it('lists a shot removed before the first remaining one first', () => {
    const { doc, e2, s3, s4 } = twoEpisodeBoard();
    const before = readBoard(doc);
    deleteShots(doc, [s3]);
    const changes = compareBoards(before, readBoard(doc));
    expect(changes).toEqual([{ kind: 'shot', change: 'removed', shotId: s3, episodeId: e2, fields: [] }]);
    expect(readBoard(doc).shotsByEpisode[e2]).toEqual([s4]);
  });
});

describe('summaries', () => {
  it('counts added, removed and changed episodes and shots, and changed sketches', () => {
    const { doc, e1, e2, s1, s2, s3 } = twoEpisodeBoard();
    const before = readBoard(doc);
    updateEpisode(doc, e2, { title: 'Renamed' });
    addEpisode(doc);
    deleteShots(doc, [s2]);
    addShot(doc, { episodeId: e1 });
    addShot(doc, { episodeId: e1 });
    addStroke(doc, s1, line(0.5));
    addStroke(doc, s3, line(0.5));
    moveShots(doc, [s3], { episodeId: e1, index: 0 });
    const after = readBoard(doc);
    const expected = {
      episodes: { added: 1, removed: 0, changed: 1 },
      shots: { added: 2, removed: 1, changed: 2 },
      sketchesChanged: 2,
    };
    expect(summariseChanges(before, after)).toEqual(expected);
    expect(summaryOfChanges(compareBoards(before, after))).toEqual(expected);
  });

  it('does not count a new shot with a sketch as a changed sketch', () => {
    const { doc, e1 } = twoEpisodeBoard();
    const before = readBoard(doc);
    addStroke(doc, addShot(doc, { episodeId: e1 }), line(0.2));
    expect(summariseChanges(before, readBoard(doc)).sketchesChanged).toBe(0);
  });

  it('counts everything as added when there is nothing before', () => {
    const { doc } = twoEpisodeBoard();
    expect(summariseChanges(null, readBoard(doc))).toEqual({
      episodes: { added: 2, removed: 0, changed: 0 },
      shots: { added: 4, removed: 0, changed: 0 },
      sketchesChanged: 0,
    });
  });

  it('is all zeros for an empty comparison', () => {
    expect(summaryOfChanges([])).toEqual({
      episodes: { added: 0, removed: 0, changed: 0 }, shots: { added: 0, removed: 0, changed: 0 }, sketchesChanged: 0,
    });
  });
});
