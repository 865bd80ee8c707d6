import * as Y from 'yjs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import { addCharacter } from './commands/characters';
import { addEpisode } from './commands/episodes';
import { addShot, insertShots } from './commands/shots';
import { getCharactersMap, getEpisodesMap, getMetaMap, getShotMap, getShotsMap } from './doc';
import { groupShotsByEpisode, readBoard, readBoardTitle, readShot } from './read';
import {
  BoardSnapshotSchema, CharacterSchema, EpisodeSchema, ShotSchema, BoardMetaSchema, StrokeSchema,
} from './schema';
import { newBoard } from './testing/newBoard';
import type { BoardMeta, BoardSnapshot, Character, Episode, Shot, Stroke } from './types';

describe('schemas describe the snapshot types exactly', () => {
  it('infers the same types', () => {
    expectTypeOf<z.infer<typeof ShotSchema>>().toEqualTypeOf<Shot>();
    expectTypeOf<z.infer<typeof EpisodeSchema>>().toEqualTypeOf<Episode>();
    expectTypeOf<z.infer<typeof CharacterSchema>>().toEqualTypeOf<Character>();
    expectTypeOf<z.infer<typeof BoardMetaSchema>>().toEqualTypeOf<BoardMeta>();
    expectTypeOf<z.infer<typeof StrokeSchema>>().toEqualTypeOf<Stroke>();
    expectTypeOf<z.infer<typeof BoardSnapshotSchema>>().toEqualTypeOf<BoardSnapshot>();
  });

  it('accepts what the reader returns for a full board', () => {
    const { doc, episodeId } = newBoard();
    const lin = addCharacter(doc, { name: 'Lin Yue' });
    addShot(doc, {
      episodeId,
      content: {
        size: 'OTS', durationMs: 5000, dialogue: [{ characterId: lin, line: 'No.', parenthetical: '' }],
        beat: { type: 'hook', emotion: 'anger', intensity: 7 },
        strokes: [{ id: 's', tool: 'marker', color: '#333', width: 0.02, points: [0.1, 0.1, 0.9, 0.9] }],
      },
    });
    expect(BoardSnapshotSchema.safeParse(readBoard(doc)).success).toBe(true);
  });
});

/** A board with one good shot, then damaged in every way a foreign or broken client might. */
function corruptBoard() {
  const { doc, episodeId } = newBoard();
  const good = addShot(doc, { episodeId, content: { action: 'fine', durationMs: 4000 } });
  const bad = addShot(doc, {
    episodeId,
    content: {
      action: 'damaged',
      dialogue: [{ characterId: null, line: 'kept', parenthetical: '' }],
      strokes: [
        { id: 'ok', tool: 'pen', color: '#000', width: 0.01, points: [0, 0, 1, 1] },
        { id: 'broken', tool: 'pen', color: '#000', width: 0.01, points: [0, 0, 1, 1] },
      ],
    },
  });
  const map = getShotMap(doc, bad)!;
  doc.transact(() => {
    map.set('durationMs', 'three seconds');
    map.set('size', 'GIANT');
    map.set('scene', 42);
    (map.get('beat') as Y.Map<unknown>).set('intensity', 15);
    (map.get('beat') as Y.Map<unknown>).set('type', 'plot-twist');
    const strokes = map.get('strokes') as Y.Array<unknown>;
    strokes.delete(1, 1);
    strokes.push([{ id: 'broken', tool: 'pen', color: '#000', width: 0.01, points: [0, 'x'] }]);
    (map.get('dialogue') as Y.Array<unknown>).push(['not a line']);
    getShotsMap(doc).set('plain', { episodeId, order: 'a5' });
    getShotsMap(doc).set('orphan', new Y.Map());
    (getShotsMap(doc).get('orphan') as Y.Map<unknown>).set('episodeId', 'no-such-episode');
    getEpisodesMap(doc).set('broken-episode', 'Episode 9');
    (getEpisodesMap(doc).get(episodeId) as Y.Map<unknown>).set('targetSeconds', -20);
    getCharactersMap(doc).set('ghost', 17);
    getMetaMap(doc).set('aspect', '3:1');
    getMetaMap(doc).set('language', 5);
  });
  return { doc, episodeId, good, bad };
}

