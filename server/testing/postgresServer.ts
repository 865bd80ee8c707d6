import { afterAll, beforeAll } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { findPostgresCommand } from '../../e2e/tools/find-browser.mjs';
import { freePort } from '../../e2e/support/free-port';

/** A throwaway PostgreSQL server for tests, on 127.0.0.1 and a free port. */
export interface TestPostgres {
  /** `postgres://…` of the database made for the tests. */
  url: string;
  /** Shuts the server down cleanly (the data stays), as an operator stopping it would. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data (nothing when it runs). */
  start(): Promise<void>;
  /** Kills the server outright (SIGKILL), as a crash would; `start()` recovers it. */
  kill(): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
  /** A new empty database on this server, for a test that wants one of its own. */
  freshDatabase(): Promise<string>;
}

const USER = 'postgres';
const DATABASE = 'beatboard';

/**
 * initdb into a fresh temporary directory and start `postgres` there, in a second or two.
 * fsync is off (a commit reaches the OS but is not flushed to disk): a killed server keeps
 * what it committed, only a machine crash would lose it, which no test needs.
 * PostgreSQL refuses to run as root; as root, the server runs as the `postgres` user.
 */
export async function startPostgres(): Promise<TestPostgres> {
  const commands = { initdb: command('initdb'), postgres: command('postgres') };
  const dir = mkdtempSync(path.join(tmpdir(), 'beatboard-pg-'));
  const dataDir = path.join(dir, 'data');
  const owner = process.getuid?.() === 0 ? systemUser(USER) : undefined;
  if (owner) chownSync(dir, owner.uid, owner.gid);

  const init = spawnSync(
    commands.initdb,
    ['-D', dataDir, '-U', USER, '--auth=trust', '--no-sync', '--encoding=UTF8', '--locale=C', '--no-instructions'],
    { encoding: 'utf8', ...owner },
  );
  if (init.status !== 0) throw new Error(`initdb failed (${init.status}):\n${init.stderr || init.stdout}`);

  const port = await freePort();
  let server: ChildProcess | undefined;
  let output = '';

  const running = () => server !== undefined && server.exitCode === null && server.signalCode === null;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      // Already up: starting again is a no-op (a second postgres on the same data would fail).
      if (running()) return resolve();
      output = '';
      const child = spawn(
        commands.postgres,
        [
          '-D', dataDir, '-p', String(port), '-h', '127.0.0.1', '-k', dir,
          '-c', 'fsync=off', '-c', 'full_page_writes=off',
          '-c', 'max_connections=60', '-c', 'shared_buffers=16MB', '-c', 'log_min_messages=warning',
        ],
        { stdio: ['ignore', 'pipe', 'pipe'], ...owner },
      );
      server = child;
      const onOutput = (chunk: Buffer) => {
        // Keep the tail only: enough to say why it did not start.
        output = (output + chunk.toString()).slice(-4000);
      };
      child.stdout!.on('data', onOutput);
      child.stderr!.on('data', onOutput);
      child.once('exit', (code, signal) => {
        if (server === child) server = undefined;
        reject(new Error(`postgres exited (${code ?? signal}) before it was ready:\n${output}`));
      });
      child.once('error', reject);
      waitUntilReady(port, () => server === child).then(resolve, reject);
    });

  const halt = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      const child = server;
      if (!child || !running()) return resolve();
      child.once('exit', () => resolve());
      // SIGINT is PostgreSQL's "fast shutdown": clients are disconnected, data is kept.
      child.kill(signal);
    });

  await start();
  await withClient(port, 'postgres', (client) => client.query(`CREATE DATABASE ${DATABASE}`));
  let databases = 0;

  return {
    url: urlOf(port, DATABASE),
    stop: () => halt('SIGINT'),
    start,
    async kill() {
      // The server's own processes outlive a killed postmaster for a moment, holding its
      // shared memory; a new one started before they are gone refuses to start.
      const children = server && running() ? childrenOf(server.pid!) : [];
      await halt('SIGKILL');
      await waitUntilGone(children);
    },
    async destroy() {
      await halt('SIGINT');
      rmSync(dir, { recursive: true, force: true });
    },
    async freshDatabase() {
      const name = `${DATABASE}_${++databases}`;
      // FILE_COPY copies the template's files, much faster than logging every page for small databases.
      await withClient(port, 'postgres', (client) => client.query(`CREATE DATABASE ${name} STRATEGY = FILE_COPY`));
      return urlOf(port, name);
    },
  };
}

function command(name: string): string {
  const found = findPostgresCommand(name);
  if (!found) throw new Error(`PostgreSQL's ${name} was not found; install PostgreSQL (Debian: apt-get install postgresql).`);
  return found;
}

function systemUser(name: string): { uid: number; gid: number } {
  const result = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const group = spawnSync('id', ['-g', name], { encoding: 'utf8' });
  if (result.status !== 0 || group.status !== 0) {
    throw new Error(`Running as root, PostgreSQL needs a "${name}" user to run as; there is none.`);
  }
  return { uid: Number(result.stdout.trim()), gid: Number(group.stdout.trim()) };
}

function urlOf(port: number, database: string): string {
  return `postgres://${USER}@127.0.0.1:${port}/${database}`;
}

async function withClient<T>(port: number, database: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlOf(port, database), connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Polls until the server takes connections (it refuses them while it starts or recovers). */
async function waitUntilReady(port: number, running: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (!running()) return; // it exited: the exit handler tells why
    try {
      await withClient(port, 'postgres', (client) => client.query('SELECT 1'));
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

function childrenOf(pid: number): number[] {
  const result = spawnSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' });
  return (result.stdout ?? '').split('\n').filter(Boolean).map(Number);
}

/** Waits (a few seconds at most) until these processes have exited. */
async function waitUntilGone(pids: number[]): Promise<void> {
  const deadline = Date.now() + 5000;
  while (pids.some(isAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

function isAlive(pid: number): boolean {
  try {
    // A zombie has exited; only its parent has not collected it yet.
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * One test PostgreSQL for the whole test file, started before its tests and destroyed after;
 * the returned function gives the running server.
 */
export function usePostgres(): () => TestPostgres {
  let server: TestPostgres | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.destroy();
  });
  return () => {
    if (!server) throw new Error('the test PostgreSQL is not started yet (use it inside a test)');
    return server;
  };
}
