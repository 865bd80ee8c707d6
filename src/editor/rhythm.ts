import type { RhythmReport, RhythmSettings } from '../model';
import type { BoardStore } from './boardStore';

/**
 * The open board's rhythm (curves and findings), as the hooks in src/hooks/rhythm.ts read it. The analyser and the checks load
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
