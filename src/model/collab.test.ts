import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addCharacter, removeCharacter } from './commands/characters';
import { addDialogueLine, updateDialogueLine } from './commands/dialogue';
import { addEpisode, deleteEpisode } from './commands/episodes';
import {
  addShot, deleteShots, duplicateShots, insertShots, moveShots, setBeat, updateShot,
} from './commands/shots';
import { addStroke } from './commands/strokes';
import { boardRootMaps, getShotsMap } from './doc';
import { readBoard } from './read';
import { newBoard, replicaOf, sync } from './testing/newBoard';
import type { BoardSnapshot } from './types';

/** Two peers, A and B, on the same board with one episode of shots 'a'..'e' (by action). */
function twoPeers(shotCount = 5) {
  const { doc: a, episodeId } = newBoard();
  const ids = insertShots(a, {
    episodeId,
    contents: Array.from({ length: shotCount }, (_, i) => ({ action: String.fromCharCode(97 + i) })),
  });
  const b = replicaOf(a);
  return { a, b, episodeId, ids };
}

/** Every shot listed once, every listed shot present, nothing listed under a missing episode. */
function expectConsistent(board: BoardSnapshot): void {
  const listed = Object.values(board.shotsByEpisode).flat();
  expect(new Set(listed).size).toBe(listed.length);
  expect(listed.sort()).toEqual(Object.keys(board.shots).sort());
  const episodeIds = board.episodes.map((e) => e.id).sort();
  expect(Object.keys(board.shotsByEpisode).sort()).toEqual(episodeIds);
  for (const shot of Object.values(board.shots)) {
    expect(episodeIds).toContain(shot.episodeId);
    for (const line of shot.dialogue) {
      if (line.characterId !== null) expect(board.characters[line.characterId]).toBeDefined();
    }
  }
}

function expectSame(a: Y.Doc, b: Y.Doc): BoardSnapshot {
  const board = readBoard(a);
  expect(readBoard(b)).toEqual(board);
  expectConsistent(board);
  return board;
}

const actions = (board: BoardSnapshot, episodeId: string) =>
  board.shotsByEpisode[episodeId].map((id) => board.shots[id].action).join('');

