import pg from 'pg';
import { MIGRATIONS } from './pgSchema';

export type PgClient = pg.PoolClient;

export interface PgOptions {
  /** Giving up on a new connection after this long (ms), so a dead server fails a request fast. */
  connectionTimeoutMs?: number;
  /** The server cancels a statement running longer than this (ms); the client gives up a little later. */
  statementTimeoutMs?: number;
  /** Connections this process keeps at most. */
  maxConnections?: number;
}

const DEFAULTS: Required<PgOptions> = { connectionTimeoutMs: 2000, statementTimeoutMs: 10_000, maxConnections: 10 };

/** int8 (bigint, bigserial, counts) as a number: times in ms, sizes and sequence numbers stay far below 2^53. */
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary' ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * The server's PostgreSQL connection pool, and whether the database answered last time: a
 * query that failed because the server could not be reached marks it unhealthy until one
 * succeeds again (for /healthz and DocStorage.isHealthy).
 */
export class PgDatabase {
  readonly pool: pg.Pool;
  private healthy = true;

  constructor(url: string, options: PgOptions = {}) {
    const settings = { ...DEFAULTS, ...options };
    this.pool = new pg.Pool({
      connectionString: url,
      max: settings.maxConnections,
      connectionTimeoutMillis: settings.connectionTimeoutMs,
      // The server cancels a slow statement itself (the connection stays usable); the client's
      // own timeout, a little longer, covers a server that stopped answering at all.
      statement_timeout: settings.statementTimeoutMs,
      query_timeout: settings.statementTimeoutMs + 2000,
      // A process that hangs inside a transaction must not hold its locks for ever.
      idle_in_transaction_session_timeout: settings.statementTimeoutMs * 3,
      keepAlive: true,
      types,
    });
    // An idle connection the server closed (restart, failover) is reported here; without a
    // listener that event would crash the process. The pool drops it and connects anew.
    this.pool.on('error', (error) => this.noteFailure(error));
  }

  /** One statement on any pooled connection (a single statement is a transaction of its own). */
  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>> {
    try {
      const result = await this.pool.query<R>(text, values);
      this.healthy = true;
      return result;
    } catch (error) {
      this.noteFailure(error);
      throw error;
    }
  }

  /** Runs `work` in one transaction on one connection; commits when it resolves, rolls back when it throws. */
  async transaction<T>(work: (client: PgClient) => Promise<T>): Promise<T> {
    let client: PgClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      this.noteFailure(error);
      throw error;
    }
    let discard = false;
    // A checked-out connection that breaks between two statements reports it as an 'error'
    // event, which would crash the process unheard; the next statement fails anyway.
    const onBroken = (error: Error) => {
      discard = true;
      this.noteFailure(error);
    };
    client.on('error', onBroken);
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      this.healthy = true;
      return result;
    } catch (error) {
      this.noteFailure(error);
      // A broken connection is dropped rather than pooled (and not asked to roll back: the
      // server rolls back a transaction whose connection went away).
      if (isConnectionError(error)) discard = true;
      else await client.query('ROLLBACK').catch(() => (discard = true));
      throw error;
    } finally {
      client.off('error', onBroken);
      client.release(discard);
    }
  }

  /** Resolves when the server answers `SELECT 1` within `timeoutMs`, rejects otherwise. */
  async ping(timeoutMs = 1000): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`PostgreSQL did not answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.query('SELECT 1'), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** False after a query failed for want of a connection, until one succeeds. */
  isHealthy(): boolean {
    return this.healthy;
  }

  close(): Promise<void> {
    return this.pool.end();
  }

  private noteFailure(error: unknown): void {
    if (isConnectionError(error)) this.healthy = false;
  }
}

/**
 * Connects to PostgreSQL and brings the schema up to date. Several processes may start at
 * once: the migrations run in one transaction under an advisory lock, so one of them
 * upgrades and the others then find the schema current.
 */
export async function openPgDatabase(url: string, options: PgOptions = {}): Promise<PgDatabase> {
  const db = new PgDatabase(url, options);
  try {
    await migrate(db, url);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}

async function migrate(db: PgDatabase, url: string): Promise<void> {
  await db.transaction(async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtextextended('beatboard:schema', 0))`);
    await client.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const { rows } = await client.query<{ version: number }>('SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations');
    const version = rows[0]!.version;
    if (version > MIGRATIONS.length) {
      throw new Error(
        `The database ${describeUrl(url)} was written by a newer Beatboard (store version ${version}); ` +
          `this one understands up to ${MIGRATIONS.length}. Upgrade Beatboard or use another BEATBOARD_DATABASE_URL.`,
      );
    }
    for (let next = version; next < MIGRATIONS.length; next++) {
      await client.query(MIGRATIONS[next]!);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [next + 1]);
    }
  });
}

/** Host and database of a URL, never its password (it ends up in logs). */
function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN',
  // admin_shutdown, crash_shutdown, cannot_connect_now: the server is stopping or starting.
  '57P01', '57P02', '57P03',
]);

/** Whether the error says the server could not be reached (rather than that a statement was wrong). */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connection error|not queryable|Client was closed/i.test(
    error.message,
  );
}
