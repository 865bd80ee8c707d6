import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_MAX_AUDIO_BYTES } from '../src/model/assetTypes';
import { parseTrustedProxies } from './http/clientAddress';

/** Everything the server needs to know about where it runs, read once at start. */
export interface ServerConfig {
  host: string;
  /** 0 asks the OS for any free port (tests use this). */
  port: number;
  /** Absolute path; created on start if missing. */
  dataDir: string;
  /** Absolute path of the built client (Vite's output). */
  clientDir: string;
  /** Signs share tokens; when unset one is generated once into `dataDir/secret`. */
  secret?: string;
  /** When set, creating a board needs `Authorization: Bearer <it>`. */
  adminToken?: string;
  /** Origin used in share links; when unset, the origin the request came to. */
  publicUrl?: string;
  /**
   * Reverse proxies (their addresses) whose X-Forwarded-For is believed, so per-address
   * limits count clients rather than the proxy (BEATBOARD_TRUSTED_PROXIES; empty by default).
   */
  trustedProxies: ReadonlySet<string>;
  /** Largest websocket frame accepted; larger ones close that connection. */
  maxFrameBytes: number;
  /** Largest a room's document may grow to (its stored state plus update log); see Room. */
  maxDocBytes: number;
  /** How long an empty room stays loaded, so a reload does not reload it from storage. */
  roomGraceMs: number;
  /** Boards one client address may create per minute. */
  createLimitPerMinute: number;
  /** Websockets open at once from one client address; more are closed with 4429. */
  maxSocketsPerAddress: number;
  /** Websockets open at once with one share link (token id); more are closed with 4429. */
  maxSocketsPerToken: number;
  /** Bytes the server queues for one socket, beyond its largest frame, before it drops a reader that does not keep up. */
  maxOutgoingBytes: number;
  /** Updates a room's stored log may hold before the room folds it, even while writes go on. */
  maxLogUpdates: number;
  /** Total bytes of the images and sounds one board may store; an upload past it is refused (413). */
  maxBoardAssetBytes: number;
  /** Largest sound file (soundtrack, clip) the server stores; a larger one is refused (413). */
  maxAudioBytes: number;
  /** Largest JSON body an API route reads (creating a board, asking for suggestions). */
  maxJsonBytes: number;
  /** Largest awareness (presence) update a socket may send; larger ones are dropped. */
  maxAwarenessBytes: number;
  /** Awareness updates one socket may send per second; extra ones are merged into the next. */
  awarenessPerSecond: number;
  /** A board with no version yet gets its `publish` version once its docs were quiet this long. */
  versionQuietMs: number;
  /** How often changed boards are checked for an `hourly` version. */
  versionCheckMs: number;
  /** Named versions one board may keep; more are refused (409) until the owner deletes some. */
  maxNamedVersions: number;
  /** Node's timeouts for HTTP connections, in milliseconds. */
  http: HttpTimeouts;
  ai: AiConfig;
  /**
   * Scale-out mode (docs/deploy.md): boards in PostgreSQL, rooms relayed between server
   * processes through Redis. Unset, the server runs embedded (SQLite under `dataDir`).
   */
  scaleOut?: ScaleOutConfig;
}

export interface ScaleOutConfig {
  /** `postgres://…` (BEATBOARD_DATABASE_URL). */
  databaseUrl: string;
  /** `redis://…` (BEATBOARD_REDIS_URL). */
  redisUrl: string;
}

/** How long the Node server waits on a connection (docs/server-api.md "Limits"). */
export interface HttpTimeouts {
  /** An idle keep-alive connection is closed after this long. */
  keepAliveMs: number;
  /** A request whose headers are not all in by then is dropped (slow clients, slowloris). */
  headersMs: number;
  /** A request not wholly received by then is cut. */
  requestMs: number;
}

/** The suggestion adapter's settings (DESIGN.md "LLM settings"). The key stays here. */
export interface AiConfig {
  provider: 'offline' | 'openai';
  baseUrl?: string;
  apiKey?: string;
  /** Model name sent to the OpenAI-compatible server. */
  model: string;
  /** Requests one token may make per minute. */
  requestsPerMinute: number;
  /** Requests running at once on one board. */
  concurrentPerBoard: number;
  maxShots: number;
  maxAlternatives: number;
  /** An upstream call that has not finished by then is abandoned. */
  timeoutMs: number;
}

