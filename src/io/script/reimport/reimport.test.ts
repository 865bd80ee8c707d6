import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addComment, addStroke, readBoard, readNotes, setApproval, setBeat, updateShot, type BoardSnapshot } from '../../../model';
import { exportFountain } from '../exportFountain';
import { buildBoardFromScript } from '../importScript';
import { parseScript } from '../parseScript';
import { applyReimport } from './applyReimport';
import { planReimport } from './planReimport';
import { textSimilarity } from './textSimilarity';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../testing/fixtures', name), 'utf8');

function boardFrom(text: string): Y.Doc {
  const doc = new Y.Doc();
  buildBoardFromScript(doc, parseScript(text), 'en');
  return doc;
}

const lane = (board: BoardSnapshot, index: number) => (board.shotsByEpisode[board.episodes[index]!.id] ?? []).map((id) => board.shots[id]!);
const says = (board: BoardSnapshot, index: number) => lane(board, index).map((shot) => shot.action || shot.dialogue.map((line) => line.line).join(' / '));

const ORIGINAL = `Title: Dock

# Episode 1

INT. DOCK - DAY

Rain on the canal. Lin Yue coils a rope.

ZHOU HAO
Whose boat is this?

LIN YUE
(without looking up)
The owner isn't selling.

He kicks the rope into the canal.

Lin Yue slaps him.

# Episode 2

EXT. LOCK - MORNING

Aunt Mei pours tea.
`;

// Rewritten: a line reworded, a shot added before the first and one in the middle, the kick
// cut, a new speaker, a new episode.
const EDITED = `Title: Dock

# Episode 1

INT. DOCK - DAY

Thunder over the water.

Rain on the canal. Lin Yue coils a wet rope.

ZHOU HAO
Whose boat is this? Tell the owner.

LIN YUE
(without looking up)
The owner isn't selling.

CAPTAIN WU
Leave her be.

Lin Yue slaps him.

# Episode 2

EXT. LOCK - MORNING

Aunt Mei pours tea.

# Episode 3

A black car on the bank.
`;

