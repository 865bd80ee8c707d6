import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { removeCharacter } from '../commands/characters';
import { removeDialogueLine, updateDialogueLine } from '../commands/dialogue';
import { addEpisode, deleteEpisode, updateEpisode } from '../commands/episodes';
import { addShot, deleteShots, moveShots, setBeat, updateShot } from '../commands/shots';
import { addStroke, eraseStrokes } from '../commands/strokes';
import { getShotMap } from '../doc';
import { readBoard } from '../read';
import { sync } from '../testing/newBoard';
import type { BoardSnapshot } from '../types';
import { restoreEpisodes, restoreShotSketch, restoreShotText } from './restore';
import { contentOf, penLine, storyBoard, updatesDuring, versionOf } from './testing/storyBoard';

/** The part of a board outside some episodes: their other episodes, those episodes' shots and lanes. */
function outside(board: BoardSnapshot, episodeIds: string[]) {
  const inside = (episodeId: string) => episodeIds.includes(episodeId);
  return {
    meta: board.meta,
    characters: board.characters,
    episodes: board.episodes.filter((episode) => !inside(episode.id)),
    shots: Object.values(board.shots).filter((shot) => !inside(shot.episodeId)),
    lanes: Object.entries(board.shotsByEpisode).filter(([episodeId]) => !inside(episodeId)),
  };
}

/** The part of a board inside some episodes. */
function within(board: BoardSnapshot, episodeIds: string[]) {
  return {
    episodes: board.episodes.filter((episode) => episodeIds.includes(episode.id)),
    shots: episodeIds.flatMap((id) => (board.shotsByEpisode[id] ?? []).map((shotId) => board.shots[shotId])),
  };
}

const strokeIds = (doc: Y.Doc, shotId: string) => readBoard(doc).shots[shotId].strokes.map((stroke) => stroke.id);

describe('restoreEpisodes', () => {
  it('restores those episodes and their shots and leaves the rest of the board untouched', () => {
    const { doc, e1, e2, s1, s2, s3 } = storyBoard();
    const version = versionOf(doc);
    // Changes inside episode 1 ...
    updateEpisode(doc, e1, { title: 'Pilot', targetSeconds: 75 });
    updateShot(doc, s1, { action: 'She paces.' });
    updateDialogueLine(doc, s1, 0, { line: 'Well?' });
    eraseStrokes(doc, s1, strokeIds(doc, s1).slice(0, 2));
    deleteShots(doc, [s2]);
    addShot(doc, { episodeId: e1, content: { action: 'New here.' } });
    // ... and outside it.
    updateEpisode(doc, e2, { title: 'Two, recut' });
    addStroke(doc, s3, penLine(0.8));
    const e3 = addEpisode(doc, { title: 'Three' });
    addShot(doc, { episodeId: e3 });
    const before = readBoard(doc);

    restoreEpisodes(doc, version, [e1]);
    const after = readBoard(doc);
    expect(outside(after, [e1])).toEqual(outside(before, [e1]));
    expect(within(after, [e1])).toEqual(within(readBoard(version), [e1]));
  });

  it('re-creates an episode deleted since, with its shots, sketches and dialogue', () => {
    const { doc, e1, e2, s3, s4 } = storyBoard();
    const version = versionOf(doc);
    deleteEpisode(doc, e2);
    updateEpisode(doc, e1, { title: 'Pilot' });
    const before = readBoard(doc);

    restoreEpisodes(doc, version, [e2]);
    const after = readBoard(doc);
    expect(within(after, [e2])).toEqual(within(readBoard(version), [e2]));
    expect(after.shotsByEpisode[e2]).toEqual([s3, s4]);
    expect(after.shots[s3].strokes).toHaveLength(2);
    expect(outside(after, [e2])).toEqual(outside(before, [e2]));
  });

  it('deletes an episode the version does not have, with its shots', () => {
    const { doc, e1 } = storyBoard();
    const version = versionOf(doc);
    const e3 = addEpisode(doc, { title: 'Three' });
    const s5 = addShot(doc, { episodeId: e3 });
    restoreEpisodes(doc, version, [e3, e1]);
    expect(contentOf(doc)).toEqual(contentOf(version));
    expect(getShotMap(doc, s5)).toBeUndefined();
  });

  it('brings back a shot moved out to another episode since, to its old place', () => {
    const { doc, e1, e2, s1, s2, s3, s4 } = storyBoard();
    const version = versionOf(doc);
    moveShots(doc, [s1], { episodeId: e2, index: 1 });
    expect(readBoard(doc).shotsByEpisode[e2]).toEqual([s3, s1, s4]);
    restoreEpisodes(doc, version, [e1]);
    expect(readBoard(doc).shotsByEpisode).toEqual({ [e1]: [s1, s2], [e2]: [s3, s4] });
  });

  it('brings back a character deleted since that a restored line speaks with', () => {
    const { doc, lin, e1, s1 } = storyBoard();
    const version = versionOf(doc);
    removeCharacter(doc, lin);
    expect(readBoard(doc).shots[s1].dialogue[0].characterId).toBeNull();
    restoreEpisodes(doc, version, [e1]);
    const board = readBoard(doc);
    expect(board.characters[lin]).toEqual(readBoard(version).characters[lin]);
    expect(board.shots[s1].dialogue[0].characterId).toBe(lin);
  });
});

