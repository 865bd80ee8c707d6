import type { AssetStore } from '../assetStore';
import { bytesOf, toBuffer } from './pgBytes';
import type { PgDatabase } from './pgDatabase';

/**
 * Asset bytes in PostgreSQL (table asset_blobs), so every server process reads what any of
 * them stored. One row is written in one statement: a reader never sees half of it.
 */
export class PgAssetStore implements AssetStore {
  constructor(private readonly db: PgDatabase) {}

  async write(assetId: string, bytes: Uint8Array): Promise<void> {
    // Content-addressed: the same id always holds the same bytes, so a second write is a no-op.
    await this.db.query('INSERT INTO asset_blobs (id, bytes) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [
      assetId,
      toBuffer(bytes),
    ]);
  }

  async read(assetId: string): Promise<Uint8Array | undefined> {
    const { rows } = await this.db.query<{ bytes: Buffer }>('SELECT bytes FROM asset_blobs WHERE id = $1', [assetId]);
    return rows[0] && bytesOf(rows[0].bytes);
  }
}