describe('two peers editing at once', () => {
  it('concurrent moves of the same shot leave it in exactly one place', () => {
    const { a, b, episodeId, ids } = twoPeers();
    const other = addEpisode(a, { title: 'Two' });
    sync(a, b);
    moveShots(a, [ids[0]], { episodeId, index: 4 });
    moveShots(b, [ids[0]], { episodeId: other, index: 0 });
    sync(a, b);
    const board = expectSame(a, b);
    const everywhere = Object.values(board.shotsByEpisode).flat();
    expect(everywhere.filter((id) => id === ids[0])).toHaveLength(1);
    expect(everywhere).toHaveLength(5);
    // One of the two moves wins as a whole.
    const outcome = [actions(board, episodeId), actions(board, other)];
    expect([['bcdea', ''], ['bcde', 'a']]).toContainEqual(outcome);
  });

  it('concurrent moves of a shot within the same episode never duplicate it', () => {
    const { a, b, episodeId, ids } = twoPeers();
    moveShots(a, [ids[1], ids[2]], { episodeId, index: 0 });
    moveShots(b, [ids[2]], { episodeId, index: 4 });
    sync(a, b);
    const board = expectSame(a, b);
    expect(board.shotsByEpisode[episodeId]).toHaveLength(5);
    expect([...actions(board, episodeId)].sort().join('')).toBe('abcde');
  });

  it('concurrent moves of different shots to the same spot keep both', () => {
    const { a, b, episodeId, ids } = twoPeers();
    // Both drop between c and d: index 2 of b c d e for A, index 3 of a b c d for B.
    moveShots(a, [ids[0]], { episodeId, index: 2 });
    moveShots(b, [ids[4]], { episodeId, index: 3 });
    sync(a, b);
    const board = expectSame(a, b);
    const order = actions(board, episodeId);
    expect(order).toHaveLength(5);
    expect(order.slice(0, 2)).toBe('bc');
    expect(['ae', 'ea']).toContain(order.slice(2, 4));
    expect(order[4]).toBe('d');

    // The two may share a key; placing a shot between them afterwards still works.
    const between = board.shotsByEpisode[episodeId][2];
    addShot(a, { episodeId, afterShotId: between, content: { action: 'x' } });
    sync(a, b);
    const after = actions(expectSame(a, b), episodeId);
    expect(after.slice(2, 5)).toBe(`${order[2]}x${order[3]}`);
  });

  it('concurrent appends to the same episode keep both shots', () => {
    const { a, b, episodeId } = twoPeers(2);
    addShot(a, { episodeId, content: { action: 'A' } });
    addShot(b, { episodeId, content: { action: 'B' } });
    sync(a, b);
    const order = actions(expectSame(a, b), episodeId);
    expect(order.slice(0, 2)).toBe('ab');
    expect(['AB', 'BA']).toContain(order.slice(2));
  });

  it('concurrent edits of different fields on the same shot merge', () => {
    const { a, b, ids } = twoPeers(1);
    updateShot(a, ids[0], { size: 'CU', durationMs: 4000 });
    setBeat(a, ids, { type: 'face-slap' });
    updateShot(b, ids[0], { angle: 'low', sound: 'Rain' });
    setBeat(b, ids, { emotion: 'anger', intensity: 9 });
    sync(a, b);
    const shot = expectSame(a, b).shots[ids[0]];
    expect(shot).toMatchObject({ size: 'CU', durationMs: 4000, angle: 'low', sound: 'Rain' });
    expect(shot.beat).toEqual({ type: 'face-slap', emotion: 'anger', intensity: 9 });
  });

  it('concurrent typing in the same action text merges', () => {
    const { a, b, ids } = twoPeers(1);
    updateShot(a, ids[0], { action: 'Rain on the canal.' });
    sync(a, b);
    updateShot(a, ids[0], { action: 'Heavy rain on the canal.' });
    updateShot(b, ids[0], { action: 'Rain on the canal. Lin Yue coils a rope.' });
    sync(a, b);
    expect(expectSame(a, b).shots[ids[0]].action).toBe('Heavy rain on the canal. Lin Yue coils a rope.');
  });

  it('concurrent typing in the same dialogue line merges', () => {
    const { a, b, ids } = twoPeers(1);
    addDialogueLine(a, ids[0], { line: 'The owner is not selling.' });
    sync(a, b);
    updateDialogueLine(a, ids[0], 0, { line: 'The owner is not selling. Ever.' });
    updateDialogueLine(b, ids[0], 0, { line: "The owner isn't selling.", parenthetical: 'without looking up' });
    sync(a, b);
    expect(expectSame(a, b).shots[ids[0]].dialogue[0]).toEqual({
      characterId: null, line: "The owner isn't selling. Ever.", parenthetical: 'without looking up',
    });
  });

  it('deleting a shot while the other side edits it leaves a consistent board', () => {
    const { a, b, episodeId, ids } = twoPeers();
    deleteShots(a, [ids[1]]);
    updateShot(b, ids[1], { action: 'edited', size: 'WS' });
    addDialogueLine(b, ids[1], { line: 'Hello?' });
    addStroke(b, ids[1], { tool: 'pen', color: '#000', width: 0.01, points: [0, 0, 1, 1] });
    moveShots(b, [ids[1]], { episodeId, index: 0 });
    sync(a, b);
    const board = expectSame(a, b);
    expect(board.shots[ids[1]]).toBeUndefined();
    expect(actions(board, episodeId)).toBe('acde');
    expect(board.problems).toEqual([]);
  });

  it('deleting an episode while the other side adds and moves shots into it leaves a consistent board', () => {
    const { a, b, episodeId, ids } = twoPeers();
    const doomed = addEpisode(a, { title: 'Doomed' });
    sync(a, b);
    deleteEpisode(a, doomed);
    addShot(b, { episodeId: doomed, content: { action: 'orphan' } });
    moveShots(b, [ids[0]], { episodeId: doomed, index: 0 });
    sync(a, b);
    const board = expectSame(a, b);
    expect(board.episodes.map((e) => e.id)).toEqual([episodeId]);
    expect(actions(board, episodeId)).toBe('bcde');
    // The moved and the added shot lost their episode: hidden, and said so.
    expect(board.problems).toHaveLength(2);
    expect(board.problems[0]).toMatch(/does not exist; it is hidden/);
  });

  it('removing a character while the other side gives them a line leaves no dangling speaker', () => {
    const { a, b, ids } = twoPeers(1);
    const mei = addCharacter(a, { name: 'Aunt Mei' });
    sync(a, b);
    removeCharacter(a, mei);
    addDialogueLine(b, ids[0], { characterId: mei, line: 'Then she has enemies too.' });
    sync(a, b);
    expect(expectSame(a, b).shots[ids[0]].dialogue).toEqual([
      { characterId: null, line: 'Then she has enemies too.', parenthetical: '' },
    ]);
  });
});

