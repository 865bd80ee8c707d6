import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../support/free-port';
import { buildServer, SERVER_BUNDLE, SERVER_NODE_FLAGS, serverIsStale } from '../../../server/cli/build.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
// Clock ticks per second for /proc/<pid>/stat; 100 on every Linux this runs on.
const CLOCK_TICKS = 100;

/** A sync server under load, in its own process so its CPU and memory can be read apart. */
export interface BenchServer {
  name: 'ours' | 'scale-out' | 'scale-out, 2 processes' | 'reference' | 'floor';
  port: number;
  /** Creates a room and returns the address and token (if any) clients join it with. */
  createRoom(index: number): Promise<{ url: string; room: string; token?: string }>;
  /** CPU seconds (user + system) used so far. */
  cpuSeconds(): number;
  /** Peak resident memory so far, in MiB. */
  peakRssMiB(): number;
  /** Resident memory now, in MiB. */
  rssMiB(): number;
  /** Each process's CPU seconds so far and peak resident memory, where the server is several. */
  processes?(): { cpuSeconds: number; peakRssMiB: number }[];
  stop(): Promise<void>;
}

/** Node flags from an environment variable, e.g. `--cpu-prof --cpu-prof-dir=prof` to profile a run. */
export function extraNodeFlags(variable: string): string[] {
  return process.env[variable]?.split(' ').filter(Boolean) ?? [];
}

function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

function memoryOf(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}

function waitForOutput(child: ChildProcess, pattern: RegExp, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`${what} exited (${code}): ${output}`)));
  });
}

function stopper(child: ChildProcess, dataDir: string) {
  return async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/**
 * Every bench client runs on 127.0.0.1 and a room's clients share one link: far more boards and
 * sockets per address and per link than a person makes, so those limits are lifted.
 */
export const BENCH_LIMITS = {
  BEATBOARD_CREATE_LIMIT: '100000',
  BEATBOARD_MAX_SOCKETS_PER_ADDRESS: '1000000',
  BEATBOARD_MAX_SOCKETS_PER_TOKEN: '1000000',
};

/** Beatboard's server as `npm start` runs it: tokens checked, every update written to SQLite first. */
export async function startOurServer(env: Record<string, string> = {}, name: BenchServer['name'] = 'ours'): Promise<BenchServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'beatboard-bench-sync-'));
  // The same compiled bundle `npm start` runs.
  if (serverIsStale()) await buildServer();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...extraNodeFlags('BENCH_SERVER_NODE_FLAGS'), SERVER_BUNDLE], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, ...BENCH_LIMITS, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForOutput(child, /running at/, 'The Beatboard server');
  const pid = child.pid!;
  return {
    name,
    port,
    async createRoom() {
      const response = await fetch(`http://127.0.0.1:${port}/api/boards`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: 'Bench' }),
      });
      const board = (await response.json()) as { id: string; tokens: { writer: string } };
      return { url: `ws://127.0.0.1:${port}/sync`, room: board.id, token: board.tokens.writer };
    },
    cpuSeconds: () => cpuSecondsOf(pid),
    peakRssMiB: () => memoryOf(pid, 'VmHWM'),
    rssMiB: () => memoryOf(pid, 'VmRSS'),
    stop: stopper(child, dataDir),
  };
}

/**
 * Our server in scale-out mode, one process: every update written to PostgreSQL first, relayed
 * to other processes through Redis. `settings` are BEATBOARD_DATABASE_URL and BEATBOARD_REDIS_URL.
 */
export function startScaleOutServer(settings: Record<string, string>): Promise<BenchServer> {
  return startOurServer(settings, 'scale-out');
}

/**
 * Two server processes in scale-out mode on the same PostgreSQL and Redis, as behind a load
 * balancer: each room is made on the first, and its clients take turns between the two, so
 * every delivery between them crosses Redis. CPU is the two processes' sum, peak RSS the larger.
 */
export async function startScaleOutPair(settings: Record<string, string>): Promise<BenchServer> {
  const name = 'scale-out, 2 processes';
  // One after the other: the first runs the database's migrations.
  const first = await startOurServer(settings, name);
  const second = await startOurServer(settings, name).catch(async (error: unknown) => {
    await first.stop();
    throw error;
  });
  const pair = [first, second];
  return {
    name,
    port: first.port,
    async createRoom(index) {
      const target = await first.createRoom(index);
      return { ...target, urls: pair.map((server) => target.url.replace(`:${first.port}/`, `:${server.port}/`)) };
    },
    cpuSeconds: () => first.cpuSeconds() + second.cpuSeconds(),
    peakRssMiB: () => Math.max(first.peakRssMiB(), second.peakRssMiB()),
    rssMiB: () => Math.max(first.rssMiB(), second.rssMiB()),
    processes: () => pair.map((server) => ({ cpuSeconds: server.cpuSeconds(), peakRssMiB: server.peakRssMiB() })),
    async stop() {
      await Promise.all(pair.map((server) => server.stop()));
    },
  };
}

/**
 * A plain websocket server in a process of its own, started with `script` and `env` on a free
 * port; its rooms are paths under ws://127.0.0.1:<port>/ named `<roomPrefix><index>`.
 */
async function startPlainServer(
  name: 'reference' | 'floor',
  script: string,
  env: (port: number, dataDir: string) => Record<string, string>,
  roomPrefix: string,
): Promise<BenchServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), `beatboard-bench-${name}-`));
  const child = spawn(process.execPath, [path.join(root, script)], {
    cwd: root,
    env: { ...process.env, ...env(port, dataDir) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await waitForOutput(child, /running at/, `The ${name} server`);
  const pid = child.pid!;
  return {
    name,
    port,
    createRoom: async (index) => ({ url: `ws://127.0.0.1:${port}`, room: `${roomPrefix}${index}` }),
    cpuSeconds: () => cpuSecondsOf(pid),
    peakRssMiB: () => memoryOf(pid, 'VmHWM'),
    rssMiB: () => memoryOf(pid, 'VmRSS'),
    stop: stopper(child, dataDir),
  };
}

/** The reference: @y/websocket-server 0.1.1 with LevelDB persistence, no auth. */
export function startReferenceServer(): Promise<BenchServer> {
  return startPlainServer(
    'reference',
    'node_modules/@y/websocket-server/src/server.js',
    (port, dataDir) => ({ HOST: '127.0.0.1', PORT: String(port), YPERSISTENCE: dataDir }),
    'bench-',
  );
}

/**
 * The floor: a relay that only forwards update frames to the room's other sockets
 * (forwardingRelay.mjs). What the same load measures against it is the machine's and the
 * load generator's share of every latency.
 */
export function startForwardingRelay(): Promise<BenchServer> {
  return startPlainServer('floor', 'e2e/bench/sync/forwardingRelay.mjs', (port) => ({ PORT: String(port) }), 'floor-');
}
