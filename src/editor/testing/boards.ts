import type { BoardSnapshot, Episode } from '../../model/types';

// Plain board snapshots for the editor's Node tests (no Y.Doc needed for geometry).

/** A board whose episodes have the given shot counts; shot ids read "e<episode>s<shot>", 1-based. */
export function boardWithLanes(...shotCounts: number[]): Pick<BoardSnapshot, 'episodes' | 'shotsByEpisode'> {
  const episodes: Episode[] = shotCounts.map((_, i) => ({
    id: `e${i + 1}`,
    title: `Episode ${i + 1}`,
    order: `a${i}`,
    targetSeconds: 90,
    paywall: false,
    synopsis: '',
    soundtrackAssetId: null,
    soundtrackName: '',
    soundtrackVolume: 0.8,
  }));
  const shotsByEpisode: Record<string, string[]> = {};
  shotCounts.forEach((count, i) => {
    shotsByEpisode[`e${i + 1}`] = Array.from({ length: count }, (_, j) => `e${i + 1}s${j + 1}`);
  });
  return { episodes, shotsByEpisode };
}
