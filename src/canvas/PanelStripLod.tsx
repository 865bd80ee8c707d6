import type Konva from 'konva';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Shape } from 'react-konva';
import { useShots } from '../editor/hooks';
import type { LaneBox, PanelMetrics } from '../editor/layout';
import { useBoardSession } from '../editor/session';
import type { Shot } from '../model/types';
import { loadAssetImage, readyAssetImage } from './assetImages';
import { drawPanelStrip, prepareThumbnails, type StripPanel } from './lowDetail';
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
 * A run of panels at low zoom, drawn by one shape from one bitmap. Zoomed out to 20% about 900
 * panels are on screen; as ~60 strip bitmaps a pan costs ~60 image draws. The bitmap is made
 * by the raster queue (a few strips per frame, not all in the commit); until then the strip
 * shows plain cards in their beat colours. Its canvas is reused while its size stays the same:
 * creating canvases is itself costly.
 */
export const PanelStripLod = memo(function PanelStripLod({ lane, start, end, metrics, cacheRatio }: PanelStripLodProps) {
  const { assets } = useBoardSession();
  const boxes = useMemo(() => lane.panels.slice(start, end), [lane, start, end]);
  const ids = useMemo(() => boxes.map((panel) => panel.shotId), [boxes]);
  const shots = useShots(ids);
  const imagesLoaded = useStripImages(shots);
  const shapeRef = useRef<Konva.Shape>(null);
  const bitmap = useRef<HTMLCanvasElement | null>(null);
  const [bitmapReady, setBitmapReady] = useState(false);

  const left = boxes[0]?.x ?? 0;
  const width = boxes.length > 0 ? boxes[boxes.length - 1].x + metrics.width - left : 0;

  const panels = useMemo(() => {
    const list: StripPanel[] = [];
    shots.forEach((shot: Shot | undefined, i) => {
      const image = shot?.imageAssetId ? readyAssetImage(assets, shot.imageAssetId) : null;
      if (shot) list.push({ x: boxes[i].x - left, shot, image });
    });
    return list;
    // imagesLoaded is listed so the list is rebuilt once the strip's reference images decode.
  }, [shots, boxes, left, assets, imagesLoaded]);

  useLayoutEffect(() => {
    const shape = shapeRef.current;
    if (!shape || width <= 0) return;
    scheduleRaster(shape, (deadline) => {
      if (!prepareThumbnails(panels, metrics, cacheRatio, deadline)) return false;
      const canvas = sizedCanvas(bitmap.current, width * cacheRatio, metrics.height * cacheRatio);
      const context = canvas.getContext('2d');
      if (!context) return true;
      context.setTransform(cacheRatio, 0, 0, cacheRatio, 0, 0);
      context.clearRect(0, 0, width, metrics.height);
      drawPanelStrip(context, panels, metrics, { detailed: true, pixelRatio: cacheRatio });
      bitmap.current = canvas;
      setBitmapReady(true);
      shape.getLayer()?.batchDraw();
      return true;
    });
    return () => cancelRaster(shape);
  }, [panels, cacheRatio, width, metrics]);

  useEffect(
    () => () => {
      // Free the pixels now rather than at the next garbage collection.
      if (bitmap.current) bitmap.current.width = bitmap.current.height = 0;
    },
    [],
  );

  const draw = useCallback(
    (context: Konva.Context) => {
      const ctx = context._context;
      if (bitmapReady && bitmap.current) ctx.drawImage(bitmap.current, 0, 0, width, metrics.height);
      else drawPanelStrip(ctx, panels, metrics, { detailed: false, pixelRatio: 1 });
    },
    [bitmapReady, panels, width, metrics],
  );

  if (width <= 0) return null;
  return (
    <Shape
      ref={shapeRef}
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

/** The given canvas if it already has this size, else a new one. */
function sizedCanvas(canvas: HTMLCanvasElement | null, width: number, height: number): HTMLCanvasElement {
  const w = Math.max(1, Math.ceil(width));
  const h = Math.max(1, Math.ceil(height));
  if (canvas && canvas.width === w && canvas.height === h) return canvas;
  if (canvas) canvas.width = canvas.height = 0;
  const fresh = document.createElement('canvas');
  fresh.width = w;
  fresh.height = h;
  return fresh;
}

/** Starts decoding the strip's reference images; the count of finished ones changes as they arrive. */
function useStripImages(shots: readonly (Shot | undefined)[]): number {
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
