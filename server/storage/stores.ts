import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { ServerConfig } from '../config';
import type { AssetStore } from './assetStore';
import type { BoardRegistry } from './boardRegistry';
import { openServerDatabase } from './database';
import type { DocStorage } from './docStorage';
import { FileAssetStore } from './fileAssetStore';
import { SqliteBoardRegistry } from './sqliteBoardRegistry';
import { SqliteDocStorage } from './sqliteDocStorage';
import { SqliteVersionStorage } from './sqliteVersionStorage';
import type { VersionStorage } from './versionStorage';

/**
 * Everything the server keeps: room docs, the board registry, versions and asset bytes.
 * The embedded default keeps them in SQLite and files under the data directory; scale-out
 * mode keeps them in PostgreSQL. Nothing above this layer knows which.
 */
export interface ServerStores {
  docs: DocStorage;
  registry: BoardRegistry;
  versions: VersionStorage;
  assets: AssetStore;
  /** Flushes and closes; call after the rooms are unloaded. */
  close(): Promise<void>;
}

/** Opens the stores the configuration names (creating or upgrading their schema). */
export async function openStores(config: ServerConfig): Promise<ServerStores> {
  return openEmbeddedStores(config.dataDir);
}

/** SQLite at `<dataDir>/beatboard.sqlite` and asset files in `<dataDir>/assets`. */
function openEmbeddedStores(dataDir: string): ServerStores {
  mkdirSync(dataDir, { recursive: true });
  const db = openServerDatabase(dataDir);
  return {
    docs: new SqliteDocStorage(db),
    registry: new SqliteBoardRegistry(db),
    versions: new SqliteVersionStorage(db),
    assets: new FileAssetStore(path.join(dataDir, 'assets')),
    close: async () => {
      db.close();
    },
  };
}
