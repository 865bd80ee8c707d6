import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { BoardRole } from '../model';
import type { SyncStatus } from '../collab/serverClient/liveBoard';
import type { Identity } from '../collab/presence/identity';
import type { BoardAssets } from '../collab/assets';
import type { PresencePublisher } from './presence/presencePublisher';
import type { BoardStore } from './boardStore';
import type { EditorState } from './editorState';

/** Everything the canvas and the UI need for one open board. Built in src/app. */
export interface BoardSession {
  readonly boardId: string;
  readonly doc: Y.Doc;
  /** The notes doc: comments, the director's marks, approvals (synced in its own room). */
  readonly notes: Y.Doc;
  readonly store: BoardStore;
  readonly editor: EditorState;
  /** Tracks only this user's changes (origin null), so undo never reverts a co-writer. */
  readonly undo: Y.UndoManager;
  readonly assets: BoardAssets;
  /** Presence (who is here, cursors, selections): Yjs awareness, relayed by the sync server
   *  and never stored. It exists offline too; the connection only carries it. */
  readonly awareness: Awareness;
  /** This user's role on the board; boards made in this browser are the owner's. */
  readonly role: BoardRole;
  /** False for directors and viewers: editing controls are disabled rather than failing. */
  readonly canEdit: boolean;
  /** The board's link to the sync server (status pill, share dialog, suggestions). */
  readonly sync: {
    get(): SyncStatus;
    subscribe(listener: () => void): () => void;
    /** When the server already has this board's id: a copy under a new id, published in turn. */
    copyAsNewBoard(): Promise<string>;
  };
  /** What this person shows the room: name, colour, cursor, selection, viewport. */
  readonly presence: PresencePublisher & { identity(): Identity; setIdentity(identity: Identity): void };
}
