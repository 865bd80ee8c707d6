import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { percentile } from '../stats';
import { extraNodeFlags, type BenchServer } from './serverProcess';
import type { FromWorker, RoomTarget, ToWorker, WorkerResult } from './workerMessages';

export interface Scenario {
  name: string;
  rooms: number;
  clientsPerRoom: number;
  /** One edit per client every this many ms. */
  editEveryMs: number;
  seconds: number;
  /**
   * Generator processes the rooms are split over (each room's clients stay in one process, so one
   * clock times both ends of a delivery). One process cannot keep up with 1,000 clients.
   */
  generators?: number;
}

export interface LoadResult {
  scenario: Scenario;
  server: BenchServer['name'];
  p50: number;
  p95: number;
  p99: number;
  /** Deliveries expected (every edit to every other client in its room) that never arrived. */
  lost: number;
  expected: number;
  cpuSeconds: number;
  peakRssMiB: number;
  /** Generator processes used. */
  generators: number;
  /** The busiest generator process's own event-loop delay p99, so a saturated generator is visible. */
  generatorLagP99: number;
  /** CPU seconds (user + system) every generator process together used during the edits. */
  generatorCpuSeconds: number;
  /** Share of all the machine's cores busy during the edits, every process counted (0 to 1). */
  machineBusy: number;
  /** For a server of several processes, each one's CPU seconds during the edits and its peak RSS. */
  processes?: { cpuSeconds: number; peakRssMiB: number }[];
}

const WORKER = path.join(import.meta.dirname, 'loadWorker.ts');

/** Busy and total clock ticks of every core so far, from the first line of /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
  const ticks = fields.slice(0, 8).map(Number);
  const total = ticks.reduce((sum, value) => sum + value, 0);
  // idle and iowait are the 4th and 5th fields.
  return { busy: total - ticks[3]! - ticks[4]!, total };
}

/** A generator process, answering each request with its next message. */
class Worker {
  private readonly child: ChildProcess;
  private waiting?: { resolve: (message: FromWorker) => void; reject: (error: Error) => void };

  constructor() {
    this.child = fork(WORKER, [], {
      // The child keeps this process's tsx loader. A roomier young generation cuts the generator's
      // garbage collection (a third of its CPU with the default), so it keeps up with its clients.
      execArgv: [...process.execArgv, '--max-semi-space-size=32', ...extraNodeFlags('BENCH_GENERATOR_NODE_FLAGS')],
      // Carries the latencies as one typed array.
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (message: FromWorker) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      if (message.type === 'failed') waiting?.reject(new Error(`A load generator failed: ${message.message}`));
      else waiting?.resolve(message);
    });
    this.child.once('exit', (code) => this.waiting?.reject(new Error(`A load generator exited (${code})`)));
  }

  request(message: ToWorker): Promise<FromWorker> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.child.send(message);
    });
  }

  async close() {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.send({ type: 'close' } satisfies ToWorker);
    await exited;
  }
}

/** Splits the rooms into `parts` contiguous groups of nearly equal size. */
function split<T>(items: T[], parts: number): T[][] {
  return Array.from({ length: parts }, (_, part) =>
    items.slice(Math.floor((part * items.length) / parts), Math.floor(((part + 1) * items.length) / parts)),
  );
}

/**
 * Runs one scenario against one server: creates the rooms, has the generator processes connect
 * every client, has each client make one edit per period for the duration (phases spread over the
 * period), and gathers, for every edit and every other client of its room, the time from the edit
 * to its arrival.
 */
export async function runLoad(
  server: BenchServer,
  scenario: Scenario,
  /** Called once every client is connected, as the edits start (a disturbance to measure under). */
  onEditsStart?: () => void,
): Promise<LoadResult> {
  const targets: RoomTarget[] = [];
  for (let room = 0; room < scenario.rooms; room++) targets.push(await server.createRoom(room));
  const groups = split(targets, Math.min(scenario.rooms, scenario.generators ?? 1));
  const workers = groups.map(() => new Worker());
  try {
    let firstIndex = 0;
    await Promise.all(
      groups.map((group, at) => {
        const request = workers[at]!.request({ type: 'join', targets: group, clientsPerRoom: scenario.clientsPerRoom, firstIndex });
        firstIndex += group.length * scenario.clientsPerRoom;
        return request;
      }),
    );

    const cpuBefore = server.cpuSeconds();
    const processesBefore = server.processes?.();
    const machineBefore = machineTicks();
    onEditsStart?.();
    const edit: ToWorker = { type: 'edit', editEveryMs: scenario.editEveryMs, seconds: scenario.seconds, clientsPerRoom: scenario.clientsPerRoom };
    const results = (await Promise.all(workers.map((worker) => worker.request(edit)))) as WorkerResult[];
    const machineAfter = machineTicks();

    const latencies = results.flatMap((result) => Array.from(result.latencies));
    const expected = results.reduce((sum, result) => sum + result.expected, 0);
    const received = results.reduce((sum, result) => sum + result.received, 0);
    return {
      scenario,
      server: server.name,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      // A key overwritten before a receiver saw the previous value counts as one delivery.
      lost: Math.max(0, expected - received),
      expected,
      cpuSeconds: server.cpuSeconds() - cpuBefore,
      peakRssMiB: server.peakRssMiB(),
      generators: workers.length,
      generatorLagP99: Math.max(...results.map((result) => result.lagP99)),
      generatorCpuSeconds: results.reduce((sum, result) => sum + result.cpuSeconds, 0),
      machineBusy: (machineAfter.busy - machineBefore.busy) / Math.max(1, machineAfter.total - machineBefore.total),
      processes: server.processes?.().map((after, at) => ({
        cpuSeconds: after.cpuSeconds - (processesBefore?.[at]?.cpuSeconds ?? 0),
        peakRssMiB: after.peakRssMiB,
      })),
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.close()));
  }
}
