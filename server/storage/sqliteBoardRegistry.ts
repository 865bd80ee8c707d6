import type { BoardRole } from '../../src/model';
import type { AssetRecord, BoardRegistry } from './boardRegistry';
import type { SqliteDatabase } from './database';

/** The board registry in the embedded SQLite database. */
export class SqliteBoardRegistry implements BoardRegistry {
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

  async addBoard(id: string, now = Date.now()): Promise<boolean> {
    return this.statements.insertBoard.run(id, now).changes === 1;
  }

  async hasBoard(id: string): Promise<boolean> {
    return this.statements.hasBoard.get(id) !== undefined;
  }

  async revokedAt(boardId: string, role: BoardRole): Promise<number> {
    return (this.statements.revokedAt.get(boardId, role) as number | undefined) ?? -1;
  }

  async revoke(boardId: string, role: BoardRole, at: number): Promise<void> {
    this.statements.revoke.run(boardId, role, at);
  }

  async addAsset(boardId: string, assetId: string, record: AssetRecord): Promise<boolean> {
    return this.statements.insertAsset.run(boardId, assetId, record.type, record.size, Date.now()).changes === 1;
  }

  async getAsset(boardId: string, assetId: string): Promise<AssetRecord | undefined> {
    return this.statements.getAsset.get(boardId, assetId) as AssetRecord | undefined;
  }

  async assetBytes(boardId: string): Promise<number> {
    return this.statements.assetBytes.get(boardId) as number;
  }
}
