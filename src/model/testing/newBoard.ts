import * as Y from 'yjs';
import { initBoard } from '../commands/board';

/** Shared set-up for the model's tests: boards and peers that exchange updates like a relay would. */

export function newBoard(title = 'Test board'): { doc: Y.Doc; episodeId: string } {
  const doc = new Y.Doc();
  const { episodeId } = initBoard(doc, { title, now: 1_700_000_000_000 });
  return { doc, episodeId };
}

/**
 * Origin of updates received from a peer. Providers (y-websocket, y-dexie) apply remote updates
 * with themselves as origin, never null, which is what keeps a peer's edits out of a user's undo
 * stack (the undo manager tracks null, the local user's commands).
 */
export const REMOTE_ORIGIN = 'test:remote-peer';

/** A second replica of `doc`, already in sync with it (a peer that has loaded the board). */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const replica = new Y.Doc();
  Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc), REMOTE_ORIGIN);
  return replica;
}

/** Sends each side what the other is missing, as two peers do when they reconnect. */
export function sync(a: Y.Doc, b: Y.Doc): void {
  const forB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const forA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, forB, REMOTE_ORIGIN);
  Y.applyUpdate(a, forA, REMOTE_ORIGIN);
}
