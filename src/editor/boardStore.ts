import type * as Y from 'yjs';
import type { BoardSnapshot, Shot } from '../model/types';

/**
 * Read side of an open board: plain snapshots of the Y.Doc with per-record subscriptions.
 * Unchanged shots keep their object identity between snapshots, so a panel re-renders only
 * when its own shot changed. Writes never go through here: call the commands in src/model.
 */
export interface BoardStore {
  readonly doc: Y.Doc;
  readonly boardId: string;
  getBoard(): BoardSnapshot;
  subscribe(listener: () => void): () => void;
  getShot(id: string): Shot | undefined;
  subscribeShot(id: string, listener: () => void): () => void;
  destroy(): void;
}
