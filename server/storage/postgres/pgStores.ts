import type { ServerStores } from '../stores';
import { PgAssetStore } from './pgAssetStore';
import { PgBoardRegistry } from './pgBoardRegistry';
import { openPgDatabase, type PgOptions } from './pgDatabase';
import { PgDocStorage } from './pgDocStorage';
import { loadPgSecret } from './pgSecret';
import { PgVersionStorage } from './pgVersionStorage';

/** Every store in one PostgreSQL database (scale-out mode), its schema brought up to date first. */
export async function openPgStores(url: string, options: PgOptions = {}): Promise<ServerStores> {
  const db = await openPgDatabase(url, options);
  const docs = new PgDocStorage(db);
  return {
    docs,
    registry: new PgBoardRegistry(db),
    versions: new PgVersionStorage(db),
    assets: new PgAssetStore(db),
    loadSecret: (configured) => loadPgSecret(db, configured),
    ping: () => db.ping(),
    close: async () => {
      // Appends handed over are written (or fail) before the pool goes.
      await docs.flush();
      await db.close();
    },
  };
}
