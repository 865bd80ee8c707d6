import { episodeShotsInOrder } from '../derived';
import type { BoardSnapshot, Episode, Shot } from '../types';
import { episodeCurve } from './curve';
import { checkEpisode } from './episodeRules';
import { checkSeries, type EpisodeEnding } from './seriesRules';
import type { Dismissal, RhythmSettings } from './settings';
import { SEVERITIES, dismissalKey, type EpisodeCurve, type Finding } from './types';

/** A finding with its dismissal, if someone set it aside for its episode. */
export interface CheckedFinding extends Finding {
  key: string;
  dismissal: Dismissal | null;
}

/** Every curve and every finding of a board. */
export interface RhythmReport {
  curves: ReadonlyMap<string, EpisodeCurve>;
  /** Series-wide findings first, then by episode, then by severity. Dismissed ones included. */
  findings: readonly CheckedFinding[];
  /** Findings not dismissed, by episode id and by shot id: the badges on the board. */
  openByEpisode: ReadonlyMap<string, readonly CheckedFinding[]>;
  openByShot: ReadonlyMap<string, readonly CheckedFinding[]>;
  openCount: number;
}

interface EpisodeResult {
  episode: Episode;
  shots: readonly Shot[];
  curve: EpisodeCurve;
  findings: Finding[];
}

/** The curve reads only durations and beats: a sketch stroke or a line of dialogue changes nothing. */
function sameCurveInput(a: readonly Shot[], b: readonly Shot[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.id !== y.id || x.durationMs !== y.durationMs || x.beat.type !== y.beat.type || x.beat.emotion !== y.beat.emotion || x.beat.intensity !== y.beat.intensity) {
      return false;
    }
  }
  return true;
}

const severityRank = (finding: Finding) => SEVERITIES.indexOf(finding.severity);

/**
 * Analyses boards one after another, recomputing only the episodes whose shots' durations or
 * beats (or target) changed since the last call; unchanged episodes keep their curve objects,
 * so the canvas redraws only the lanes that changed. The series checks always rerun: they read
 * one ending per episode.
 */
export function createRhythmAnalyser(): (board: BoardSnapshot, settings: RhythmSettings) => RhythmReport {
  let cache = new Map<string, EpisodeResult>();
  let lastSettings: RhythmSettings | null = null;

  return (board, settings) => {
    const next = new Map<string, EpisodeResult>();
    const thresholdsChanged = lastSettings?.thresholds !== settings.thresholds;
    for (const episode of board.episodes) {
      const shots = episodeShotsInOrder(board, episode.id).map((id) => board.shots[id]);
      const cached = cache.get(episode.id);
      if (cached && !thresholdsChanged && cached.episode.targetSeconds === episode.targetSeconds && sameCurveInput(cached.shots, shots)) {
        next.set(episode.id, cached);
        continue;
      }
      const curve = episodeCurve(episode, shots);
      next.set(episode.id, { episode, shots, curve, findings: checkEpisode(curve, settings.thresholds) });
    }
    cache = next;
    lastSettings = settings;
    return buildReport(board.episodes, next, settings);
  };
}

/** Every curve and finding of a board, computed from scratch. */
export function analyseBoard(board: BoardSnapshot, settings: RhythmSettings): RhythmReport {
  return createRhythmAnalyser()(board, settings);
}

function buildReport(episodes: readonly Episode[], results: ReadonlyMap<string, EpisodeResult>, settings: RhythmSettings): RhythmReport {
  const curves = new Map<string, EpisodeCurve>();
  const endings: EpisodeEnding[] = [];
  for (const episode of episodes) {
    const { curve } = results.get(episode.id)!;
    curves.set(episode.id, curve);
    endings.push({ episodeId: episode.id, paywall: episode.paywall, ending: curve.ending });
  }
  // Bucketed by episode (series-wide first) rather than sorted: the episode checks come out in
  // board order already, and only the few series findings need placing.
  const buckets = new Map<string | null, Finding[]>([[null, []], ...episodes.map((episode): [string, Finding[]] => [episode.id, [...results.get(episode.id)!.findings]])]);
  for (const finding of checkSeries(endings, settings.thresholds)) buckets.get(finding.episodeId)?.push(finding);
  const findings: CheckedFinding[] = [];
  for (const bucket of buckets.values()) {
    // Stable: within a severity, the order the checks reported them.
    bucket.sort((a, b) => severityRank(a) - severityRank(b));
    for (const finding of bucket) {
      const key = dismissalKey(finding.ruleId, finding.episodeId);
      findings.push({ ...finding, key, dismissal: settings.dismissals.get(key) ?? null });
    }
  }

  const openByEpisode = new Map<string, CheckedFinding[]>();
  const openByShot = new Map<string, CheckedFinding[]>();
  let openCount = 0;
  for (const finding of findings) {
    if (finding.dismissal) continue;
    openCount++;
    if (finding.episodeId) push(openByEpisode, finding.episodeId, finding);
    if (finding.shotId) push(openByShot, finding.shotId, finding);
  }
  return { curves, findings, openByEpisode, openByShot, openCount };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