describe('reading a corrupt board', () => {
  it('returns what it can read, with defaults for broken fields', () => {
    const { doc, episodeId, good, bad } = corruptBoard();
    const board = readBoard(doc);
    expect(board.meta.aspect).toBe('9:16');
    expect(board.meta.language).toBe('en');
    expect(board.episodes.map((e) => e.id)).toEqual([episodeId]);
    expect(board.episodes[0].targetSeconds).toBe(90);
    expect(board.characters).toEqual({});
    expect(board.shotsByEpisode[episodeId]).toEqual([good, bad]);
    expect(board.shots[good]).toMatchObject({ action: 'fine', durationMs: 4000 });
    expect(board.shots[bad]).toMatchObject({
      action: 'damaged', durationMs: 3000, size: null, scene: '',
      beat: { type: null, emotion: null, intensity: 10 },
      dialogue: [{ characterId: null, line: 'kept', parenthetical: '' }],
    });
    expect(board.shots[bad].strokes.map((s) => s.id)).toEqual(['ok']);
    expect(Object.keys(board.shots).sort()).toEqual([good, bad].sort());
  });

  it('says what was wrong, one problem each, in words', () => {
    const { doc, bad } = corruptBoard();
    const { problems } = readBoard(doc);
    const expected = [
      /Board: aspect had "3:1"/,
      /Board: language had 5/,
      /Episode .*: targetSeconds had -20; using 90/,
      /Character ghost was skipped: it holds 17, not a record/,
      new RegExp(`Shot ${bad}: durationMs had "three seconds"; using 3000`),
      new RegExp(`Shot ${bad}: size had "GIANT"`),
      new RegExp(`Shot ${bad}: scene had 42`),
      new RegExp(`Shot ${bad}, beat: intensity had 15; using 10`),
      new RegExp(`Shot ${bad}, beat: type had "plot-twist"`),
      new RegExp(`Shot ${bad}: dialogue line 2 had "not a line"`),
      new RegExp(`Shot ${bad}: sketch had "1 unreadable stroke\\(s\\)"`),
      /Shot plain was skipped: it holds an object, not a record/,
      /Shot orphan belongs to episode no-such-episode, which does not exist; it is hidden/,
      /Episode broken-episode was skipped: it holds "Episode 9"/,
    ];
    for (const pattern of expected) expect(problems.filter((p) => pattern.test(p)), String(pattern)).toHaveLength(1);
    expect(problems).toHaveLength(expected.length);
  });

  it('fails the schema\'s own check as stored, naming each damaged field, and passes it once read', () => {
    const { doc, bad } = corruptBoard();
    // The damaged shot as another client stored it, before the reader's defaults.
    const stored = { id: bad, ...getShotMap(doc, bad)!.toJSON() };
    const check = ShotSchema.safeParse(stored);
    expect(check.success).toBe(false);
    const failed = (check.error?.issues ?? []).map((issue) => issue.path.join('.'));
    expect(failed).toEqual(expect.arrayContaining(['durationMs', 'size', 'scene', 'beat.intensity', 'beat.type', 'dialogue.1']));
    expect(check.error?.issues.find((issue) => issue.path.join('.') === 'beat.intensity')?.message).toMatch(/10/);
    // The board as read, defaults in place of the damage, is a valid board.
    const read = BoardSnapshotSchema.safeParse(readBoard(doc));
    expect(read.error?.issues ?? []).toEqual([]);
  });

  it('reads an empty doc as an empty board without problems', () => {
    const board = readBoard(new Y.Doc());
    expect(board).toEqual({
      meta: { schemaVersion: 1, title: '', logline: '', language: 'en', aspect: '9:16', createdAt: 0 },
      characters: {}, episodes: [], shots: {}, shotsByEpisode: {}, problems: [],
    });
  });

  it('reads a plain string where shared text belongs, and notes it', () => {
    const { doc, episodeId } = newBoard();
    const id = addShot(doc, { episodeId });
    getShotMap(doc, id)!.set('notes', 'typed by another tool');
    const problems: string[] = [];
    expect(readShot(id, getShotMap(doc, id)!, problems).notes).toBe('typed by another tool');
    expect(problems).toHaveLength(1);
  });

  it('does not trip over ids that are special words in JavaScript', () => {
    const { doc } = newBoard();
    const episodes = getEpisodesMap(doc);
    const episode = new Y.Map<unknown>();
    episodes.set('constructor', episode);
    episode.set('order', 'a9');
    const shot = new Y.Map<unknown>();
    getShotsMap(doc).set('toString', shot);
    shot.set('episodeId', 'hasOwnProperty');
    getShotsMap(doc).set('__proto__', new Y.Map());
    const board = readBoard(doc);
    expect(board.shotsByEpisode.constructor).toEqual([]);
    expect(Object.hasOwn(board.shots, 'toString')).toBe(false);
    expect(board.problems).toContain('Shot __proto__ was skipped: its id is reserved.');
  });
});

describe('reading order', () => {
  it('lists episodes and shots by order key, then id', () => {
    const { doc, episodeId } = newBoard();
    const second = addEpisode(doc, { title: 'second' });
    const ids = insertShots(doc, { episodeId, contents: [{}, {}, {}] });
    // Give two shots the same key, as two peers appending at once can.
    getShotMap(doc, ids[2])!.set('order', getShotMap(doc, ids[1])!.get('order'));
    const board = readBoard(doc);
    expect(board.episodes.map((e) => e.id)).toEqual([episodeId, second]);
    expect(board.shotsByEpisode[episodeId]).toEqual([ids[0], ...[ids[1], ids[2]].sort()]);
    expect(board.shotsByEpisode[second]).toEqual([]);
  });

  it('groups a changed set of shots again the same way (for stores that re-read one shot)', () => {
    const { doc, episodeId } = newBoard();
    const other = addEpisode(doc, { title: 'other' });
    const ids = insertShots(doc, { episodeId, contents: [{}, {}] });
    const board = readBoard(doc);
    const moved = { ...board.shots[ids[0]], episodeId: other };
    const orphan = { ...board.shots[ids[1]], id: 'orphan', episodeId: 'gone' };
    const lanes = groupShotsByEpisode(board.episodes, { ...board.shots, [ids[0]]: moved, orphan });
    expect(lanes).toEqual({ [episodeId]: [ids[1]], [other]: [ids[0]] });
  });
});

describe('readBoardTitle', () => {
  it('reads the title, or an empty one when it is missing or not text', () => {
    const { doc } = newBoard();
    expect(readBoardTitle(doc)).toBe(readBoard(doc).meta.title);
    getMetaMap(doc).set('title', 'Canal Heiress');
    expect(readBoardTitle(doc)).toBe('Canal Heiress');
    getMetaMap(doc).set('title', 42);
    expect(readBoardTitle(doc)).toBe('');
    expect(readBoardTitle(new Y.Doc())).toBe('');
  });
});
