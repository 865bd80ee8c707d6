import { memo } from 'react';
import { Layer } from 'react-konva';
import type { Visibility } from '../editor/culling';
import { EpisodeLane } from './EpisodeLane';

interface LanesLayerProps {
  visibility: Visibility;
  lowDetail: boolean;
  cacheRatio: number;
}

/** Lane backgrounds and headers of the episodes near the viewport. Static: never listens. */
export const LanesLayer = memo(function LanesLayer({ visibility, lowDetail, cacheRatio }: LanesLayerProps) {
  return (
    <Layer listening={false}>
      {visibility.lanes.map(({ laneIndex }) => {
        const lane = visibility.layout.lanes[laneIndex];
        return (
          <EpisodeLane
            key={lane.episodeId}
            lane={lane}
            number={laneIndex + 1}
            lowDetail={lowDetail}
            cacheRatio={cacheRatio}
          />
        );
      })}
    </Layer>
  );
});
