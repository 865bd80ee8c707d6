import { mkdirSync } from 'node:fs';
import { BoardAccess } from './auth/access';
import type { ServerConfig } from './config';
import type { AssetStore } from './storage/assetStore';
import type { BoardRegistry } from './storage/boardRegistry';
import type { DocStorage } from './storage/docStorage';
import { notifyingAppends } from './storage/notifyingDocStorage';
import { openStores } from './storage/stores';
import type { VersionStorage } from './storage/versionStorage';
import { Rooms } from './sync/rooms';
import type { SharedLimits } from './http/rateLimit';
import type { RoomRelay } from './sync/relay/relay';
import { shareRevocations } from './sync/relay/revocations';
import { openSharedState } from './sync/relay/scaleOut';
import { AutoVersions } from './versions/autoVersions';
import { BoardVersions } from './versions/boardVersions';
import { ChangeLog } from './versions/changeLog';
import { createProvider } from './ai/providers';
import type { SuggestionProvider } from './ai/provider';

/** The server's long-lived parts, built once and shared by the HTTP routes and sync. */
export interface ServerContext {
  config: ServerConfig;
  storage: DocStorage;
  registry: BoardRegistry;
  access: BoardAccess;
  rooms: Rooms;
  /** Asset bytes (images and sounds), named by their SHA-256. */
  assets: AssetStore;
  /** Where suggestions come from: the offline engine or an OpenAI-compatible server. */
  ai: SuggestionProvider;
  /** Saved versions of boards (metas and snapshots). */
  versionStorage: VersionStorage;
  /** Makes and deletes versions. */
  versions: BoardVersions;
  /** The versions the server makes on its own; stop it after the rooms are unloaded. */
  autoVersions: AutoVersions;
  /** Carries room updates, awareness and revocations to the other server processes (scale-out; else a no-op). */
  relay: RoomRelay;
  /** Rate and concurrency limits, shared by all server processes in scale-out mode. */
  limits: SharedLimits;
  /** The time, in ms since the epoch, for everything versions record and compare; tests set it. */
  now(): number;
  /** Null when the stores and the relay answer within a second, else what does not (for /healthz). */
  unhealthy(): Promise<string | null>;
  /** Flushes and closes storage; call after the rooms are unloaded and autoVersions stopped. */
  close(): Promise<void>;
}

export interface ContextOptions {
  /** The clock versions use (default Date.now), so tests can move time. */
  now?: () => number;
}

/** An automatic version once a changed board's latest version is this old. */
const HOURLY_VERSION_MS = 60 * 60 * 1000;

const log = { warn: (message: string) => console.warn(message) };

export async function createServerContext(config: ServerConfig, options: ContextOptions = {}): Promise<ServerContext> {
  const now = options.now ?? Date.now;
  mkdirSync(config.dataDir, { recursive: true });
  const stores = await openStores(config);
  const { docs: storage, registry, versions: versionStorage, assets } = stores;
  const access = new BoardAccess(await stores.loadSecret(config.secret), registry);
  const changes = new ChangeLog();
  const { relay, limits } = await openSharedState(config, log);
  await untilAnswering(relay, log);
  const stopSharingRevocations = shareRevocations(access, relay);
  // Rooms and versions refer to each other: rooms tell versions of changes and unloads,
  // versions read loaded rooms. Hence the late binding through these two closures.
  let autoVersions: AutoVersions | undefined;
  let rooms: Rooms | undefined;
  const versions = new BoardVersions({
    versions: versionStorage, docs: storage, changes, now, log, loadedRoom: (name) => rooms?.get(name),
  });
  rooms = new Rooms(
    notifyingAppends(storage, (room) => autoVersions?.changed(room)),
    {
      graceMs: config.roomGraceMs,
      maxDocBytes: config.maxDocBytes,
      maxLogUpdates: config.maxLogUpdates,
      maxAwarenessBytes: config.maxAwarenessBytes,
      awarenessPerSecond: config.awarenessPerSecond,
    },
    log,
    { beforeUnload: (room) => autoVersions?.beforeUnload(room) ?? Promise.resolve() },
    relay,
  );
  autoVersions = new AutoVersions(
    versions,
    versionStorage,
    changes,
    { quietMs: config.versionQuietMs, checkEveryMs: config.versionCheckMs, everyMs: HOURLY_VERSION_MS },
    now,
    log,
  );
  autoVersions.start();
  const ai = await createProvider(config.ai);
  return {
    config, storage, registry, access, rooms, assets, ai, versionStorage, versions, autoVersions, now, relay, limits,
    unhealthy: async () => {
      const [store, relayed] = await Promise.allSettled([withinASecond(stores.ping()), withinASecond(relay.ping())]);
      const problems = [
        store.status === 'rejected' || !storage.isHealthy() ? `${config.scaleOut ? 'PostgreSQL' : 'The storage'} does not answer.` : '',
        relayed.status === 'rejected' ? 'Redis does not answer.' : '',
      ].filter(Boolean);
      return problems.length > 0 ? problems.join(' ') : null;
    },
    close: async () => {
      stopSharingRevocations();
      await relay.close();
      await stores.close();
    },
  };
}

/** A health check that hangs is as bad as one that fails, and the balancer is waiting. */
function withinASecond(check: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer within a second')), 1000).unref();
  });
  return Promise.race([check, late]).finally(() => clearTimeout(timer));
}

/** How long a starting server waits for Redis before it listens anyway (reporting 503 on /healthz). */
const RELAY_START_WAIT_MS = 5000;

/**
 * Waits until the relay answers, so a new process neither lets requests past the shared rate
 * limits (which let requests through while Redis is away) nor misses its rooms' first
 * messages. A Redis that stays down does not keep the server from starting: editing works on
 * one process without it, and the rooms catch up once it is back.
 */
async function untilAnswering(relay: RoomRelay, logTo: typeof log): Promise<void> {
  const deadline = Date.now() + RELAY_START_WAIT_MS;
  for (;;) {
    try {
      return await withinASecond(relay.ping());
    } catch (error) {
      if (Date.now() >= deadline) {
        logTo.warn(`Redis does not answer yet (${error instanceof Error ? error.message : String(error)}); starting without it`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
