import type Konva from 'konva';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Shape } from './konva';
import { useShots } from '../hooks/board';
import type { LaneBox, PanelMetrics } from '../editor/layout';
import { useBoardSession } from '../hooks/session';
import type { Shot } from '../model/types';
import { loadAssetImage, readyAssetImage } from './assetImages';
import { drawPanelCard, drawPanelStrip, type StripPanel } from './lowDetail';
import { getBlurrierBitmap, holdsPicture, noteStripPicture, objectKey, panelPictureFor, usePanelBitmap, useShownBitmap, type Bitmap, type KeyedBitmap } from './panelBitmaps';
import { canvasOfSize } from './spareCanvases';
import { cancelRaster, rasterOpening, scheduleRaster, type RasterJob } from './rasterQueue';
import { canPaintElsewhere, paintStripElsewhere } from './paintWorkers';
import { ratioForLiveZoom } from './zoomLevel';

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
 * by the raster queue (a few strips per frame, not all in the commit) and kept in the bitmap
 * cache by the strip's shots, so a strip scrolled back into view is ready at once. Until it
 * exists the strip shows its panels' last pictures, its own picture from further out, or else
 * plain cards in their beat colours.
 */
export const PanelStripLod = memo(function PanelStripLod({ lane, start, end, metrics, cacheRatio }: PanelStripLodProps) {
  const { assets } = useBoardSession();
  const boxes = useMemo(() => lane.panels.slice(start, end), [lane, start, end]);
  const ids = useMemo(() => boxes.map((panel) => panel.shotId), [boxes]);
  const shots = useShots(ids);
  const imagesLoaded = useStripImages(shots);
  const shapeRef = useRef<Konva.Shape>(null);

  const left = boxes[0]?.x ?? 0;
  const width = boxes.length > 0 ? boxes[boxes.length - 1].x + metrics.width - left : 0;

  const panels = useMemo(() => {
    const list: StripPanel[] = [];
    shots.forEach((shot, i) => {
      const image = shot?.imageAssetId ? readyAssetImage(assets, shot.imageAssetId) : null;
      if (shot) list.push({ x: boxes[i].x - left, shot, image });
    });
    return list;
    // imagesLoaded is listed so the list is rebuilt once the strip's reference images decode.
  }, [shots, boxes, left, assets, imagesLoaded]);

  const key = useMemo(() => stripKey(panels, cacheRatio, metrics), [panels, cacheRatio, metrics]);
  const keyAt = (ratio: number) => (ratio === cacheRatio ? key : stripKey(panels, ratio, metrics));
  // After an edit the previous picture stays up until redrawn.
  const { current, shown, drew, showsPlaceholder: noPicture } = usePanelBitmap(key, keyAt, cacheRatio, width > 0);
  // Until the strip is painted, its panels' own pictures where they were just painted.
  const standIns = useMemo(() => (noPicture ? panels.map((panel) => panelPictureFor(panel.shot)) : null), [noPicture, panels]);
  // With a picture for every panel it is no placeholder, and its painting waits for the view to rest.
  const everyStandIn = standIns?.every(Boolean) ?? false;
  // Else its own picture from further out, enlarged (a zoom out crossing into this level of
  // detail, after the board was opened or seen zoomed further out): blurred, but the sketches
  // the person saw there. Painted while the view moves too, as a card is.
  const blurrier = noPicture && !everyStandIn && width > 0 ? getBlurrierBitmap(keyAt, cacheRatio) : undefined;
  useShownBitmap(blurrier);
  const showsPlaceholder = noPicture && !everyStandIn && !blurrier;

  useLayoutEffect(() => {
    const shape = shapeRef.current;
    if (current || !shape || width <= 0) return;
    // A strip without a picture of its own is painted for the zoom the view has now, which
    // during a zoom out is lower (and cheaper) than the ratio the gesture started with.
    const ratioNow = () => (noPicture ? Math.min(cacheRatio, ratioForLiveZoom()) : cacheRatio);
    const keep = (ratio: number, bitmap: Bitmap) => {
      const drawnKey = keyAt(ratio);
      drew(drawnKey, bitmap);
      noteStripPicture(drawnKey, ratio, panels, metrics);
    };
    const paintHere: RasterJob = (firstDeadline) => {
      const ratio = ratioNow();
      const painted = canvasOfSize(Math.max(1, Math.ceil(width * ratio)), Math.max(1, Math.ceil(metrics.height * ratio)));
      if (!painted) return;
      painted.context.scale(ratio, ratio);
      // While the view moves, a whole strip's sketches take longer than a frame has to spare:
      // it stops when the frame's time is up and goes on in a later one.
      let next = 0;
      const paintSome: RasterJob = (deadline) => {
        while (next < panels.length) {
          drawPanelCard(painted.context, panels[next]!, metrics, { detailed: true, pixelRatio: ratio });
          next++;
          if (performance.now() >= deadline) break;
        }
        if (next < panels.length) return paintSome;
        keep(ratio, painted.canvas);
      };
      return paintSome(firstDeadline);
    };
    // Reference images live on the page: a strip with one is painted here.
    const elsewhere = canPaintElsewhere() && panels.every((panel) => !panel.image);
    // While a board opens this thread has nothing else to do, and its long slices (see
    // rasterQueue) paint faster than the round trip to a worker; afterwards its frames come first.
    const paintElsewhere: RasterJob = (deadline) => {
      if (rasterOpening()) return paintHere(deadline);
      const ratio = ratioNow();
      const painting = paintStripElsewhere({
        width: Math.max(1, Math.ceil(width * ratio)),
        height: Math.max(1, Math.ceil(metrics.height * ratio)),
        ratio,
        metrics,
        panels,
      });
      if (!painting) return paintElsewhere; // every worker busy: in a later frame
      return painting.then((bitmap) => {
        if (!bitmap) return paintHere;
        keep(ratio, bitmap);
      });
    };
    const meanwhile = showsPlaceholder ? 'card' : blurrier ? 'enlarged picture' : 'older picture';
    scheduleRaster(shape, elsewhere ? paintElsewhere : paintHere, { x: left, y: lane.panelsY, width, height: metrics.height }, meanwhile);
    return () => cancelRaster(shape);
  }, [current, key, panels, cacheRatio, width, metrics, left, lane.panelsY, drew, showsPlaceholder, noPicture, blurrier]);

  const draw = useCallback(
    (context: Konva.Context) => {
      const ctx = context._context;
      const picture = shown ?? blurrier;
      if (picture) ctx.drawImage(picture, 0, 0, width, metrics.height);
      else if (standIns) drawStandIns(ctx, panels, standIns, metrics);
      else drawPanelStrip(ctx, panels, metrics, { detailed: false, pixelRatio: 1 });
    },
    [shown, blurrier, panels, width, metrics, standIns],
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

/** Each panel's own picture where there is one (and it was not painted over since), else its card. */
function drawStandIns(ctx: CanvasRenderingContext2D, panels: readonly StripPanel[], standIns: readonly (KeyedBitmap | undefined)[], metrics: PanelMetrics) {
  panels.forEach((panel, i) => {
    const standIn = standIns[i];
    if (standIn && holdsPicture(standIn.bitmap, standIn.key)) ctx.drawImage(standIn.bitmap, panel.x, 0, metrics.width, metrics.height);
    else drawPanelCard(ctx, panel, metrics, { detailed: false, pixelRatio: 1 });
  });
}

/** What a strip bitmap depends on: its shots (by object, so any edit changes it), positions, images and zoom step. */
function stripKey(panels: readonly StripPanel[], cacheRatio: number, metrics: PanelMetrics): string {
  const parts = panels.map((panel) => `${objectKey(panel.shot)}@${panel.x}${panel.image ? `+${panel.image.src}` : ''}`);
  return `strip|${metrics.aspect}|${cacheRatio}|${parts.join(',')}`;
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