/** The limits a server gets when the environment says nothing (docs/server-api.md). */
export const DEFAULT_LIMITS = {
  maxFrameBytes: 8 * 1024 * 1024,
  maxDocBytes: 256 * 1024 * 1024,
  roomGraceMs: 2000,
  createLimitPerMinute: 30,
  maxSocketsPerAddress: 200,
  // Well above the per-address cap, so that no one address can fill a shared link by itself
  // and lock everyone else out of it: a link reaches its cap only with sockets from several
  // addresses (or from a proxy whose per-address cap was raised).
  maxSocketsPerToken: 1000,
  // Four frames' worth: room for bursts of edits to a reader on a slow link, and a bound on
  // what a reader that stopped reading costs (its large first sync is counted apart).
  maxOutgoingBytes: 32 * 1024 * 1024,
  maxLogUpdates: 10_000,
  maxBoardAssetBytes: 200 * 1024 * 1024,
  maxAudioBytes: DEFAULT_MAX_AUDIO_BYTES,
  maxJsonBytes: 64 * 1024,
  maxAwarenessBytes: 16 * 1024,
  awarenessPerSecond: 30,
  versionQuietMs: 2000,
  versionCheckMs: 60_000,
  maxNamedVersions: 100,
  http: { keepAliveMs: 5_000, headersMs: 10_000, requestMs: 5 * 60_000 },
} as const;

export const DEFAULT_AI: AiConfig = {
  provider: 'offline',
  model: 'gpt-4o-mini',
  requestsPerMinute: 20,
  concurrentPerBoard: 2,
  maxShots: 20,
  maxAlternatives: 5,
  timeoutMs: 60_000,
};

/**
 * The project root: the nearest folder above this file with a package.json, so the server works
 * from any working directory, whether this is server/config.ts or part of the compiled bundle
 * (dist-server/main.mjs, or one of its chunks a level further down).
 */
function findProjectRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (let dir = here; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(here, '..');
  }
}
const projectRoot = findProjectRoot();

export const DEFAULT_CLIENT_DIR = path.join(projectRoot, 'dist');

// Blank variables count as unset: `PORT= npm start` should mean "the default", not port 0.
const optional = <T>(schema: z.ZodType<T, string>) =>
  z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    schema.optional(),
  );

const port = z
  .string()
  .trim()
  .regex(/^\d+$/, 'must be a whole number from 0 to 65535')
  .transform(Number)
  .pipe(z.number().max(65535, 'must be a whole number from 0 to 65535'));

const count = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `must be a whole number (${name})`)
    .transform(Number);

