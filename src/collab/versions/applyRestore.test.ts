import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addEpisode, addShot, addStroke, deleteEpisode, readBoard, updateShot } from '../../model';
import { REMOTE_ORIGIN, newBoard, replicaOf, sync } from '../../model/testing/newBoard';
import { createBoardUndo } from '../undo';
import { applyRestore } from './applyRestore';

function setUp() {
  const { doc, episodeId } = newBoard();
  const notes = new Y.Doc();
  const shotId = addShot(doc, { episodeId, content: { action: 'She runs' } });
  const second = addEpisode(doc);
  addShot(doc, { episodeId: second, content: { action: 'Rain' } });
  const version = { board: Y.encodeStateAsUpdate(doc), notes: Y.encodeStateAsUpdate(notes) };
  const undo = createBoardUndo(doc);
  return { doc, notes, undo, episodeId, second, shotId, version };
}

describe('applyRestore', () => {
  it('brings a deleted episode back as one step the restorer can undo', () => {
    const { doc, notes, undo, second, version } = setUp();
    const peer = replicaOf(doc);
    deleteEpisode(doc, second);
    undo.stopCapturing();
    applyRestore({ doc, notes, undo }, version, { scope: 'episodes', episodeIds: [second] });
    expect(readBoard(doc).episodes.map((episode) => episode.id)).toContain(second);
    expect(readBoard(doc).shotsByEpisode[second]).toHaveLength(1);

    // The room sees the restore as an ordinary update.
    sync(doc, peer);
    expect(readBoard(peer).episodes.map((episode) => episode.id)).toContain(second);

    undo.undo();
    expect(readBoard(doc).episodes.map((episode) => episode.id)).not.toContain(second);
    // The deletion before it is a step of its own.
    undo.undo();
    expect(readBoard(doc).episodes.map((episode) => episode.id)).toContain(second);
  });

  it('restores one shot’s text and leaves its sketch, or its sketch and leaves its text', () => {
    const { doc, notes, undo, shotId, version } = setUp();
    updateShot(doc, shotId, { action: 'She walks' });
    addStroke(doc, shotId, { tool: 'pen', color: '#222222', width: 0.01, points: [0, 0.6, 1, 0.6] });
    applyRestore({ doc, notes, undo }, version, { scope: 'shot-text', shotId });
    expect(readBoard(doc).shots[shotId]?.action).toBe('She runs');
    expect(readBoard(doc).shots[shotId]?.strokes.length).toBe(1);
    applyRestore({ doc, notes, undo }, version, { scope: 'shot-sketch', shotId });
    expect(readBoard(doc).shots[shotId]?.strokes.length).toBe(0);
  });

  it('restores the whole board and its notes, ignoring what others did since in their own steps', () => {
    const { doc, notes, undo, episodeId, version } = setUp();
    notes.getMap('comments').set('late', 'x');
    Y.applyUpdate(doc, (() => {
      const other = replicaOf(doc);
      addShot(other, { episodeId });
      return Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc));
    })(), REMOTE_ORIGIN);
    applyRestore({ doc, notes, undo }, version, { scope: 'board' });
    expect(readBoard(doc).shotsByEpisode[episodeId]).toHaveLength(1);
    expect(notes.getMap('comments').has('late')).toBe(false);
    undo.undo();
    expect(readBoard(doc).shotsByEpisode[episodeId]).toHaveLength(2);
  });

  it('restores from a version sent as a base and what changed since, and from one its partial reader cannot read', () => {
    const { doc, notes, undo, second, version } = setUp();
    const base = { state: version.board as Uint8Array, vector: Y.encodeStateVector(doc) };
    updateShot(doc, readBoard(doc).shotsByEpisode[second]![0]!, { scene: 'EXT. ROOF' });
    const onBase = { board: [base.state, Y.encodeStateAsUpdate(doc, base.vector)], notes: version.notes };
    deleteEpisode(doc, second);
    applyRestore({ doc, notes, undo }, onBase, { scope: 'episodes', episodeIds: [second] });
    expect(Object.values(readBoard(doc).shots).map((shot) => shot.scene)).toContain('EXT. ROOF');

    // An update holding content of a kind the partial reader does not know (here a made-up
    // kind 31): the restore reads the whole version instead, which Yjs would refuse too, so
    // the error is Yjs's, and nothing is written.
    deleteEpisode(doc, second);
    const unknown = new Uint8Array([1, 1, 7, 0, 31, 0, 0]);
    expect(() => applyRestore({ doc, notes, undo }, { board: unknown, notes: version.notes }, { scope: 'episodes', episodeIds: [second] })).toThrow();
    expect(readBoard(doc).episodes.map((episode) => episode.id)).not.toContain(second);
  });
});
