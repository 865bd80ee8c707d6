import { memo, useDeferredValue, useEffect, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Layer } from './konva';
import { visibleChunks, type Visibility } from '../editor/culling';
import { panelNumber } from '../editor/layout';
import { EpisodeLane } from './EpisodeLane';
import { LaneRhythm } from './LaneRhythm';
import { PanelStripLod } from './PanelStripLod';
import { noteDetailLevelShown } from './placeholderTime';
import { ShotPanel } from './ShotPanel';
import { deviceRatio, lowDetailCacheRatio } from './zoomLevel';

interface BoardLayerProps {
  visibility: Visibility;
  lowDetail: boolean;
  cacheRatio: number;
  /** Called after a visible set has been committed (mounting runs in the background, see below). */
  onShown?(visibility: Visibility): void;
}

/**
 * The static layer: lanes and shot panels near the viewport; everything else is unmounted (and
 * its Konva nodes destroyed). One canvas for both, because each full-size canvas costs a clear
 * and a composite every frame of a pan.
 */
export const BoardLayer = memo(function BoardLayer(props: BoardLayerProps) {
  // Mounting newly visible panels is a background render: React yields to the browser between
  // panels, so a pan never waits for it (the culling margin hides the short delay).
  const visibility = useDeferredValue(props.visibility);
  const lowDetail = useDeferredValue(props.lowDetail);
  // Deferred with the rest: a zoom key from far out changes the level of detail and the pixel
  // ratio at once, and the strips still mounted must not be painted again at the new ratio
  // (whole lanes, at a ratio meant for panels) just before the panels replace them.
  const cacheRatio = useDeferredValue(props.cacheRatio);
  const { onShown } = props;
  const { i18n } = useTranslation();
  useEffect(() => onShown?.(visibility), [onShown, visibility]);
  // Until now the other level's picture stood where the newly mounted panels (or strips) go.
  useLayoutEffect(() => noteDetailLevelShown(), [lowDetail]);

  return (
    <Layer listening={false}>
      <Group>
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
      </Group>
      <Group>
        {lowDetail ? (
          <LowDetailPanels visibility={visibility} cacheRatio={lowDetailCacheRatio(cacheRatio, deviceRatio())} />
        ) : (
          <ShotPanels visibility={visibility} cacheRatio={cacheRatio} language={i18n.language} />
        )}
      </Group>
      {/* Over the panels: zoomed far out, the curves stretch across them (see LaneRhythm). */}
      <Group>
        {visibility.lanes.map(({ laneIndex }) => {
          const lane = visibility.layout.lanes[laneIndex];
          return <LaneRhythm key={lane.episodeId} lane={lane} />;
        })}
      </Group>
    </Layer>
  );
});

function LowDetailPanels({ visibility, cacheRatio }: PanelsProps) {
  const { layout } = visibility;
  return visibleChunks(visibility).map(({ laneIndex, chunk, start, end }) => {
    const lane = layout.lanes[laneIndex];
    return (
      <PanelStripLod
        key={`${lane.episodeId}:${chunk}`}
        lane={lane}
        start={start}
        end={end}
        metrics={layout.metrics}
        cacheRatio={cacheRatio}
      />
    );
  });
}

interface PanelsProps {
  visibility: Visibility;
  cacheRatio: number;
}

function ShotPanels({ visibility, cacheRatio, language }: PanelsProps & { language: string }) {
  const { layout } = visibility;
  return visibility.lanes.flatMap(({ laneIndex, start, end }) =>
    layout.lanes[laneIndex].panels.slice(start, end).map((panel) => (
      <ShotPanel
        key={panel.shotId}
        shotId={panel.shotId}
        x={panel.x}
        y={panel.y}
        number={panelNumber(panel)}
        metrics={layout.metrics}
        cacheRatio={cacheRatio}
        language={language}
      />
    )),
  );
}