const envSchema = z.object({
  HOST: optional(z.string().trim()).default('127.0.0.1'),
  PORT: optional(z.string()).default('8080').pipe(port),
  DATA_DIR: optional(z.string()).default('./data'),
  // Lets tests and unusual deployments serve a client built elsewhere.
  BEATBOARD_CLIENT_DIR: optional(z.string()),
  BEATBOARD_SECRET: optional(z.string().min(16, 'must be at least 16 characters')),
  BEATBOARD_ADMIN_TOKEN: optional(z.string()),
  BEATBOARD_PUBLIC_URL: optional(z.url('must be a URL such as https://boards.example.com')),
  BEATBOARD_TRUSTED_PROXIES: optional(z.string()),
  BEATBOARD_DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/, error: 'must be a URL such as postgres://user:password@db:5432/beatboard' })),
  BEATBOARD_REDIS_URL: optional(z.url({ protocol: /^rediss?$/, error: 'must be a URL such as redis://cache:6379' })),
  BEATBOARD_MAX_FRAME_BYTES: optional(count('bytes')),
  BEATBOARD_MAX_DOC_BYTES: optional(count('bytes')),
  BEATBOARD_ROOM_GRACE_MS: optional(count('milliseconds')),
  BEATBOARD_CREATE_LIMIT: optional(count('boards per minute')),
  BEATBOARD_MAX_SOCKETS_PER_ADDRESS: optional(count('sockets')),
  BEATBOARD_MAX_SOCKETS_PER_TOKEN: optional(count('sockets')),
  BEATBOARD_MAX_OUTGOING_BYTES: optional(count('bytes')),
  BEATBOARD_MAX_LOG_UPDATES: optional(count('updates')),
  BEATBOARD_MAX_BOARD_ASSET_BYTES: optional(count('bytes')),
  BEATBOARD_MAX_AUDIO_BYTES: optional(count('bytes')),
  BEATBOARD_MAX_JSON_BYTES: optional(count('bytes')),
  BEATBOARD_MAX_AWARENESS_BYTES: optional(count('bytes')),
  BEATBOARD_AWARENESS_PER_SECOND: optional(count('updates per second')),
  BEATBOARD_VERSION_QUIET_MS: optional(count('milliseconds')),
  BEATBOARD_VERSION_CHECK_MS: optional(count('milliseconds')),
  BEATBOARD_MAX_NAMED_VERSIONS: optional(count('versions')),
  BEATBOARD_KEEP_ALIVE_TIMEOUT_MS: optional(count('milliseconds')),
  BEATBOARD_HEADERS_TIMEOUT_MS: optional(count('milliseconds')),
  BEATBOARD_REQUEST_TIMEOUT_MS: optional(count('milliseconds')),
  OPENAI_BASE_URL: optional(z.url('must be a URL such as http://127.0.0.1:11434/v1')),
  OPENAI_API_KEY: optional(z.string()),
  BEATBOARD_AI_MODEL: optional(z.string()),
  BEATBOARD_AI_PROVIDER: optional(z.enum(['offline', 'openai'], 'must be offline or openai')),
  BEATBOARD_AI_RATE_PER_MINUTE: optional(count('requests per minute')),
  BEATBOARD_AI_CONCURRENCY: optional(count('requests per board')),
  BEATBOARD_AI_MAX_SHOTS: optional(count('shots')),
  BEATBOARD_AI_MAX_ALTERNATIVES: optional(count('alternatives')),
  BEATBOARD_AI_TIMEOUT_MS: optional(count('milliseconds')),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the server settings from environment variables. Relative directories are taken
 * from `cwd`, the way a user reading `DATA_DIR=./data` would expect.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  cwd: string = process.cwd(),
): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid server settings:\n${lines.join('\n')}`);
  }
  const data = parsed.data;
  // One without the other would run several processes with rooms that never hear each other.
  if (Boolean(data.BEATBOARD_DATABASE_URL) !== Boolean(data.BEATBOARD_REDIS_URL)) {
    throw new ConfigError(
      'Invalid server settings:\n  Scale-out mode needs both BEATBOARD_DATABASE_URL (PostgreSQL) and BEATBOARD_REDIS_URL (Redis); ' +
        'leave both unset to run embedded.',
    );
  }
  return {
    host: data.HOST,
    port: data.PORT,
    dataDir: path.resolve(cwd, data.DATA_DIR),
    clientDir: data.BEATBOARD_CLIENT_DIR ? path.resolve(cwd, data.BEATBOARD_CLIENT_DIR) : DEFAULT_CLIENT_DIR,
    secret: data.BEATBOARD_SECRET,
    adminToken: data.BEATBOARD_ADMIN_TOKEN,
    publicUrl: data.BEATBOARD_PUBLIC_URL?.replace(/\/+$/, ''),
    trustedProxies: parseTrustedProxies(data.BEATBOARD_TRUSTED_PROXIES),
    maxFrameBytes: data.BEATBOARD_MAX_FRAME_BYTES ?? DEFAULT_LIMITS.maxFrameBytes,
    maxDocBytes: data.BEATBOARD_MAX_DOC_BYTES ?? DEFAULT_LIMITS.maxDocBytes,
    roomGraceMs: data.BEATBOARD_ROOM_GRACE_MS ?? DEFAULT_LIMITS.roomGraceMs,
    createLimitPerMinute: data.BEATBOARD_CREATE_LIMIT ?? DEFAULT_LIMITS.createLimitPerMinute,
    maxSocketsPerAddress: data.BEATBOARD_MAX_SOCKETS_PER_ADDRESS ?? DEFAULT_LIMITS.maxSocketsPerAddress,
    maxSocketsPerToken: data.BEATBOARD_MAX_SOCKETS_PER_TOKEN ?? DEFAULT_LIMITS.maxSocketsPerToken,
    maxOutgoingBytes: data.BEATBOARD_MAX_OUTGOING_BYTES ?? DEFAULT_LIMITS.maxOutgoingBytes,
    // A log of one update would fold on every write; two is the least that means anything.
    maxLogUpdates: Math.max(2, data.BEATBOARD_MAX_LOG_UPDATES ?? DEFAULT_LIMITS.maxLogUpdates),
    maxBoardAssetBytes: data.BEATBOARD_MAX_BOARD_ASSET_BYTES ?? DEFAULT_LIMITS.maxBoardAssetBytes,
    maxAudioBytes: data.BEATBOARD_MAX_AUDIO_BYTES ?? DEFAULT_LIMITS.maxAudioBytes,
    maxJsonBytes: data.BEATBOARD_MAX_JSON_BYTES ?? DEFAULT_LIMITS.maxJsonBytes,
    maxAwarenessBytes: data.BEATBOARD_MAX_AWARENESS_BYTES ?? DEFAULT_LIMITS.maxAwarenessBytes,
    awarenessPerSecond: Math.max(1, data.BEATBOARD_AWARENESS_PER_SECOND ?? DEFAULT_LIMITS.awarenessPerSecond),
    versionQuietMs: data.BEATBOARD_VERSION_QUIET_MS ?? DEFAULT_LIMITS.versionQuietMs,
    // A timer of 0 ms would spin; a few milliseconds is the least that means anything.
    versionCheckMs: Math.max(10, data.BEATBOARD_VERSION_CHECK_MS ?? DEFAULT_LIMITS.versionCheckMs),
    maxNamedVersions: data.BEATBOARD_MAX_NAMED_VERSIONS ?? DEFAULT_LIMITS.maxNamedVersions,
    http: {
      keepAliveMs: data.BEATBOARD_KEEP_ALIVE_TIMEOUT_MS ?? DEFAULT_LIMITS.http.keepAliveMs,
      headersMs: data.BEATBOARD_HEADERS_TIMEOUT_MS ?? DEFAULT_LIMITS.http.headersMs,
      requestMs: data.BEATBOARD_REQUEST_TIMEOUT_MS ?? DEFAULT_LIMITS.http.requestMs,
    },
    ai: {
      // Default per DESIGN.md: openai as soon as a server or key is given, else offline.
      provider: data.BEATBOARD_AI_PROVIDER ?? (data.OPENAI_BASE_URL || data.OPENAI_API_KEY ? 'openai' : 'offline'),
      baseUrl: data.OPENAI_BASE_URL,
      apiKey: data.OPENAI_API_KEY,
      model: data.BEATBOARD_AI_MODEL ?? DEFAULT_AI.model,
      requestsPerMinute: data.BEATBOARD_AI_RATE_PER_MINUTE ?? DEFAULT_AI.requestsPerMinute,
      concurrentPerBoard: data.BEATBOARD_AI_CONCURRENCY ?? DEFAULT_AI.concurrentPerBoard,
      maxShots: data.BEATBOARD_AI_MAX_SHOTS ?? DEFAULT_AI.maxShots,
      maxAlternatives: data.BEATBOARD_AI_MAX_ALTERNATIVES ?? DEFAULT_AI.maxAlternatives,
      timeoutMs: data.BEATBOARD_AI_TIMEOUT_MS ?? DEFAULT_AI.timeoutMs,
    },
    scaleOut:
      data.BEATBOARD_DATABASE_URL && data.BEATBOARD_REDIS_URL
        ? { databaseUrl: data.BEATBOARD_DATABASE_URL, redisUrl: data.BEATBOARD_REDIS_URL }
        : undefined,
  };
}
