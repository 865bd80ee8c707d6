import { runLoad, type LoadResult, type Scenario } from './loadGenerator';
import { startOurServer, startReferenceServer } from './serverProcess';

export interface SyncBenchOptions {
  seconds: number;
}

const scenarios = (seconds: number): (Scenario & { target: { key: 'p95' | 'p99'; ms: number } })[] => [
  { name: '(a) 50 clients in one room', rooms: 1, clientsPerRoom: 50, editEveryMs: 500, seconds, target: { key: 'p95', ms: 25 } },
  { name: '(b) 1,000 clients over 100 rooms', rooms: 100, clientsPerRoom: 10, editEveryMs: 500, seconds, target: { key: 'p99', ms: 100 } },
];

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (ours: number, reference: number) => (reference > 0 ? (ours / reference).toFixed(2) : '–');

/** Runs each scenario against our server and the reference, one server at a time. */
export async function runSyncBench(options: SyncBenchOptions): Promise<{ table: string; notes: string }> {
  const rows: string[] = [];
  const notes: string[] = [];
  for (const scenario of scenarios(options.seconds)) {
    const results: Record<'ours' | 'reference', LoadResult> = {} as never;
    for (const start of [startOurServer, startReferenceServer]) {
      const server = await start();
      try {
        console.log(`  ${scenario.name}, ${server.name} server…`);
        results[server.name] = await runLoad(server, scenario);
      } finally {
        await server.stop();
      }
    }
    const { ours, reference } = results;
    const key = scenario.target.key;
    const met = ours[key] <= scenario.target.ms;
    const noWorse = (a: number, b: number) => a <= b * 1.1;
    rows.push(
      `| ${scenario.name}: relay p50 / p95 / p99 | ${ms(ours.p50)} / ${ms(ours.p95)} / ${ms(ours.p99)} | ` +
        `${ms(reference.p50)} / ${ms(reference.p95)} / ${ms(reference.p99)} | ${ratio(ours.p50, reference.p50)} / ${ratio(ours.p95, reference.p95)} / ${ratio(ours.p99, reference.p99)} | ` +
        `${key} <= ${scenario.target.ms} ms; no worse than the reference | ${met ? 'yes' : 'no'}; ${noWorse(ours[key], reference[key]) ? 'yes' : 'no'} |`,
      `| ${scenario.name}: server CPU | ${ours.cpuSeconds.toFixed(1)} s | ${reference.cpuSeconds.toFixed(1)} s | ${ratio(ours.cpuSeconds, reference.cpuSeconds)} | no worse than the reference | ${noWorse(ours.cpuSeconds, reference.cpuSeconds) ? 'yes' : 'no'} |`,
      `| ${scenario.name}: server peak RSS | ${ours.peakRssMiB.toFixed(0)} MiB | ${reference.peakRssMiB.toFixed(0)} MiB | ${ratio(ours.peakRssMiB, reference.peakRssMiB)} | no worse than the reference | ${noWorse(ours.peakRssMiB, reference.peakRssMiB) ? 'yes' : 'no'} |`,
      `| ${scenario.name}: deliveries lost | ${ours.lost} of ${ours.expected} | ${reference.lost} of ${reference.expected} | | 0 | ${ours.lost === 0 ? 'yes' : 'no'} |`,
    );
    notes.push(
      `${scenario.name}: the load generator's own event-loop delay p99 was ${ours.generatorLagP99.toFixed(1)} ms (ours) and ` +
        `${reference.generatorLagP99.toFixed(1)} ms (reference).`,
    );
  }
  const table = [
    '| measure | ours | reference | ours / reference | target | met |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  return { table, notes: notes.join(' ') };
}
