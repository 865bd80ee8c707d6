import { useCallback, useSyncExternalStore } from 'react';
import type { CheckedFinding, EpisodeCurve, RhythmReport, RhythmSettings } from '../model';
import { rhythmStoreOf } from '../editor/rhythm';
import { useBoardSession } from './session';

// The open board's rhythm for React: each hook re-renders only when what it returns changes.

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
