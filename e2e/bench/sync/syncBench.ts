import { startScaleOutServices, type ScaleOutServices } from '../../../server/testing/scaleOutServices';
import { runLoad } from './loadGenerator';
import {
  startForwardingRelay, startOurServer, startReferenceServer, startScaleOutPair, startScaleOutServer, type BenchServer,
} from './serverProcess';
import { formatScaleOutTable, formatSyncTable, type Measured, type ServerName, type SyncScenario } from './syncTable';

export interface SyncBenchOptions {
  /** Length of each run's edits. */
  seconds: number;
  /** Runs of each scenario on each server; the table shows the median of each figure. */
  runs: number;
  /** Generator processes the 100 rooms are split over (the one room of (a) stays in one). */
  generators: number;
  /** Only the scenarios whose name contains this (for a quick check). */
  scenario?: string;
}

const scenarios = (seconds: number, generators: number): SyncScenario[] => [
  {
    name: '(a) 50 clients in one room',
    rooms: 1,
    clientsPerRoom: 50,
    editEveryMs: 500,
    seconds,
    target: { key: 'p95', ms: 25 },
    redisHopP95Ms: 2,
  },
  {
    name: '(b) 1,000 clients over 100 rooms',
    rooms: 100,
    clientsPerRoom: 10,
    editEveryMs: 500,
    seconds,
    generators,
    target: { key: 'p99', ms: 100 },
    oneProcess: { p99Ms: 10, peakRssMiB: 150 },
  },
];

const SERVERS: ServerName[] = ['ours', 'scale-out', 'scale-out, 2 processes', 'reference', 'floor'];

async function start(name: ServerName, services: ScaleOutServices): Promise<BenchServer> {
  if (name === 'ours') return startOurServer();
  // A database of its own each run.
  if (name === 'scale-out') return startScaleOutServer(await services.settings());
  if (name === 'scale-out, 2 processes') return startScaleOutPair(await services.settings());
  if (name === 'floor') return startForwardingRelay();
  return startReferenceServer();
}

/**
 * Runs each scenario against our server (SQLite), our server in scale-out mode (PostgreSQL and
 * Redis) as one process and as two, the reference, and the floor (a relay that only forwards
 * frames), one server at a time, fresh processes
 * each run. The servers take turns within each round of runs, so a slow spell of the machine
 * falls on all of them.
 */
export async function runSyncBench(options: SyncBenchOptions): Promise<{ table: string; notes: string; scaleOutTable: string }> {
  const services = await startScaleOutServices();
  try {
    const measured: Measured[] = [];
    for (const scenario of scenarios(options.seconds, options.generators)) {
      if (options.scenario && !scenario.name.includes(options.scenario)) continue;
      const runs: Measured['runs'] = { ours: [], 'scale-out': [], 'scale-out, 2 processes': [], reference: [], floor: [] };
      for (let run = 1; run <= options.runs; run++) {
        for (const name of SERVERS) {
          const server = await start(name, services);
          try {
            console.log(`  ${scenario.name}, ${name} server, run ${run} of ${options.runs}…`);
            runs[name].push(await runLoad(server, scenario));
          } finally {
            await server.stop();
          }
        }
      }
      measured.push({ scenario, runs });
    }
    return { ...formatSyncTable(measured), scaleOutTable: formatScaleOutTable(measured) };
  } finally {
    await services.stop();
  }
}