describe('re-importing an edited script', () => {
  it('updates matched shots, adds new ones in place and lists removed ones, keeping sketches, beats, images and notes', () => {
    const doc = boardFrom(ORIGINAL);
    const notes = new Y.Doc();
    const before = readBoard(doc);
    const [rain, whose, owner, kick, slap] = lane(before, 0);
    addStroke(doc, rain!.id, { tool: 'pen', color: '#222222', width: 0.01, points: [0.1, 0.1, 0.5, 0.5] });
    setBeat(doc, [slap!.id], { type: 'cliffhanger', emotion: 'anger', intensity: 9 });
    updateShot(doc, whose!.id, { imageAssetId: 'a'.repeat(64), durationMs: 4500, size: 'MS' });
    addComment(notes, { shotId: slap!.id, author: { id: 'd', name: 'Director', color: '#ff0000' }, text: 'Hold the slap longer', now: 1 });
    setApproval(notes, owner!.id, 'approved', 'Director', 1);
    const notesBefore = Y.encodeStateAsUpdate(notes);

    const boardBefore = Y.encodeStateVector(doc);
    const plan = planReimport(readBoard(doc), parseScript(EDITED));
    expect(plan.counts).toEqual({ updated: 2, unchanged: 3, added: 3, missing: 1, newEpisodes: 1 });
    expect(plan.episodes[0]!.missing).toEqual([kick!.id]);
    expect(plan.newCharacters).toEqual([{ name: 'CAPTAIN WU', bio: '' }]);
    // Planning changes nothing.
    expect(Y.encodeStateVector(doc)).toEqual(boardBefore);

    const report = applyReimport(doc, plan, new Set());
    expect(report).toEqual({ updated: 2, unchanged: 3, added: 3, deleted: 0, kept: 1, newEpisodes: 1, newCharacters: ['CAPTAIN WU'] });
    const after = readBoard(doc);
    expect(says(after, 0)).toEqual([
      'Thunder over the water.',
      'Rain on the canal. Lin Yue coils a wet rope.',
      'Whose boat is this? Tell the owner.',
      "The owner isn't selling.",
      // The new line goes right after the shot before it in the script; the cut shot stays
      // until the user deletes it.
      'Leave her be.',
      'He kicks the rope into the canal.',
      'Lin Yue slaps him.',
    ]);
    expect(says(after, 2)).toEqual(['A black car on the bank.']);
    const shots = after.shots;
    expect(shots[rain!.id]!.strokes).toHaveLength(1);
    expect(shots[whose!.id]).toMatchObject({ imageAssetId: 'a'.repeat(64), durationMs: 4500, size: 'MS' });
    expect(shots[slap!.id]!.beat).toMatchObject({ type: 'cliffhanger', emotion: 'anger', intensity: 9 });
    const captain = Object.values(after.characters).find((character) => character.name === 'CAPTAIN WU')!;
    expect(lane(after, 0)[4]!.dialogue[0]!.characterId).toBe(captain.id);
    // The notes doc is not touched and every shot it names is still on the board.
    expect(Y.encodeStateAsUpdate(notes)).toEqual(notesBefore);
    const noted = readNotes(notes);
    for (const comment of Object.values(noted.comments)) expect(shots[comment.shotId]).toBeDefined();
    for (const shotId of Object.keys(noted.approvals)) expect(shots[shotId]).toBeDefined();
  });

  it('deletes only the missing shots the user confirms, and one undo takes the whole re-import back', () => {
    const doc = boardFrom(ORIGINAL);
    const undo = new Y.UndoManager([...doc.share.values()] as Y.AbstractType<unknown>[], { trackedOrigins: new Set([null]) });
    const before = readBoard(doc);
    const kick = lane(before, 0)[3]!;
    const plan = planReimport(before, parseScript(EDITED));
    const report = applyReimport(doc, plan, new Set([kick.id, 'not-a-missing-shot', lane(before, 0)[0]!.id]));
    expect(report.deleted).toBe(1);
    expect(report.kept).toBe(0);
    expect(readBoard(doc).shots[kick.id]).toBeUndefined();
    // Only missing shots can be deleted: the first shot matched and stays.
    expect(readBoard(doc).shots[lane(before, 0)[0]!.id]).toBeDefined();
    undo.stopCapturing();
    undo.undo();
    expect(says(readBoard(doc), 0)).toEqual(says(before, 0));
    expect(readBoard(doc).episodes).toHaveLength(2);
  });

  it('finds nothing to change when the board\'s own export is re-imported', () => {
    for (const name of ['last-ferry.fountain', 'last-ferry.zh.fountain']) {
      const doc = boardFrom(fixture(name));
      const board = readBoard(doc);
      const plan = planReimport(board, parseScript(exportFountain(board)));
      const shots = Object.keys(board.shots).length;
      expect(plan.counts).toEqual({ updated: 0, unchanged: shots, added: 0, missing: 0, newEpisodes: 0 });
      expect(plan.untouchedEpisodes).toEqual([]);
    }
  });

  it('matches a rewritten Chinese line and leaves episodes the script does not mention', () => {
    const doc = new Y.Doc();
    buildBoardFromScript(doc, parseScript('第一集 码头\n周浩：这船是谁的？告诉船主，周家要买了。\n林玥：船主不卖。\n第二集 茶船\n梅姨倒茶。'), 'zh-CN');
    const plan = planReimport(readBoard(doc), parseScript('第一集 码头\n周浩：这船是谁的？告诉船主，周家买定了。\n林玥：（头也不抬）船主不卖。'));
    expect(plan.counts).toEqual({ updated: 2, unchanged: 0, added: 0, missing: 0, newEpisodes: 0 });
    expect(plan.untouchedEpisodes).toEqual([readBoard(doc).episodes[1]!.id]);
    applyReimport(doc, plan, new Set());
    const board = readBoard(doc);
    expect(lane(board, 0).map((shot) => shot.dialogue[0])).toMatchObject([
      { line: '这船是谁的？告诉船主，周家买定了。', parenthetical: '' },
      { line: '船主不卖。', parenthetical: '头也不抬' },
    ]);
    expect(says(board, 1)).toEqual(['梅姨倒茶。']);
  });
});

describe('textSimilarity', () => {
  it('scores rewrites high and different lines low, in English and Chinese', () => {
    expect(textSimilarity('The owner isn\'t selling.', 'the owner isnt selling')).toBe(1);
    expect(textSimilarity('Rain on the canal. Lin Yue coils a rope.', 'Rain on the canal. Lin Yue coils a wet rope.')).toBeGreaterThan(0.8);
    expect(textSimilarity('这船是谁的？告诉船主，周家要买了。', '这船是谁的？告诉船主，周家买定了。')).toBeGreaterThan(0.7);
    expect(textSimilarity('Lin Yue slaps him.', 'Aunt Mei pours tea.')).toBeLessThan(0.3);
    expect(textSimilarity('', '')).toBe(0);
    expect(textSimilarity('走', '走')).toBe(1);
  });
});
