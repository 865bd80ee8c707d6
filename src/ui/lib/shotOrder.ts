import type { BoardSnapshot } from '../../model/types';

/** Shot ids of the whole board in reading order (episode by episode), optionally one episode only. */
export function orderedShotIds(board: BoardSnapshot, episodeId: string | null = null): string[] {
  const episodes = episodeId ? board.episodes.filter((e) => e.id === episodeId) : board.episodes;
  return episodes.flatMap((episode) => board.shotsByEpisode[episode.id] ?? []);
}
