import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEpisode, addShot, deleteEpisode, getShotsMap, initBoard, updateEpisode, updateShot } from '../model';
import { createBoardStore } from './createBoardStore';

function boardWithTwoEpisodes() {
  const doc = new Y.Doc();
  const { episodeId: first } = initBoard(doc, { title: 'Store test' });
  const second = addEpisode(doc, { title: 'Two', afterEpisodeId: first });
  const a = addShot(doc, { episodeId: first });
  const b = addShot(doc, { episodeId: first });
  const c = addShot(doc, { episodeId: second });
  return { doc, first, second, a, b, c, store: createBoardStore(doc, 'board-1') };
}

describe('createBoardStore', () => {
  it('re-reads only the shot that changed and tells only its listeners', () => {
    const { doc, a, b, store } = boardWithTwoEpisodes();
    const before = store.getBoard();
    let aCalls = 0;
    let bCalls = 0;
    store.subscribeShot(a, () => aCalls++);
    store.subscribeShot(b, () => bCalls++);
    updateShot(doc, a, { scene: 'EXT. DOCK - DAWN' });
    const after = store.getBoard();
    expect(after.shots[a].scene).toBe('EXT. DOCK - DAWN');
    expect(after.shots[b]).toBe(before.shots[b]);
    expect([aCalls, bCalls]).toEqual([1, 0]);
  });

  it('keeps every shot object when only an episode changes', () => {
    const { doc, second, a, c, store } = boardWithTwoEpisodes();
    const before = store.getBoard();
    updateEpisode(doc, second, { title: 'The Photograph' });
    const after = store.getBoard();
    expect(after.episodes[1].title).toBe('The Photograph');
    expect(after.shots[a]).toBe(before.shots[a]);
    expect(after.shots[c]).toBe(before.shots[c]);
  });

  it('drops the shots of a deleted episode and ignores entries that are not shots', () => {
    const { doc, first, second, a, b, c, store } = boardWithTwoEpisodes();
    deleteEpisode(doc, second);
    expect(store.getShot(c)).toBeUndefined();
    expect(store.getBoard().shotsByEpisode).toEqual({ [first]: [a, b] });
    getShotsMap(doc).set('bogus', 'not a shot' as never);
    expect(store.getShot('bogus')).toBeUndefined();
    expect(Object.keys(store.getBoard().shots).sort()).toEqual([a, b].sort());
  });
});
