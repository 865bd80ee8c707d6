import type { BoardSnapshot } from './types';

/** Values computed from a snapshot for display. Pure, so they are cheap to test and memoise. */

/** 1-based position of an episode on the board, or 0 when it is not there. */
export function episodeNumber(board: BoardSnapshot, episodeId: string): number {
  return board.episodes.findIndex((episode) => episode.id === episodeId) + 1;
}

/** One episode's shot ids in order (by order key, then id); empty for an episode not on the board. */
export function episodeShotsInOrder(board: Pick<BoardSnapshot, 'shotsByEpisode'>, episodeId: string): readonly string[] {
  return board.shotsByEpisode[episodeId] ?? [];
}

/**
 * Shot ids in reading order: episode by episode as the board orders them, each episode's shots
 * by their order key. With `episodeId`, that episode's shots only.
 */
export function shotsInReadingOrder(
  board: Pick<BoardSnapshot, 'episodes' | 'shotsByEpisode'>,
  episodeId: string | null = null,
): string[] {
  const episodes = episodeId ? board.episodes.filter((episode) => episode.id === episodeId) : board.episodes;
  return episodes.flatMap((episode) => episodeShotsInOrder(board, episode.id));
}

/** Each shot's 0-based place in reading order, for sorting other things (cards, notes) by it. */
export function readingPositions(board: Pick<BoardSnapshot, 'episodes' | 'shotsByEpisode'>): Map<string, number> {
  return new Map(shotsInReadingOrder(board).map((id, index) => [id, index]));
}

/** Every listed shot's number as "episode.shot", both 1-based: "3.12" is episode 3, shot 12. */
export function shotNumbers(board: BoardSnapshot): Record<string, string> {
  const numbers: Record<string, string> = {};
  board.episodes.forEach((episode, e) => {
    episodeShotsInOrder(board, episode.id).forEach((shotId, s) => {
      numbers[shotId] = `${e + 1}.${s + 1}`;
    });
  });
  return numbers;
}

export function episodeRuntimeMs(board: BoardSnapshot, episodeId: string): number {
  let total = 0;
  for (const shotId of episodeShotsInOrder(board, episodeId)) total += board.shots[shotId]?.durationMs ?? 0;
  return total;
}

export function seriesRuntimeMs(board: BoardSnapshot): number {
  return board.episodes.reduce((total, episode) => total + episodeRuntimeMs(board, episode.id), 0);
}

/**
 * How close an episode runs to its target: within this fraction under the target counts as on
 * target (a microdrama episode may end a little early, but a cut that runs long must be trimmed).
 */
export const ON_TARGET_TOLERANCE = 0.1;

export type TimingStatus = 'under' | 'on' | 'over';

export interface EpisodeTiming {
  runtimeMs: number;
  targetMs: number;
  /** runtime - target: negative when short, positive when long. */
  deltaMs: number;
  status: TimingStatus;
}

/** Runtime against target, e.g. for a lane header showing "1:42 / 2:00". */
export function episodeTiming(board: BoardSnapshot, episodeId: string): EpisodeTiming {
  const episode = board.episodes.find((candidate) => candidate.id === episodeId);
  return timingAgainstTarget(episodeRuntimeMs(board, episodeId), episode?.targetSeconds ?? 0);
}

/**
 * The rule behind `episodeTiming`, for a runtime already at hand (the canvas lane reads only
 * the runtime from the board, so that it redraws only when that changes).
 */
export function timingAgainstTarget(runtimeMs: number, targetSeconds: number): EpisodeTiming {
  const targetMs = targetSeconds * 1000;
  let status: TimingStatus = 'on';
  if (runtimeMs > targetMs) status = 'over';
  else if (runtimeMs < targetMs * (1 - ON_TARGET_TOLERANCE)) status = 'under';
  return { runtimeMs, targetMs, deltaMs: runtimeMs - targetMs, status };
}

/**
 * A duration as m:ss, or h:mm:ss from an hour up (a whole series runs for hours), rounded to
 * the nearest second: 102000 -> "1:42", 3723000 -> "1:02:03". Anything unusable reads 0:00.
 */
export function formatDuration(ms: number): string {
  const totalSeconds = Number.isFinite(ms) && ms > 0 ? Math.round(ms / 1000) : 0;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