describe('three peers shuffling shots for a while', () => {
  /** A small seeded generator, so a failure can be replayed. */
  function random(seed: number) {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it.each([1, 2, 3])('never duplicates or loses a shot (seed %i)', (seed) => {
    const next = random(seed);
    const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)];
    const { a, episodeId } = twoPeers(8);
    const second = addEpisode(a, { title: 'Two' });
    const peers = [a, replicaOf(a), replicaOf(a)];
    const lanes = [episodeId, second];

    for (let round = 0; round < 40; round++) {
      for (const peer of peers) {
        const shotIds = [...getShotsMap(peer).keys()];
        const roll = next();
        if (roll < 0.6) {
          const chosen = [pick(shotIds), pick(shotIds)];
          moveShots(peer, chosen, { episodeId: pick(lanes), index: Math.floor(next() * 10) });
        } else if (roll < 0.75) {
          addShot(peer, { episodeId: pick(lanes), afterShotId: pick(shotIds) });
        } else if (roll < 0.85) {
          duplicateShots(peer, [pick(shotIds)]);
        } else if (shotIds.length > 4) {
          deleteShots(peer, [pick(shotIds)]);
        }
      }
      // Not everyone hears everything at once: sync a random pair, and sometimes everyone.
      const [x, y] = [pick(peers), pick(peers)];
      if (x !== y) sync(x, y);
      if (round % 5 === 4) for (const other of peers.slice(1)) sync(peers[0], other);
    }
    for (const other of peers.slice(1)) sync(peers[0], other);
    sync(peers[0], peers[1]);

    const board = expectSame(peers[0], peers[1]);
    expect(readBoard(peers[2])).toEqual(board);
    expect(Object.keys(board.shots)).toHaveLength(getShotsMap(peers[0]).size);
    expect(Object.values(board.shotsByEpisode).flat()).toHaveLength(getShotsMap(peers[0]).size);
    expect(board.problems).toEqual([]);
  });
});

describe('per-user undo', () => {
  it("undoes A's change and leaves B's", () => {
    const { a, b, episodeId, ids } = twoPeers();
    const undo = new Y.UndoManager(boardRootMaps(a));
    updateShot(a, ids[0], { size: 'ECU' });
    moveShots(a, [ids[4]], { episodeId, index: 0 });
    updateShot(b, ids[0], { notes: 'from B' });
    updateShot(b, ids[1], { size: 'WS' });
    sync(a, b);

    undo.undo();
    undo.undo();
    sync(a, b);
    const board = expectSame(a, b);
    expect(board.shots[ids[0]].size).toBeNull();
    expect(actions(board, episodeId)).toBe('abcde');
    expect(board.shots[ids[0]].notes).toBe('from B');
    expect(board.shots[ids[1]].size).toBe('WS');

    undo.redo();
    sync(a, b);
    expect(actions(expectSame(a, b), episodeId)).toBe('eabcd');
  });

  it('does not undo changes that arrive from the other peer', () => {
    const { a, b, ids } = twoPeers(1);
    const undo = new Y.UndoManager(boardRootMaps(a));
    setBeat(b, ids, { type: 'hook' });
    sync(a, b);
    expect(undo.canUndo()).toBe(false);
    undo.undo();
    expect(readBoard(a).shots[ids[0]].beat.type).toBe('hook');
  });

  it('undoes a multi-shot command as one step', () => {
    const { a, ids } = twoPeers(3);
    const undo = new Y.UndoManager(boardRootMaps(a));
    setBeat(a, ids, { type: 'reveal', intensity: 6 });
    undo.undo();
    const board = readBoard(a);
    expect(ids.map((id) => board.shots[id].beat.type)).toEqual([null, null, null]);
  });
});
