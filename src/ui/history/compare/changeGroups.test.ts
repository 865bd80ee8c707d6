import { describe, expect, it } from 'vitest';
import { compareBoards, deleteShots, readBoard } from '../../../model';
import { groupChanges, panelMarksOf, removedSpotsOf } from './changeGroups';
import { editedBoard, sideOf } from './testing/boards';

describe('groupChanges', () => {
  it('groups the changes by episode in reading order, each shot named by its number on its side', () => {
    const { before, after, changes, ids } = editedBoard();
    const groups = groupChanges(changes, sideOf(before), sideOf(after));

    expect(groups.map((group) => [group.episodeId, group.number, group.title])).toEqual([
      [ids.episodeId, 1, after.episodes[0]!.title],
      [ids.doomed, 2, 'The Auction'],
    ]);
    const [kept, removed] = groups;
    expect(kept!.episode).toBeNull();
    // The new shot sits between the two old ones on the newer board.
    expect(kept!.shots.map((row) => [row.number, row.change, row.scene])).toEqual([
      ['1.1', 'changed', 'INT. TEAHOUSE'],
      ['1.2', 'added', 'INT. TEAHOUSE – LATER'],
      ['1.3', 'changed', 'EXT. CANAL'],
    ]);
    expect(kept!.shots[0]!.fields).toEqual(['durationMs', 'beat']);
    expect(kept!.shots[2]!.fields).toEqual(['sketch']);
    // A removed episode and its shots, numbered as they were.
    expect(removed!.episode).toMatchObject({ change: 'removed', episodeId: ids.doomed });
    expect(removed!.shots).toEqual([expect.objectContaining({ shotId: ids.doomedShot, change: 'removed', number: '2.1', scene: 'INT. HALL' })]);
  });

  it('has no group when nothing changed', () => {
    const { before } = editedBoard();
    expect(groupChanges([], sideOf(before), sideOf(before))).toEqual([]);
  });
});

describe('panelMarksOf', () => {
  it('marks the added and changed shots of the newer board, not the removed ones', () => {
    const { changes, ids } = editedBoard();
    expect(Object.fromEntries(panelMarksOf(changes))).toEqual({ [ids.first]: 'changed', [ids.added]: 'added', [ids.second]: 'changed' });
  });
});

describe('removedSpotsOf', () => {
  it('places removed shots after the nearest earlier shot still in their lane, and skips removed episodes', () => {
    const { doc, after, ids } = editedBoard();
    deleteShots(doc, [ids.first, ids.second]);
    const now = readBoard(doc);
    const spots = removedSpotsOf(compareBoards(after, now), after, now);
    // 1.1 went first (nothing before it stays); 1.3 went after the added shot, which stays.
    expect(spots).toEqual([
      { episodeId: ids.episodeId, afterShotId: null, shotIds: [ids.first] },
      { episodeId: ids.episodeId, afterShotId: ids.added, shotIds: [ids.second] },
    ]);
    // The first edit's removed shot was in the deleted episode: no lane left to mark.
    const fresh = editedBoard();
    expect(removedSpotsOf(fresh.changes, fresh.before, fresh.after)).toEqual([]);
  });
});
