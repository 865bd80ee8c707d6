import type { BoardRole } from '../../../src/model';
import type { AssetRecord, BoardRegistry } from '../boardRegistry';
import type { PgDatabase } from './pgDatabase';

/** The board registry in PostgreSQL (tables boards, revocations and board_assets). */
export class PgBoardRegistry implements BoardRegistry {
  constructor(private readonly db: PgDatabase) {}

  async addBoard(id: string, now = Date.now()): Promise<boolean> {
    // ON CONFLICT DO NOTHING: of two processes taking the same id at once, one gets it.
    const result = await this.db.query('INSERT INTO boards (id, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING', [id, now]);
    return result.rowCount === 1;
  }

  async hasBoard(id: string): Promise<boolean> {
    return (await this.db.query('SELECT 1 FROM boards WHERE id = $1', [id])).rowCount === 1;
  }

  async revokedAt(boardId: string, role: BoardRole): Promise<number> {
    const { rows } = await this.db.query<{ revoked_at: number }>(
      'SELECT revoked_at FROM revocations WHERE board_id = $1 AND role = $2',
      [boardId, role],
    );
    return rows[0]?.revoked_at ?? -1;
  }

  async revoke(boardId: string, role: BoardRole, at: number): Promise<void> {
    await this.db.query(
      `INSERT INTO revocations (board_id, role, revoked_at) VALUES ($1, $2, $3)
       ON CONFLICT (board_id, role) DO UPDATE SET revoked_at = excluded.revoked_at`,
      [boardId, role, at],
    );
  }

  async addAsset(boardId: string, assetId: string, record: AssetRecord): Promise<boolean> {
    const result = await this.db.query(
      `INSERT INTO board_assets (board_id, asset_id, type, size, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING`,
      [boardId, assetId, record.type, record.size, Date.now()],
    );
    return result.rowCount === 1;
  }

  async getAsset(boardId: string, assetId: string): Promise<AssetRecord | undefined> {
    const { rows } = await this.db.query<AssetRecord>(
      'SELECT type, size FROM board_assets WHERE board_id = $1 AND asset_id = $2',
      [boardId, assetId],
    );
    return rows[0];
  }

  async assetBytes(boardId: string): Promise<number> {
    // SUM of bigint is numeric (a string in pg); as bigint it reads as a number.
    const { rows } = await this.db.query<{ total: number }>(
      'SELECT COALESCE(SUM(size), 0)::bigint AS total FROM board_assets WHERE board_id = $1',
      [boardId],
    );
    return rows[0]!.total;
  }
}
