import type { BoardRole } from '../../src/model';
import type { SqliteDatabase } from './database';

export interface AssetRecord {
  type: string;
  size: number;
}

/** Which boards exist, which links were revoked, which images belong to a board. */
export class BoardRegistry {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      insertBoard: db.prepare('INSERT OR IGNORE INTO boards (id, created_at) VALUES (?, ?)'),
      hasBoard: db.prepare('SELECT 1 FROM boards WHERE id = ?').pluck(),
      revokedAt: db.prepare('SELECT revoked_at FROM revocations WHERE board_id = ? AND role = ?').pluck(),
      revoke: db.prepare(
        `INSERT INTO revocations (board_id, role, revoked_at) VALUES (?, ?, ?)
         ON CONFLICT (board_id, role) DO UPDATE SET revoked_at = excluded.revoked_at`,
      ),
      insertAsset: db.prepare(
        'INSERT OR IGNORE INTO board_assets (board_id, asset_id, type, size, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      getAsset: db.prepare('SELECT type, size FROM board_assets WHERE board_id = ? AND asset_id = ?'),
      assetBytes: db.prepare('SELECT COALESCE(SUM(size), 0) FROM board_assets WHERE board_id = ?').pluck(),
    };
  }

  /** Registers a board id; false when it was taken. */
  addBoard(id: string, now = Date.now()): boolean {
    return this.statements.insertBoard.run(id, now).changes === 1;
  }

  hasBoard(id: string): boolean {
    return this.statements.hasBoard.get(id) !== undefined;
  }

  /** Tokens of this role issued at or before the returned time are refused. */
  revokedAt(boardId: string, role: BoardRole): number {
    return (this.statements.revokedAt.get(boardId, role) as number | undefined) ?? -1;
  }

  revoke(boardId: string, role: BoardRole, at: number): void {
    this.statements.revoke.run(boardId, role, at);
  }

  /** Links an image to a board; false when the board already had it. */
  addAsset(boardId: string, assetId: string, record: AssetRecord): boolean {
    return this.statements.insertAsset.run(boardId, assetId, record.type, record.size, Date.now()).changes === 1;
  }

  getAsset(boardId: string, assetId: string): AssetRecord | undefined {
    return this.statements.getAsset.get(boardId, assetId) as AssetRecord | undefined;
  }

  /** The bytes of every image linked to a board (its asset quota counts these). */
  assetBytes(boardId: string): number {
    return this.statements.assetBytes.get(boardId) as number;
  }
}
