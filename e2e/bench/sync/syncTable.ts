import { percentile } from '../stats';
import type { LoadResult, Scenario } from './loadGenerator';
import type { BenchServer } from './serverProcess';

export type ServerName = BenchServer['name'];

export interface SyncScenario extends Scenario {
  /** The scenario's latency target for our server, in either store. */
  target: { key: 'p95' | 'p99'; ms: number };
  /** Targets for one process holding the whole load, in either store. */
  oneProcess?: { p99Ms: number; peakRssMiB: number };
  /** Most the relay p95 may grow when the room's clients are split over two scale-out processes. */
  redisHopP95Ms?: number;
}

/** Every run of one scenario, by server. */
export interface Measured {
  scenario: SyncScenario;
  runs: Record<ServerName, LoadResult[]>;
}

const FIGURES = ['p50', 'p95', 'p99', 'cpuSeconds', 'peakRssMiB', 'generatorLagP99', 'generatorCpuSeconds', 'machineBusy'] as const;
type Figure = (typeof FIGURES)[number];
type Summary = Record<Figure, number> & { lost: number; expected: number; p99s: number[] };

/** The median of each figure over the runs (each figure on its own); losses summed over the runs. */
function summarise(runs: LoadResult[]): Summary {
  const summary = { lost: 0, expected: 0, p99s: runs.map((run) => run.p99) } as Summary;
  for (const figure of FIGURES) summary[figure] = percentile(runs.map((run) => run[figure]), 50);
  for (const run of runs) {
    summary.lost += run.lost;
    summary.expected += run.expected;
  }
  return summary;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (ours: number, reference: number) => (reference > 0 ? (ours / reference).toFixed(2) : '–');
const yesNo = (met: boolean) => (met ? 'yes' : 'no');
/** "No worse" allows 10% for run-to-run noise. */
const noWorse = (a: number, b: number) => a <= b * 1.1;
/** The verdicts for our server in both stores, e.g. "SQLite: yes; no. Scale-out: yes; yes". */
const verdicts = (sqlite: boolean[], scaleOut: boolean[]) =>
  `SQLite: ${sqlite.map(yesNo).join('; ')}. Scale-out: ${scaleOut.map(yesNo).join('; ')}`;

function scenarioRows({ scenario, runs }: Measured): string[] {
  const ours = summarise(runs.ours);
  const scaleOut = summarise(runs['scale-out']);
  const reference = summarise(runs.reference);
  const row = (measure: string, cell: (s: Summary) => string, ratios: string, target: string, met: string) =>
    `| ${scenario.name}: ${measure} | ${cell(ours)} | ${cell(scaleOut)} | ${cell(reference)} | ${ratios} | ${target} | ${met} |`;
  const ratios = (...figures: Figure[]) =>
    [ours, scaleOut].map((s) => figures.map((figure) => ratio(s[figure], reference[figure])).join(' / ')).join('; ');
  const noWorseThan = (s: Summary, figure: Figure) => noWorse(s[figure], reference[figure]);
  const { key, ms: targetMs } = scenario.target;

  const rows = [
    row(
      'relay p50 / p95 / p99',
      (s) => `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.p99)}`,
      ratios('p50', 'p95', 'p99'),
      `${key} <= ${targetMs} ms; no worse than the reference`,
      verdicts([ours[key] <= targetMs, noWorseThan(ours, key)], [scaleOut[key] <= targetMs, noWorseThan(scaleOut, key)]),
    ),
    row(
      'server CPU',
      (s) => `${s.cpuSeconds.toFixed(1)} s`,
      ratios('cpuSeconds'),
      'no worse than the reference',
      verdicts([noWorseThan(ours, 'cpuSeconds')], [noWorseThan(scaleOut, 'cpuSeconds')]),
    ),
    row(
      'server peak RSS',
      (s) => `${s.peakRssMiB.toFixed(0)} MiB`,
      ratios('peakRssMiB'),
      'no worse than the reference',
      verdicts([noWorseThan(ours, 'peakRssMiB')], [noWorseThan(scaleOut, 'peakRssMiB')]),
    ),
  ];
  const one = scenario.oneProcess;
  if (one) {
    rows.push(
      row('relay p99, one process', (s) => ms(s.p99), '', `p99 <= ${one.p99Ms} ms`, verdicts([ours.p99 <= one.p99Ms], [scaleOut.p99 <= one.p99Ms])),
      row(
        'server peak RSS, one process',
        (s) => `${s.peakRssMiB.toFixed(0)} MiB`,
        '',
        `<= ${one.peakRssMiB} MiB`,
        verdicts([ours.peakRssMiB <= one.peakRssMiB], [scaleOut.peakRssMiB <= one.peakRssMiB]),
      ),
    );
  }
  rows.push(
    row(`deliveries lost, summed over ${runs.ours.length} runs`, (s) => `${s.lost} of ${s.expected}`, '', '0', verdicts([ours.lost === 0], [scaleOut.lost === 0])),
  );
  return rows;
}

function scenarioNote({ scenario, runs }: Measured): string {
  const [ours, scaleOut, reference] = [runs.ours, runs['scale-out'], runs.reference].map(summarise);
  const each = (pick: (s: Summary) => string) =>
    `${pick(ours)} (ours), ${pick(scaleOut)} (scale-out), ${pick(reference)} (reference)`;
  return (
    `${scenario.name}: the busiest load generator's own event loop ran its 10 ms timer late by, p99, ${each((s) => ms(s.generatorLagP99))}; ` +
    `the generators used ${each((s) => `${s.generatorCpuSeconds.toFixed(1)} s`)} of CPU together, and the machine's cores were ` +
    `${each((s) => `${(s.machineBusy * 100).toFixed(0)}%`)} busy during the edits. ` +
    `Relay p99 of each run: ${each((s) => s.p99s.map((p99) => p99.toFixed(1)).join(', ') + ' ms')}. ` +
    floorNote(runs.floor)
  );
}

/** What the same load measured against a relay that only forwards frames: the machine's floor. */
function floorNote(runs: LoadResult[]): string {
  if (runs.length === 0) return '';
  const floor = summarise(runs);
  return (
    `The floor, a relay that only forwards each update frame to the room's other sockets (no Yjs, no storage, no tokens), ` +
    `under the same load: relay p50 / p95 / p99 ${ms(floor.p50)} / ${ms(floor.p95)} / ${ms(floor.p99)} ` +
    `(each run's p99: ${floor.p99s.map((p99) => p99.toFixed(1)).join(', ')} ms), ${floor.cpuSeconds.toFixed(1)} s of CPU, ` +
    `generators late by ${ms(floor.generatorLagP99)} at p99.`
  );
}

/** The "Live sync" table (medians over the runs) and its notes. */
export function formatSyncTable(measured: Measured[]): { table: string; notes: string } {
  const table = [
    '| measure | ours (SQLite) | ours, scale-out (PostgreSQL + Redis) | reference | ours / reference (SQLite; scale-out) | target | met |',
    '|---|---|---|---|---|---|---|',
    ...measured.flatMap(scenarioRows),
  ].join('\n');
  return { table, notes: measured.map(scenarioNote).join('\n\n') };
}

/** Figures of a server of several processes, per process: the median of each over the runs. */
function perProcess(runs: LoadResult[], figure: 'cpuSeconds' | 'peakRssMiB'): number[] {
  const count = Math.max(0, ...runs.map((run) => run.processes?.length ?? 0));
  return Array.from({ length: count }, (_, at) => percentile(runs.map((run) => run.processes?.[at]?.[figure] ?? 0), 50));
}

/**
 * The "Scale-out over two processes" table: our scale-out server as one process and as two
 * sharing the rooms, every room's clients split between them, so that each delivery between
 * them crosses Redis.
 */
export function formatScaleOutTable(measured: Measured[]): string {
  const rows = measured.flatMap(({ scenario, runs }) => {
    const one = summarise(runs['scale-out']);
    const two = summarise(runs['scale-out, 2 processes']);
    const row = (measure: string, oneCell: string, twoCell: string, target: string, met: string) =>
      `| ${scenario.name}: ${measure} | ${oneCell} | ${twoCell} | ${target} | ${met} |`;
    const hop = percentile(
      runs['scale-out, 2 processes'].map((run, at) => run.p95 - (runs['scale-out'][at]?.p95 ?? run.p95)),
      50,
    );
    const cpu = perProcess(runs['scale-out, 2 processes'], 'cpuSeconds');
    const rss = perProcess(runs['scale-out, 2 processes'], 'peakRssMiB');
    return [
      row('relay p50 / p95 / p99', `${ms(one.p50)} / ${ms(one.p95)} / ${ms(one.p99)}`, `${ms(two.p50)} / ${ms(two.p95)} / ${ms(two.p99)}`, '(reported)', 'yes'),
      row(
        'the Redis hop: relay p95, two processes against one (median of the runs\u2019 differences, round by round)',
        '',
        `${hop >= 0 ? '+' : ''}${ms(hop)}`,
        scenario.redisHopP95Ms === undefined ? '(reported)' : `<= +${scenario.redisHopP95Ms} ms`,
        yesNo(scenario.redisHopP95Ms === undefined || hop <= scenario.redisHopP95Ms),
      ),
      row('server CPU, each process', `${one.cpuSeconds.toFixed(1)} s`, cpu.map((value) => `${value.toFixed(1)} s`).join(' / '), '(reported)', 'yes'),
      row('server peak RSS, each process', `${one.peakRssMiB.toFixed(0)} MiB`, rss.map((value) => `${value.toFixed(0)} MiB`).join(' / '), '(reported)', 'yes'),
      row(`deliveries lost, summed over ${runs['scale-out'].length} runs`, `${one.lost} of ${one.expected}`, `${two.lost} of ${two.expected}`, '0', yesNo(one.lost === 0 && two.lost === 0)),
    ];
  });
  return ['| measure | scale-out, one process | scale-out, two processes | target | met |', '|---|---|---|---|---|', ...rows].join('\n');
}
