import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import {
  DEFAULT_RHYTHM_THRESHOLDS, addEpisode, analyseBoard, createRhythmAnalyser, initBoard, insertShots, readBoard, updateEpisode,
  type BeatType, type BoardSnapshot, type Emotion, type RhythmSettings,
} from '../../../src/model';
import { percentile } from '../stats';

const EPISODES = 100;
const SHOTS = 30;
const RUNS = 200;

const TYPES: BeatType[] = ['hook', 'setup', 'reveal', 'confrontation', 'humiliation', 'face-slap', 'reversal', 'payoff', 'cliffhanger'];
const EMOTIONS: Emotion[] = ['fear', 'anger', 'surprise', 'joy', 'sadness', 'anticipation'];

/** 100 episodes of 30 shots with varied beats and durations, paywalls every 8 from episode 10. */
function benchBoard(): BoardSnapshot {
  const doc = new Y.Doc();
  const { episodeId } = initBoard(doc, { title: 'Rhythm bench', now: 1 });
  let previous = episodeId;
  for (let e = 0; e < EPISODES; e++) {
    const id = e === 0 ? episodeId : addEpisode(doc, { afterEpisodeId: previous });
    updateEpisode(doc, id, { targetSeconds: 100, paywall: e >= 9 && (e - 9) % 8 === 0 });
    insertShots(doc, {
      episodeId: id,
      contents: Array.from({ length: SHOTS }, (_, s) => ({
        durationMs: 2000 + ((s * 7 + e * 3) % 5) * 700,
        beat: { type: TYPES[(s + e) % TYPES.length], emotion: EMOTIONS[(s * 5 + e) % EMOTIONS.length], intensity: (s * 3 + e) % 11 },
      })),
    });
    previous = id;
  }
  return readBoard(doc);
}

function time(runs: number, fn: (run: number) => void): number[] {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    fn(run);
    samples.push(performance.now() - start);
  }
  return samples;
}

/**
 * Curves and findings of a 100 x 30 board: from scratch (what opening a board or changing a
 * threshold costs) and after one beat edit (what typing costs: one episode is recomputed,
 * the series checks rerun, 99 curves are kept and their lanes not redrawn).
 */
export function runRhythmBench(): { table: string; full: number; incremental: number } {
  const board = benchBoard();
  const settings: RhythmSettings = { thresholds: DEFAULT_RHYTHM_THRESHOLDS, dismissals: new Map() };
  let findings = 0;
  time(20, () => analyseBoard(board, settings)); // warm-up
  const full = time(RUNS, () => {
    findings = analyseBoard(board, settings).findings.length;
  });

  const analyse = createRhythmAnalyser();
  let report = analyse(board, settings);
  let replaced = 0;
  const lane = board.shotsByEpisode[board.episodes[50].id];
  // The board store after each edit: a new snapshot in which one shot object is new (made
  // beforehand, as the store makes it before anyone asks for the rhythm).
  const edits = Array.from({ length: RUNS }, (_, run) => {
    const shot = board.shots[lane[run % SHOTS]];
    return { ...board, shots: { ...board.shots, [shot.id]: { ...shot, beat: { ...shot.beat, intensity: (shot.beat.intensity + 1 + run) % 11 } } } };
  });
  const incremental = time(RUNS, (run) => {
    const next = analyse(edits[run], settings);
    replaced = [...next.curves].filter(([id, curve]) => report.curves.get(id) !== curve).length;
    report = next;
  });

  const p95Full = percentile(full, 95);
  const p95Incremental = percentile(incremental, 95);
  const rows: [string, string, string, boolean][] = [
    [`every curve and finding of ${EPISODES} episodes x ${SHOTS} shots, from scratch, p50 / p95`, `${percentile(full, 50).toFixed(2)} / ${p95Full.toFixed(2)} ms`, 'p95 <= 10 ms', p95Full <= 10],
    ['after one beat edit (incremental), p50 / p95', `${percentile(incremental, 50).toFixed(2)} / ${p95Incremental.toFixed(2)} ms`, '(reported)', true],
    ['curves replaced by one beat edit (lanes redrawn)', `${replaced} of ${EPISODES}`, '1', replaced === 1],
    ['findings on the generated board', String(findings), '(reported)', true],
  ];
  const table = [
    '| measure | result | target | met |',
    '|---|---|---|---|',
    ...rows.map(([name, value, target, met]) => `| ${name} | ${value} | ${target} | ${met ? 'yes' : 'no'} |`),
  ].join('\n');
  return { table, full: p95Full, incremental: p95Incremental };
}
