import { useCallback, useSyncExternalStore } from 'react';
import type { CheckedFinding, EpisodeCurve, RhythmReport, RhythmSettings } from '../model';
import type { BoardStore } from './boardStore';
import { useBoardSession } from './session';

/**
 * The open board's rhythm (curves and findings) for React. The analyser and the checks load
 * on demand, right after the board opens, so they stay out of the first download; until
 * then the report is empty and the settings are null, and the board draws no curves.
 */
export interface RhythmStore {
  getReport(): RhythmReport;
  /** Null until the rhythm module has loaded. */
  getSettings(): RhythmSettings | null;
  subscribe(listener: () => void): () => void;
}

const EMPTY_REPORT: RhythmReport = { curves: new Map(), findings: [], openByEpisode: new Map(), openByShot: new Map(), openCount: 0 };
const stores = new WeakMap<BoardStore, RhythmStore>();

/** One rhythm store per board store, made on first use. */
export function rhythmStoreOf(store: BoardStore): RhythmStore {
  let rhythm = stores.get(store);
  if (!rhythm) stores.set(store, (rhythm = loadingRhythmStore(store)));
  return rhythm;
}

function loadingRhythmStore(store: BoardStore): RhythmStore {
  let loaded: RhythmStore | null = null;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  void import('./rhythmStore').then(({ createRhythmStore }) => {
    loaded = createRhythmStore(store);
    loaded.subscribe(notify);
    notify();
  });
  return {
    getReport: () => loaded?.getReport() ?? EMPTY_REPORT,
    getSettings: () => loaded?.getSettings() ?? null,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useRhythm(): RhythmReport {
  const { store } = useBoardSession();
  const rhythm = rhythmStoreOf(store);
  return useSyncExternalStore(rhythm.subscribe, rhythm.getReport, rhythm.getReport);
}

export function useRhythmSettings(): RhythmSettings | null {
  const { store } = useBoardSession();
  const rhythm = rhythmStoreOf(store);
  return useSyncExternalStore(rhythm.subscribe, rhythm.getSettings, rhythm.getSettings);
}

/** One episode's curve; re-renders only when that episode's durations or beats change. */
export function useEpisodeCurve(episodeId: string): EpisodeCurve | undefined {
  const { store } = useBoardSession();
  const rhythm = rhythmStoreOf(store);
  const read = useCallback(() => rhythm.getReport().curves.get(episodeId), [rhythm, episodeId]);
  return useSyncExternalStore(rhythm.subscribe, read, read);
}

const NONE: readonly CheckedFinding[] = [];

/** Open findings of one episode (lane badges). */
export function useEpisodeFindings(episodeId: string): readonly CheckedFinding[] {
  const { store } = useBoardSession();
  const rhythm = rhythmStoreOf(store);
  const read = useCallback(() => rhythm.getReport().openByEpisode.get(episodeId) ?? NONE, [rhythm, episodeId]);
  return useSyncExternalStore(rhythm.subscribe, read, read);
}
