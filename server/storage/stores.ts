import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { loadOrCreateSecret } from '../auth/secret';
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
  /**
   * The key that signs share tokens: `configured` when set, else one generated once and kept
   * where every process using these stores finds it (DATA_DIR/secret, or PostgreSQL).
   */
  loadSecret(configured: string | undefined): Promise<string>;
  /** Resolves when the stores answer, rejects when they do not (for /healthz). */
  ping(): Promise<void>;
  /** Flushes and closes; call after the rooms are unloaded. */
  close(): Promise<void>;
}

/** Opens the stores the configuration names (creating or upgrading their schema). */
export async function openStores(config: ServerConfig): Promise<ServerStores> {
  if (!config.scaleOut) return openEmbeddedStores(config.dataDir);
  // Loaded only in scale-out mode: the PostgreSQL client would add to every embedded
  // server's memory for nothing (the bundle keeps this import as a chunk of its own).
  const { openPgStores } = await import('./postgres/pgStores');
  return openPgStores(config.scaleOut.databaseUrl);
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
    loadSecret: async (configured) => loadOrCreateSecret(dataDir, configured),
    ping: async () => {},
    close: async () => {
      db.close();
    },
  };
}
