import type { VersionMeta } from '../../src/model/versions/types';
import type { BoardDoc } from '../sync/boardDocs';

/** A version as stored: its meta and both docs' whole state. */
export interface StoredVersion {
  meta: VersionMeta;
  board: Uint8Array;
  notes: Uint8Array;
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
  /** One doc's state in a version, as one Yjs update; undefined for an unknown version. */
  snapshot(boardId: string, versionId: string, doc: BoardDoc): Promise<Uint8Array | undefined>;
  /** Stores a version durably; its id must be new. */
  create(boardId: string, version: StoredVersion): Promise<void>;
  /** Deletes these versions of the board (ids it does not have are ignored); resolves with how many went. */
  delete(boardId: string, versionIds: readonly string[]): Promise<number>;
}
