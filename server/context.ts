import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { BoardAccess } from './auth/access';
import { loadOrCreateSecret } from './auth/secret';
import type { ServerConfig } from './config';
import { BoardRegistry } from './storage/boardRegistry';
import { openServerDatabase, type SqliteDatabase } from './storage/database';
import type { DocStorage } from './storage/docStorage';
import { SqliteDocStorage } from './storage/sqliteDocStorage';
import { Rooms } from './sync/rooms';
import { createProvider } from './ai/providers';
import type { SuggestionProvider } from './ai/provider';

/** The server's long-lived parts, built once and shared by the HTTP routes and sync. */
export interface ServerContext {
  config: ServerConfig;
  storage: DocStorage;
  registry: BoardRegistry;
  access: BoardAccess;
  rooms: Rooms;
  /** Image files, named by their SHA-256. */
  assetsDir: string;
  /** Where suggestions come from: the offline engine or an OpenAI-compatible server. */
  ai: SuggestionProvider;
  /** Flushes and closes storage; call after the rooms are unloaded. */
  close(): void;
}

const log = { warn: (message: string) => console.warn(message) };

export function createServerContext(config: ServerConfig): ServerContext {
  mkdirSync(config.dataDir, { recursive: true });
  const assetsDir = path.join(config.dataDir, 'assets');
  mkdirSync(assetsDir, { recursive: true });
  const db: SqliteDatabase = openServerDatabase(config.dataDir);
  const storage = new SqliteDocStorage(db);
  const registry = new BoardRegistry(db);
  const access = new BoardAccess(loadOrCreateSecret(config.dataDir, config.secret), registry);
  const rooms = new Rooms(
    storage,
    {
      graceMs: config.roomGraceMs,
      maxDocBytes: config.maxDocBytes,
      maxLogUpdates: config.maxLogUpdates,
      maxAwarenessBytes: config.maxAwarenessBytes,
      awarenessPerSecond: config.awarenessPerSecond,
    },
    log,
  );
  const ai = createProvider(config.ai);
  return { config, storage, registry, access, rooms, assetsDir, ai, close: () => db.close() };
}
