import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { percentile } from '../stats';
import type { BenchServer } from './serverProcess';

export interface Scenario {
  name: string;
  rooms: number;
  clientsPerRoom: number;
  /** One edit per client every this many ms. */
  editEveryMs: number;
  seconds: number;
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
  /** The generator's own event-loop delay p99, so a saturated generator is visible. */
  generatorLagP99: number;
  /** CPU seconds (user + system) the generator itself used during the edits. */
  generatorCpuSeconds: number;
  /** Share of all the machine's cores busy during the edits, every process counted (0 to 1). */
  machineBusy: number;
}

interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  index: number;
  sent: number;
}

process.setMaxListeners(0); // every Node y-websocket client listens for the process exit

/** Busy and total clock ticks of every core so far, from the first line of /proc/stat. */
function machineTicks(): { busy: number; total: number } {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
  const ticks = fields.slice(0, 8).map(Number);
  const total = ticks.reduce((sum, value) => sum + value, 0);
  // idle and iowait are the 4th and 5th fields.
  return { busy: total - ticks[3]! - ticks[4]!, total };
}

const until = async (condition: () => boolean, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

/**
 * Runs one scenario against one server: connects every client, has each make one edit per
 * period for the duration (phases spread over the period), and measures, for every edit and
 * every other client of its room, the time from the edit to its arrival. All clients live in
 * this process, so one clock times both ends.
 */
export async function runLoad(
  server: BenchServer,
  scenario: Scenario,
  /** Called once every client is connected, as the edits start (a disturbance to measure under). */
  onEditsStart?: () => void,
): Promise<LoadResult> {
  const latencies: number[] = [];
  const clients: Client[] = [];
  let received = 0;

  for (let room = 0; room < scenario.rooms; room++) {
    const target = await server.createRoom(room);
    for (let c = 0; c < scenario.clientsPerRoom; c++) {
      const doc = new Y.Doc();
      const index = clients.length;
      const provider = new WebsocketProvider(target.url, target.room, doc, {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        params: target.token ? { token: target.token } : {},
        disableBc: true,
      });
      const edits = doc.getMap<{ t: number }>('edits');
      edits.observe((event) => {
        if (event.transaction.local) return;
        const now = performance.now();
        for (const key of event.keysChanged) {
          const value = edits.get(key);
          if (value) {
            latencies.push(now - value.t);
            received++;
          }
        }
      });
      clients.push({ doc, provider, index, sent: 0 });
    }
    // Connections are opened in batches, as real users arrive, not all in one instant.
    if (room % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await until(() => clients.every((client) => client.provider.synced), 60_000, 'every client to sync');

  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const cpuBefore = server.cpuSeconds();
  const generatorBefore = process.cpuUsage();
  const machineBefore = machineTicks();
  onEditsStart?.();
  const timers: NodeJS.Timeout[] = [];
  const edit = (client: Client) => {
    client.sent++;
    client.doc.getMap('edits').set(String(client.index), { t: performance.now(), n: client.sent });
  };
  await new Promise<void>((resolve) => {
    for (const client of clients) {
      const phase = (client.index * 7919) % scenario.editEveryMs;
      timers.push(
        setTimeout(() => {
          edit(client);
          timers.push(setInterval(() => edit(client), scenario.editEveryMs));
        }, phase),
      );
    }
    setTimeout(resolve, scenario.seconds * 1000);
  });
  timers.forEach((timer) => clearTimeout(timer));
  // Let the last edits arrive.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  lag.disable();
  const generatorUsage = process.cpuUsage(generatorBefore);
  const machineAfter = machineTicks();

  const expected = clients.reduce((sum, client) => sum + client.sent * (scenario.clientsPerRoom - 1), 0);
  const result: LoadResult = {
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
    generatorLagP99: lag.percentile(99) / 1e6,
    generatorCpuSeconds: (generatorUsage.user + generatorUsage.system) / 1e6,
    machineBusy: (machineAfter.busy - machineBefore.busy) / Math.max(1, machineAfter.total - machineBefore.total),
  };
  for (const client of clients) {
    client.provider.destroy();
    client.doc.destroy();
  }
  return result;
}
