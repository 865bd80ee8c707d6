import { Awareness } from 'y-protocols/awareness';
import { silentPresence } from '../presence/presencePublisher';
import * as Y from 'yjs';
import { createBoardUndo } from '../../collab/undo';
import { addEpisode, canWriteBoard, initBoard, insertShots, readBoard, type BoardRole } from '../../model';
import type { BoardStore } from '../boardStore';
import { createEditorState } from '../editorState';
import type { BoardSession } from '../session';
import { SKETCH_ORIGIN } from '../tools/sketch/origin';

export interface TestSessionOptions {
  /** This user's role (default owner); `canEdit` follows it as in the app. */
  role?: BoardRole;
  /** The board's token on the sync server; null (default) for a board only in this browser. */
  token?: string | null;
}

/**
 * A real board doc with a plain store over it, for testing actions in Node: the store re-reads
 * the whole doc after each transaction, which is slow but obviously right.
 */
export function createTestSession(
  shotCounts: number[],
  { role = 'owner', token = null }: TestSessionOptions = {},
): { session: BoardSession; episodeIds: string[] } {
  const doc = new Y.Doc();
  const { episodeId } = initBoard(doc, { title: 'Test', now: 1_700_000_000_000 });
  const episodeIds = [episodeId];
  for (let i = 1; i < shotCounts.length; i++) {
    episodeIds.push(addEpisode(doc, { title: `Episode ${i + 1}`, afterEpisodeId: episodeIds[i - 1] }));
  }
  shotCounts.forEach((count, i) => {
    const contents = Array.from({ length: count }, (_, j) => ({ scene: `SCENE ${i + 1}.${j + 1}`, durationMs: 3000 }));
    if (count > 0) insertShots(doc, { episodeId: episodeIds[i], contents });
  });

  let board = readBoard(doc);
  const listeners = new Set<() => void>();
  doc.on('afterTransaction', () => {
    board = readBoard(doc);
    listeners.forEach((listener) => listener());
  });
  const store: BoardStore = {
    doc,
    boardId: 'test',
    getBoard: () => board,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getShot: (id) => board.shots[id],
    subscribeShot: () => () => undefined,
    destroy: () => undefined,
  };
  // The production undo: same scope and tracked origins as a real board.
  const undo = createBoardUndo(doc, [SKETCH_ORIGIN]);
  const identity = { id: 'me', name: 'Tester', color: '#2e86ab', confirmed: true };
  const session: BoardSession = {
    boardId: 'test',
    doc,
    notes: new Y.Doc(),
    store,
    editor: createEditorState(),
    undo,
    assets: { put: async () => 'asset', getUrl: async () => null, getBlob: async () => null },
    awareness: new Awareness(doc),
    role,
    canEdit: canWriteBoard(role),
    sync: {
      get: () => ({ state: 'local', saved: true, synced: false, token, transfer: null }),
      subscribe: () => () => undefined,
      copyAsNewBoard: () => Promise.reject(new Error('A test session has no board library.')),
    },
    presence: silentPresence(identity),
  };
  return { session, episodeIds };
}

/** Shot ids of an episode in board order. */
export function laneOf(session: BoardSession, episodeId: string): string[] {
  return session.store.getBoard().shotsByEpisode[episodeId] ?? [];
}
