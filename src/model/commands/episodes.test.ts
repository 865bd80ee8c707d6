import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors';
import { readBoard } from '../read';
import { newBoard } from '../testing/newBoard';
import * as Y from 'yjs';
import { addEpisode, deleteEpisode, moveEpisode, setEpisodeSoundtrack, setEpisodeSoundtrackVolume, updateEpisode } from './episodes';
import { addShot } from './shots';

const titles = (doc: Parameters<typeof readBoard>[0]) => readBoard(doc).episodes.map((e) => e.title);

describe('episodes', () => {
  it('adds at the end or after a given episode', () => {
    const { doc, episodeId } = newBoard();
    updateEpisode(doc, episodeId, { title: 'One' });
    const three = addEpisode(doc, { title: 'Three' });
    addEpisode(doc, { title: 'Two', afterEpisodeId: episodeId });
    addEpisode(doc, { title: 'Four', afterEpisodeId: three });
    addEpisode(doc, { title: 'Five', afterEpisodeId: 'gone' });
    expect(titles(doc)).toEqual(['One', 'Two', 'Three', 'Four', 'Five']);
  });

  it('stores the given fields and defaults', () => {
    const { doc } = newBoard();
    const id = addEpisode(doc, { title: 'The Auction', targetSeconds: 120, paywall: true, synopsis: 'Hook: the dress.' });
    const episode = readBoard(doc).episodes.find((e) => e.id === id);
    expect(episode).toMatchObject({ title: 'The Auction', targetSeconds: 120, paywall: true, synopsis: 'Hook: the dress.' });
    const plain = addEpisode(doc);
    expect(readBoard(doc).episodes.find((e) => e.id === plain)).toMatchObject({
      title: '', targetSeconds: 90, paywall: false, soundtrackAssetId: null, soundtrackName: '', soundtrackVolume: 0.8,
    });
  });

  it('renames and sets target, paywall and synopsis', () => {
    const { doc, episodeId } = newBoard();
    updateEpisode(doc, episodeId, { title: 'The Deckhand', targetSeconds: 105, paywall: true, synopsis: 'A slap.' });
    expect(readBoard(doc).episodes[0]).toMatchObject({ title: 'The Deckhand', targetSeconds: 105, paywall: true, synopsis: 'A slap.' });
  });

  it('sets, replaces and removes the soundtrack and its volume, each one undo step', () => {
    const { doc, episodeId } = newBoard();
    const undo = new Y.UndoManager(doc.getMap('episodes'));
    setEpisodeSoundtrack(doc, episodeId, 'track-a', 'Temp score.mp3');
    undo.stopCapturing();
    setEpisodeSoundtrackVolume(doc, episodeId, 0.35);
    undo.stopCapturing();
    setEpisodeSoundtrack(doc, episodeId, 'track-b', 'Theme.ogg');
    expect(readBoard(doc).episodes[0]).toMatchObject({ soundtrackAssetId: 'track-b', soundtrackName: 'Theme.ogg', soundtrackVolume: 0.35 });
    undo.stopCapturing();
    setEpisodeSoundtrack(doc, episodeId, null);
    expect(readBoard(doc).episodes[0]).toMatchObject({ soundtrackAssetId: null, soundtrackName: '', soundtrackVolume: 0.35 });
    expect(undo.undoStack).toHaveLength(4);
    undo.undo();
    undo.undo();
    expect(readBoard(doc).episodes[0]).toMatchObject({ soundtrackAssetId: 'track-a', soundtrackName: 'Temp score.mp3', soundtrackVolume: 0.35 });
    undo.undo();
    expect(readBoard(doc).episodes[0]).toMatchObject({ soundtrackAssetId: 'track-a', soundtrackVolume: 0.8 });
    expect(() => setEpisodeSoundtrackVolume(doc, episodeId, 2)).toThrow(/Volume must be from 0 to 1/);
    expect(() => setEpisodeSoundtrack(doc, episodeId, 42 as never)).toThrow(ValidationError);
  });

  it('rejects a target that is not a positive number', () => {
    const { doc, episodeId } = newBoard();
    expect(() => updateEpisode(doc, episodeId, { targetSeconds: -5 })).toThrow(/more than 0 seconds/);
    expect(() => updateEpisode(doc, episodeId, { targetSeconds: Number.NaN })).toThrow(ValidationError);
    expect(() => addEpisode(doc, { targetSeconds: '90' as never })).toThrow(/number of seconds/);
    expect(() => updateEpisode(doc, episodeId, { order: 'a0' } as never)).toThrow(ValidationError);
  });

  it('reorders, with the index counted without the moved episode', () => {
    const { doc, episodeId } = newBoard();
    updateEpisode(doc, episodeId, { title: 'A' });
    addEpisode(doc, { title: 'B' });
    const c = addEpisode(doc, { title: 'C' });
    moveEpisode(doc, c, 0);
    expect(titles(doc)).toEqual(['C', 'A', 'B']);
    moveEpisode(doc, episodeId, 2);
    expect(titles(doc)).toEqual(['C', 'B', 'A']);
    moveEpisode(doc, c, 1);
    expect(titles(doc)).toEqual(['B', 'C', 'A']);
  });

  it('deletes an episode with its shots, leaving other episodes alone', () => {
    const { doc, episodeId } = newBoard();
    const other = addEpisode(doc, { title: 'Other' });
    addShot(doc, { episodeId });
    addShot(doc, { episodeId });
    const kept = addShot(doc, { episodeId: other });
    deleteEpisode(doc, episodeId);
    const board = readBoard(doc);
    expect(board.episodes.map((e) => e.id)).toEqual([other]);
    expect(Object.keys(board.shots)).toEqual([kept]);
    expect(board.problems).toEqual([]);
  });
});
