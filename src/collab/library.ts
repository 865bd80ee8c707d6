import type * as Y from 'yjs';
import type { BoardRole } from '../model';

/** What the home screen shows of a board kept in this browser, as stored with it (see db.ts). */
export interface BoardListing {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  episodeCount: number;
  shotCount: number;
}

/** The list of boards kept in this browser (home screen). Implemented over Dexie in localLibrary.ts. */
export interface BoardSummary extends BoardListing {
  /** This browser's role on the board; null while it is local only (its owner's). */
  role: BoardRole | null;
}

export interface BoardLibrary {
  list(): Promise<BoardSummary[]>;
  /** Called whenever the list changes (Dexie liveQuery underneath). */
  subscribe(listener: (boards: BoardSummary[]) => void): () => void;
  /** Creates a board with its meta and one episode (or as `build` makes it); returns its id. */
  create(title: string, build?: (doc: Y.Doc) => void, notes?: Y.Doc): Promise<string>;
  rename(id: string, title: string): Promise<void>;
  /** Copies a board; `copyTitle` names the copy (translated by the caller). */
  duplicate(id: string, copyTitle?: (title: string) => string, withNotes?: boolean): Promise<string>;
  remove(id: string): Promise<void>;
}
