import * as Y from 'yjs';
import { initBoard } from '../../commands/board';
import { addEpisode, updateEpisode } from '../../commands/episodes';
import { insertShots } from '../../commands/shots';
import { readBoard } from '../../read';
import type { BeatType, BoardSnapshot, Emotion } from '../../types';

/**
 * Boards for the rhythm tests, written compactly: an episode is a list of shots, a shot is
 * `[seconds, type, intensity]` (or `[seconds]` for a shot without a beat).
 */
export type ShotSpec = [seconds: number, type?: BeatType | null, intensity?: number, emotion?: Emotion];
export interface EpisodeSpec {
  shots: ShotSpec[];
  paywall?: boolean;
  targetSeconds?: number;
}

export function buildRhythmDoc(episodes: EpisodeSpec[]): Y.Doc {
  const doc = new Y.Doc();
  const { episodeId: first } = initBoard(doc, { title: 'Rhythm test', now: 1 });
  let previous: string | null = null;
  for (const spec of episodes) {
    const fields = { paywall: spec.paywall ?? false, targetSeconds: spec.targetSeconds ?? 120 };
    const id: string = previous === null ? first : addEpisode(doc, { afterEpisodeId: previous });
    updateEpisode(doc, id, fields);
    insertShots(doc, {
      episodeId: id,
      contents: spec.shots.map(([seconds, type = null, intensity = 0, emotion]) => ({
        durationMs: seconds * 1000,
        beat: { type, emotion: emotion ?? (type ? 'surprise' : null), intensity },
      })),
    });
    previous = id;
  }
  return doc;
}

export const buildRhythmBoard = (episodes: EpisodeSpec[]): BoardSnapshot => readBoard(buildRhythmDoc(episodes));

/** A well-made episode: hook, rise, cliffhanger; 66 s, never flat. */
export function goodEpisode(ending: [BeatType, number] = ['cliffhanger', 9], paywall = false): EpisodeSpec {
  return {
    paywall,
    shots: [[4, 'hook', 7], [10, 'setup', 5], [8, 'confrontation', 6], [12, 'setup', 5], [8, 'reveal', 7], [12, 'setup', 4], [8, 'reversal', 8], [4, ending[0], ending[1]]],
  };
}

/** Endings that vary: a run of good episodes that trips no series check. */
export function goodSeries(count: number): EpisodeSpec[] {
  const endings: BeatType[] = ['cliffhanger', 'reveal', 'reversal', 'betrayal'];
  return Array.from({ length: count }, (_, index) => goodEpisode([endings[index % endings.length], 9]));
}
