import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addEpisode } from '../commands/episodes';
import { addShot } from '../commands/shots';
import { readBoard } from '../read';
import { newBoard, replicaOf } from '../testing/newBoard';
import { readBoardPair } from './partialRead';

describe('readBoardPair', () => {
  it('reads each side as readBoard does, an unchanged shot once when both sides show it alike', () => {
    const { doc, episodeId } = newBoard('Pair');
    const kept = addShot(doc, { episodeId, content: { scene: 'A' } });
    const second = addEpisode(doc, { title: 'Two' });
    const hidden = addShot(doc, { episodeId: second, content: { scene: 'B' } });
    const changed = addShot(doc, { episodeId, content: { scene: 'C' } });
    const other = replicaOf(doc);
    // The other side lost the second episode's record but not its shot (as a corrupt board
    // might), and has the changed shot differently.
    other.getMap('episodes').delete(second);
    (other.getMap('shots').get(changed) as Y.Map<unknown>).set('scene', 'D');
    const [placedBoard, otherBoard] = readBoardPair(doc, other, new Set([changed]));
    expect(placedBoard).toEqual(readBoard(doc));
    expect(otherBoard).toEqual(readBoard(other));
    expect(otherBoard.shots[kept]).toBe(placedBoard.shots[kept]);
    expect(otherBoard.shots[hidden]).toBeUndefined();
  });

  it('reads shots from their places as readBoard reads shots holding only them', () => {
    const { doc, episodeId } = newBoard('Places');
    const ids = [addShot(doc, { episodeId }), addShot(doc, { episodeId })];
    const placesOnly = replicaOf(doc);
    placesOnly.transact(() => {
      placesOnly.getMap('shots').forEach((shot) => {
        for (const field of [...(shot as Y.Map<unknown>).keys()]) if (field !== 'episodeId' && field !== 'order') (shot as Y.Map<unknown>).delete(field);
      });
    });
    const expected = readBoard(placesOnly);
    const empty = replicaOf(doc);
    empty.getMap('shots').clear();
    const places = ids.map((id) => ({ id, episodeId, order: expected.shots[id]!.order }));
    const [placedBoard, otherBoard] = readBoardPair(empty, empty, new Set(), places);
    expect(placedBoard).toEqual(expected);
    expect(otherBoard).toEqual(expected);
    // No two shots share a list or an object.
    expect(placedBoard.shots[ids[0]!]!.beat).not.toBe(placedBoard.shots[ids[1]!]!.beat);
  });
});
