import type Konva from 'konva';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import { Group, Image as KonvaImage, Shape } from './konva';
import { useBoardValue, useShot } from '../hooks/board';
import type { PanelMetrics } from '../editor/layout';
import type { BoardSnapshot } from '../model/types';
import { useAssetImage } from './assetImages';
import { drawPanelCard } from './lowDetail';
import { panelTranslator } from './panelText';
import { paintPanelBitmap, panelBitmapSize, panelFace } from './panelPainter';
import { bitmapKey, notePanelPicture, stripPictureFor, usePanelBitmap, useShownBitmap, type Bitmap } from './panelBitmaps';
import { canPaintElsewhere, paintPanelElsewhere } from './paintWorkers';
import { cancelRaster, rasterOpening, scheduleRaster, viewMoving, type RasterJob } from './rasterQueue';
import { ratioForLiveZoom } from './zoomLevel';

interface ShotPanelProps {
  shotId: string;
  x: number;
  y: number;
  /** "3.12": episode 3, shot 12. */
  number: string;
  metrics: PanelMetrics;
  /** Pixel ratio of the panel's bitmap, matched to the zoom step so it stays sharp. */
  cacheRatio: number;
  /** Interface language: part of what the bitmap depends on. */
  language: string;
  /** Painted for an exported picture, without the editor's hints (see panelFace). */
  forExport?: boolean;
}

/**
 * One shot at full detail, drawn on the board as a single bitmap, painted (on a worker, see
 * paintWorkers, or on the page, see panelPainter) when the raster queue reaches the panel;
 * meanwhile the previous bitmap, its part of the strip it was just drawn in (zooming in from
 * far out), or a plain card stands in. Bitmaps are kept by content (see panelBitmaps), so a
 * panel scrolled back into view costs one image and no painting at all.
 */
export const ShotPanel = memo(function ShotPanel({ shotId, x, y, number, metrics, cacheRatio, language, forExport = false }: ShotPanelProps) {
  const shot = useShot(shotId);
  const speakerId = shot?.dialogue.find((line) => line.line.trim() !== '')?.characterId ?? null;
  const selectSpeaker = useCallback(
    (board: BoardSnapshot) => (speakerId ? board.characters[speakerId]?.name : undefined),
    [speakerId],
  );
  const speakerName = useBoardValue(selectSpeaker);
  const image = useAssetImage(shot?.imageAssetId ?? null);
  const keyAt = (ratio: number) => (shot ? bitmapKey(shot, `panel|${number}|${speakerName ?? ''}|${ratio}|${language}|${image ? image.src : ''}|${forExport ? 'export' : ''}`) : '');
  const key = keyAt(cacheRatio);
  // While re-rasterising after an edit, the last picture stays up.
  const { current, shown, drew, showsPlaceholder } = usePanelBitmap(key, keyAt, cacheRatio, shot !== undefined);
  // Without a picture of its own yet, its part of the strip it was just drawn in, if any.
  const enlarged = showsPlaceholder && shot ? stripPictureFor(shot) : undefined;
  const enlargedShown = enlarged !== undefined;
  useShownBitmap(enlarged?.bitmap);
  const ownerRef = useRef({});

  useLayoutEffect(() => {
    if (current || !shot) return;
    const owner = ownerRef.current;
    // A card in the middle of a zoom out gets the zoom's ratio now; a sharper picture
    // follows, if the zoom settles sharper, once the view rests (see rasterQueue).
    const ratioNow = () => (showsPlaceholder ? Math.min(cacheRatio, ratioForLiveZoom()) : cacheRatio);
    const face = () => panelFace({ shot, number, speakerName, image }, panelTranslator(language), forExport);
    const keep = (ratio: number, bitmap: Bitmap) => {
      const drawnKey = keyAt(ratio);
      drew(drawnKey, bitmap);
      notePanelPicture(shot, drawnKey);
    };
    const paintHere: RasterJob = () => {
      const ratio = ratioNow();
      const bitmap = paintPanelBitmap(face(), metrics, ratio);
      if (bitmap) keep(ratio, bitmap);
    };
    // Reference images live on the page: a panel with one is painted here. So is every panel
    // while a board opens: this thread has nothing else to do then, and its long slices (see
    // rasterQueue) paint faster than the round trip to a worker. Otherwise a worker paints it;
    // while every worker has its hands full, it waits for a later frame as long as the view
    // moves (the frames come first: a new canvas's pixels alone can take a frame's spare time),
    // and is painted here once the view rests, so that both threads paint the dozen panels a
    // jump to 100% brings.
    const paintElsewhere: RasterJob = (deadline) => {
      if (rasterOpening()) return paintHere(deadline);
      const ratio = ratioNow();
      const [width, height] = panelBitmapSize(metrics, ratio);
      const painting = paintPanelElsewhere({ width, height, ratio, metrics, face: face() });
      if (!painting) return viewMoving() ? paintElsewhere : paintHere(deadline);
      return painting.then((bitmap) => {
        if (!bitmap) return paintHere;
        keep(ratio, bitmap);
      });
    };
    const job = canPaintElsewhere() && !image ? paintElsewhere : paintHere;
    const meanwhile = !showsPlaceholder ? 'older picture' : enlargedShown ? 'enlarged picture' : 'card';
    scheduleRaster(owner, job, { x, y, width: metrics.width, height: metrics.height }, meanwhile);
    return () => cancelRaster(owner);
  }, [current, key, shot, number, speakerName, image, metrics, cacheRatio, language, forExport, x, y, drew, showsPlaceholder, enlargedShown]);

  const drawPlaceholder = useCallback(
    (context: Konva.Context) => {
      if (shot) drawPanelCard(context._context, { x: 0, shot, image: null }, metrics, { detailed: false, pixelRatio: 1 });
    },
    [shot, metrics],
  );

  if (!shot) return null;
  return (
    <Group x={x} y={y} listening={false}>
      {shown ? (
        <KonvaImage image={shown} width={metrics.width} height={metrics.height} perfectDrawEnabled={false} />
      ) : enlarged ? (
        <KonvaImage image={enlarged.bitmap} crop={enlarged.crop} width={metrics.width} height={metrics.height} perfectDrawEnabled={false} />
      ) : (
        <Shape sceneFunc={drawPlaceholder} width={metrics.width} height={metrics.height} />
      )}
    </Group>
  );
});
