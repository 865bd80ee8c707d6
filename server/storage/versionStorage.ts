import type { VersionMeta } from '../../src/model/versions/types';
import type { BoardDoc } from '../sync/boardDocs';

/**
 * A doc's whole state, stored once and shared by the versions made on top of it: each keeps
 * only the update from the base's state to its own. A 10 MiB board edited a little between
 * versions then costs a few KiB a version, not 10 MiB, and making one encodes only what changed.
 */
export interface VersionBase {
  id: string;
  doc: BoardDoc;
  /** `Y.encodeStateVector` of the doc when `state` was encoded. */
  stateVector: Uint8Array;
  /** The doc's whole state as one Yjs update. */
  state: Uint8Array;
}

/** What a new version is made on: a base's id, its state vector and its size. */
export type VersionBaseInfo = Omit<VersionBase, 'state' | 'doc'> & { bytes: number };

/**
 * A version as stored: its meta and, for each doc, an update. With a base (`boardBase`,
 * `notesBase`), the update holds what changed since that base (empty when nothing did); without,
 * it is the doc's whole state.
 */
export interface StoredVersion {
  meta: VersionMeta;
  board: Uint8Array;
  notes: Uint8Array;
  boardBase?: string | null;
  notesBase?: string | null;
  /** Bases this version starts (the ones it names that are not stored yet), stored with it. */
  newBases?: VersionBase[];
}

/**
 * Where a board's versions are kept (docs/server-api.md "Versions"). Metas and snapshots are
 * read apart: a list is shown often and must stay cheap, a snapshot is large and read rarely.
 * Asynchronous like DocStorage, so another storage (PostgreSQL) is one more implementation.
 */
export interface VersionStorage {
  /** The board's versions, newest first (by creation time, then by the order they were added). */
  list(boardId: string): Promise<VersionMeta[]>;
  /** The newest version of the board, if any. */
  latest(boardId: string): Promise<VersionMeta | undefined>;
  get(boardId: string, versionId: string): Promise<VersionMeta | undefined>;
  /**
   * One doc's state in a version, as Yjs updates to apply in this order to a fresh doc (its
   * base's whole state, then what changed since; or only the whole state); undefined for an
   * unknown version.
   */
  snapshot(boardId: string, versionId: string, doc: BoardDoc): Promise<Uint8Array[] | undefined>;
  /** The board's newest base of that doc, the one a new version may be made on. */
  latestBase(boardId: string, doc: BoardDoc): Promise<VersionBaseInfo | undefined>;
  /** Stores a version (and the bases it starts) durably, at once; its id must be new. */
  create(boardId: string, version: StoredVersion): Promise<void>;
  /**
   * Deletes these versions of the board (ids it does not have are ignored), and the bases no
   * version is made on any more, but for each doc's newest; resolves with how many versions went.
   */
  delete(boardId: string, versionIds: readonly string[]): Promise<number>;
}