describe('restoreShotSketch', () => {
  it('restores only the strokes, by id, merging with a stroke a peer adds at the same time', () => {
    const { doc, s1 } = storyBoard();
    const version = versionOf(doc);
    const [first, second, third] = strokeIds(doc, s1);
    eraseStrokes(doc, s1, [second]);
    const added = addStroke(doc, s1, penLine(0.9));
    updateShot(doc, s1, { action: 'She paces.' });
    const peer = versionOf(doc);
    const peerStroke = addStroke(peer, s1, penLine(0.05));
    const strokes = getShotMap(doc, s1)!.get('strokes');

    restoreShotSketch(doc, version, s1);
    expect(strokeIds(doc, s1)).toEqual([first, second, third]);
    expect(getShotMap(doc, s1)!.get('strokes')).toBe(strokes);
    expect(readBoard(doc).shots[s1].action).toBe('She paces.');
    expect(strokeIds(doc, s1)).not.toContain(added);

    sync(doc, peer);
    expect(strokeIds(doc, s1)).toEqual([first, second, third, peerStroke]);
    expect(strokeIds(peer, s1)).toEqual(strokeIds(doc, s1));
  });

  it('re-creates a shot deleted since, whole; does nothing for a shot the version does not have', () => {
    const { doc, e1, s2 } = storyBoard();
    const version = versionOf(doc);
    deleteShots(doc, [s2]);
    const s5 = addShot(doc, { episodeId: e1, content: { strokes: [penLine(0.3)] } });
    restoreShotSketch(doc, version, s2);
    expect(readBoard(doc).shots[s2]).toEqual(readBoard(version).shots[s2]);
    expect(updatesDuring(doc, () => restoreShotSketch(doc, version, s5))).toBe(0);
  });
});

describe('restoreShotText', () => {
  it('restores every field but the sketch and the shot\'s place, editing its texts in place', () => {
    const { doc, e2, s1 } = storyBoard();
    const version = versionOf(doc);
    updateShot(doc, s1, { action: 'She paces.', notes: '', scene: 'INT. HALL', size: 'CU', sound: 'Rain', imageAssetId: 'image1' });
    updateDialogueLine(doc, s1, 0, { line: 'Well?', characterId: null });
    removeDialogueLine(doc, s1, 1);
    setBeat(doc, [s1], { type: 'reveal', intensity: 2 });
    addStroke(doc, s1, penLine(0.9));
    moveShots(doc, [s1], { episodeId: e2, index: 0 });
    const action = getShotMap(doc, s1)!.get('action');
    const current = readBoard(doc).shots[s1];

    restoreShotText(doc, version, s1);
    const { strokes, episodeId, order, ...text } = readBoard(doc).shots[s1];
    const { strokes: _s, episodeId: _e, order: _o, ...oldText } = readBoard(version).shots[s1];
    expect(text).toEqual(oldText);
    expect({ strokes, episodeId, order }).toEqual({ strokes: current.strokes, episodeId: current.episodeId, order: current.order });
    expect(getShotMap(doc, s1)!.get('action')).toBe(action);
  });

  it('brings back a character deleted since that a restored line speaks with', () => {
    const { doc, lin, s1 } = storyBoard();
    const version = versionOf(doc);
    removeCharacter(doc, lin);
    restoreShotText(doc, version, s1);
    expect(readBoard(doc).shots[s1].dialogue[0].characterId).toBe(lin);
  });

  it('re-creates a shot deleted since, and its episode when that is gone too', () => {
    const { doc, e2, s3 } = storyBoard();
    const version = versionOf(doc);
    deleteEpisode(doc, e2);
    restoreShotText(doc, version, s3);
    const board = readBoard(doc);
    expect(board.shots[s3]).toEqual(readBoard(version).shots[s3]);
    expect(board.shotsByEpisode[e2]).toEqual([s3]);
  });
});
