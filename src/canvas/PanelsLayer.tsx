import { memo } from 'react';
import { Layer } from 'react-konva';
import { visibleChunks, type Visibility } from '../editor/culling';
import { panelNumber } from '../editor/layout';
import { PanelStripLod } from './PanelStripLod';
import { ShotPanel } from './ShotPanel';

interface PanelsLayerProps {
  visibility: Visibility;
  lowDetail: boolean;
  cacheRatio: number;
}

/** The shot panels near the viewport; everything else is unmounted (and its Konva nodes destroyed). */
export const PanelsLayer = memo(function PanelsLayer({ visibility, lowDetail, cacheRatio }: PanelsLayerProps) {
  const { layout } = visibility;
  const metrics = layout.metrics;
  if (lowDetail) {
    return (
      <Layer listening={false}>
        {visibleChunks(visibility).map(({ laneIndex, chunk, start, end }) => {
          const lane = layout.lanes[laneIndex];
          return (
            <PanelStripLod
              key={`${lane.episodeId}:${chunk}`}
              lane={lane}
              start={start}
              end={end}
              metrics={metrics}
              cacheRatio={cacheRatio}
            />
          );
        })}
      </Layer>
    );
  }
  return (
    <Layer listening={false}>
      {visibility.lanes.flatMap(({ laneIndex, start, end }) =>
        layout.lanes[laneIndex].panels.slice(start, end).map((panel) => (
          <ShotPanel
            key={panel.shotId}
            shotId={panel.shotId}
            x={panel.x}
            y={panel.y}
            number={panelNumber(panel)}
            metrics={metrics}
            cacheRatio={cacheRatio}
          />
        )),
      )}
    </Layer>
  );
});
