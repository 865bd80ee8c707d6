import {
  createRhythmAnalyser, getRhythmDismissalsMap, getRhythmThresholdsMap, readRhythmSettings,
  type CheckedFinding, type RhythmReport,
} from '../model';
import type { BoardStore } from './boardStore';
import type { RhythmStore } from './rhythm';

/**
 * The open board's rhythm report (curves and findings), kept beside the board store. It is
 * recomputed lazily, on the first read after a change, and the analyser redoes only the
 * episodes whose durations or beats changed; a finding appears for everyone in the room as
 * soon as the edit arrives. Loaded on demand through `rhythm.ts`.
 */
export function createRhythmStore(store: BoardStore): RhythmStore {
  const analyse = createRhythmAnalyser();
  const listeners = new Set<() => void>();
  let settings = readRhythmSettings(store.doc);
  let report: RhythmReport | null = null;
  let reportBoard = store.getBoard();

  const notify = () => listeners.forEach((listener) => listener());
  const onSettings = () => {
    settings = readRhythmSettings(store.doc);
    report = null;
    notify();
  };
  // Subscribed for the whole session: the board store lives as long as the doc.
  getRhythmThresholdsMap(store.doc).observe(onSettings);
  getRhythmDismissalsMap(store.doc).observe(onSettings);
  store.subscribe(notify);

  return {
    getReport() {
      const board = store.getBoard();
      if (!report || board !== reportBoard) {
        const next = analyse(board, settings);
        reportBoard = board;
        report = report && sameReport(report, next) ? report : keepUnchangedLists(report, next);
      }
      return report;
    },
    getSettings: () => settings,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** An edit that changes neither a curve nor a finding (a title, a sketch) keeps the old report. */
function sameReport(a: RhythmReport, b: RhythmReport): boolean {
  if (a.curves.size !== b.curves.size || a.findings.length !== b.findings.length) return false;
  for (const [id, curve] of b.curves) if (a.curves.get(id) !== curve) return false;
  return a.findings.every((finding, index) => sameFinding(finding, b.findings[index]));
}

/**
 * An episode whose findings did not change keeps its list object, so its lane (badges, header)
 * does not redraw when another episode's findings change.
 */
function keepUnchangedLists(previous: RhythmReport | null, next: RhythmReport): RhythmReport {
  if (!previous) return next;
  const openByEpisode = new Map(next.openByEpisode);
  for (const [episodeId, list] of openByEpisode) {
    const before = previous.openByEpisode.get(episodeId);
    if (before && before.length === list.length && before.every((finding, index) => sameFinding(finding, list[index]))) {
      openByEpisode.set(episodeId, before);
    }
  }
  return { ...next, openByEpisode };
}

function sameFinding(a: CheckedFinding, b: CheckedFinding): boolean {
  return a.key === b.key && a.messageKey === b.messageKey && a.shotId === b.shotId && a.dismissal === b.dismissal &&
    a.severity === b.severity && JSON.stringify(a.params) === JSON.stringify(b.params);
}
