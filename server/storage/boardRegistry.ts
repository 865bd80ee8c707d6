import type { BoardRole } from '../../src/model';

export interface AssetRecord {
  type: string;
  size: number;
}

/**
 * Which boards exist, which links were revoked, which assets belong to a board. Asynchronous
 * like DocStorage: SQLite answers at once, PostgreSQL over the network.
 */
export interface BoardRegistry {
  /** Registers a board id; false when it was taken. */
  addBoard(id: string, now?: number): Promise<boolean>;
  hasBoard(id: string): Promise<boolean>;
  /** Tokens of this role issued at or before the returned time are refused (-1: never revoked). */
  revokedAt(boardId: string, role: BoardRole): Promise<number>;
  revoke(boardId: string, role: BoardRole, at: number): Promise<void>;
  /** Links an asset to a board; false when the board already had it. */
  addAsset(boardId: string, assetId: string, record: AssetRecord): Promise<boolean>;
  getAsset(boardId: string, assetId: string): Promise<AssetRecord | undefined>;
  /** The bytes of every asset linked to a board (its asset quota counts these). */
  assetBytes(boardId: string): Promise<number>;
}
