import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../../editor/actions/registry';
import { createTestSession } from '../../../editor/testing/session';
import { addShot, readBoard } from '../../../model';
import { openBoardNowSession, openVersionSession, readVersionBoard, snapshotOfBoard } from './versionSession';

describe('openVersionSession', () => {
  it('reads a version as a viewer in a doc of its own, apart from the live board', () => {
    const { session: live, episodeIds } = createTestSession([2]);
    const snapshot = snapshotOfBoard(live);
    const liveShot = addShot(live.doc, { episodeId: episodeIds[0]! });

    const version = openVersionSession(live, snapshot);
    expect(version.role).toBe('viewer');
    expect(version.canEdit).toBe(false);
    expect(version.doc).not.toBe(live.doc);
    expect(Object.keys(version.store.getBoard().shots)).toHaveLength(2);
    expect(version.store.getBoard().shots[liveShot]).toBeUndefined();

    // Editing actions are refused on it, and nothing it does reaches the live doc.
    const liveBefore = Y.encodeStateAsUpdate(live.doc);
    version.editor.selection.set(Object.keys(version.store.getBoard().shots));
    expect(runAction(version, 'delete')).toBe(false);
    expect(runAction(version, 'addShot')).toBe(false);
    expect(Y.encodeStateAsUpdate(live.doc)).toEqual(liveBefore);
    version.dispose();
  });

  it('reads a version as plain data', () => {
    const { session: live } = createTestSession([3]);
    expect(readVersionBoard(snapshotOfBoard(live))).toEqual(readBoard(live.doc));
  });

  it('holds the board as it was when asked, whatever is edited after, without the live doc', () => {
    const { session: live, episodeIds } = createTestSession([2]);
    const now = openBoardNowSession(live);
    const board = now.store.getBoard();
    addShot(live.doc, { episodeId: episodeIds[0]! });
    expect(now.store.getBoard()).toBe(board);
    expect(Object.keys(now.store.getBoard().shots)).toHaveLength(2);
    expect(now.doc).not.toBe(live.doc);
    expect(now.canEdit).toBe(false);
    now.dispose();
  });
});
