import type Konva from 'konva';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Shape } from 'react-konva';
import { useShots } from '../editor/hooks';
import type { LaneBox, PanelMetrics } from '../editor/layout';
import { useBoardSession } from '../editor/session';
import { loadAssetImage, readyAssetImage } from './assetImages';
import { drawPanelStrip, type StripPanel } from './lowDetail';
import { cancelRaster, scheduleRaster } from './rasterQueue';

interface PanelStripLodProps {
  lane: LaneBox;
  /** Panel index range [start, end) of the lane. */
  start: number;
  end: number;
  metrics: PanelMetrics;
  cacheRatio: number;
}

/**
 * A run of panels at low zoom, drawn by one custom shape and cached as one bitmap. Zoomed out
 * to 20% about 900 panels are on screen; as ~60 strip bitmaps a pan costs ~60 image draws.
 * The bitmap is made by the raster queue, a few strips per frame, not all in the commit.
 */
export const PanelStripLod = memo(function PanelStripLod({ lane, start, end, metrics, cacheRatio }: PanelStripLodProps) {
  const { assets } = useBoardSession();
  const boxes = useMemo(() => lane.panels.slice(start, end), [lane, start, end]);
  const ids = useMemo(() => boxes.map((panel) => panel.shotId), [boxes]);
  const shots = useShots(ids);
  const imagesLoaded = useStripImages(shots);
  const ref = useRef<Konva.Shape>(null);
  // Until the queued rasterisation runs, the shape draws live without sketches (a few rects).
  const detailed = useRef(false);

  const left = boxes[0]?.x ?? 0;
  const width = boxes.length > 0 ? boxes[boxes.length - 1].x + metrics.width - left : 0;

  const draw = useCallback(
    (context: Konva.Context) => {
      const panels: StripPanel[] = [];
      shots.forEach((shot, i) => {
        if (!shot) return;
        const image = shot.imageAssetId ? readyAssetImage(assets, shot.imageAssetId) : null;
        panels.push({ x: boxes[i].x - left, shot, image });
      });
      drawPanelStrip(context._context, panels, metrics, { detailed: detailed.current, pixelRatio: cacheRatio });
    },
    // imagesLoaded: redraw once the strip's reference images have decoded.
    [shots, boxes, left, metrics, assets, imagesLoaded, cacheRatio],
  );

  useLayoutEffect(() => {
    const shape = ref.current;
    if (!shape || width <= 0) return;
    scheduleRaster(shape, () => {
      detailed.current = true;
      shape.cache({ pixelRatio: cacheRatio, x: 0, y: 0, width, height: metrics.height });
      shape.getLayer()?.batchDraw();
    });
    return () => cancelRaster(shape);
  }, [draw, cacheRatio, width, metrics]);

  if (width <= 0) return null;
  return (
    <Shape
      ref={ref}
      x={left}
      y={lane.panelsY}
      width={width}
      height={metrics.height}
      sceneFunc={draw}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
});

/** Starts decoding the strip's reference images; the count of finished ones changes as they arrive. */
function useStripImages(shots: readonly ({ imageAssetId: string | null } | undefined)[]): number {
  const { assets } = useBoardSession();
  const [loaded, setLoaded] = useState(0);
  useEffect(() => {
    let live = true;
    for (const shot of shots) {
      const assetId = shot?.imageAssetId;
      if (!assetId || readyAssetImage(assets, assetId)) continue;
      loadAssetImage(assets, assetId).then(() => {
        if (live) setLoaded((count) => count + 1);
      });
    }
    return () => {
      live = false;
    };
  }, [assets, shots]);
  return loaded;
}
