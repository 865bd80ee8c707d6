import type Konva from 'konva';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import { Group, Image as KonvaImage, Shape } from './konva';
import { useBoardValue, useShot } from '../hooks/board';
import type { PanelMetrics } from '../editor/layout';
import type { BoardSnapshot } from '../model/types';
import { useAssetImage } from './assetImages';
import { drawPanelCard } from './lowDetail';
import { panelTranslator } from './panelText';
import { paintPanelBitmap } from './panelPainter';
import { bitmapKey, notePanelPicture, usePanelBitmap } from './panelBitmaps';
import { cancelRaster, scheduleRaster } from './rasterQueue';
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
}

/**
 * One shot at full detail, drawn on the board as a single bitmap, painted (see panelPainter)
 * when the raster queue reaches the panel; meanwhile the previous bitmap, or a plain card,
 * stands in. Bitmaps are kept by content (see panelBitmaps), so a panel scrolled back into
 * view costs one image and no painting at all.
 */
export const ShotPanel = memo(function ShotPanel({ shotId, x, y, number, metrics, cacheRatio, language }: ShotPanelProps) {
  const shot = useShot(shotId);
  const speakerId = shot?.dialogue.find((line) => line.line.trim() !== '')?.characterId ?? null;
  const selectSpeaker = useCallback(
    (board: BoardSnapshot) => (speakerId ? board.characters[speakerId]?.name : undefined),
    [speakerId],
  );
  const speakerName = useBoardValue(selectSpeaker);
  const image = useAssetImage(shot?.imageAssetId ?? null);
  const keyAt = (ratio: number) => (shot ? bitmapKey(shot, `panel|${number}|${speakerName ?? ''}|${ratio}|${language}|${image ? image.src : ''}`) : '');
  const key = keyAt(cacheRatio);
  // While re-rasterising after an edit, the last picture stays up.
  const { current, shown, drew, showsPlaceholder } = usePanelBitmap(key, keyAt, cacheRatio, shot !== undefined);
  const ownerRef = useRef({});

  useLayoutEffect(() => {
    if (current || !shot) return;
    const owner = ownerRef.current;
    scheduleRaster(owner, () => {
      // A card in the middle of a zoom out gets the zoom's ratio now; a sharper picture
      // follows, if the zoom settles sharper, once the view rests (see rasterQueue).
      const ratio = showsPlaceholder ? Math.min(cacheRatio, ratioForLiveZoom()) : cacheRatio;
      const bitmap = paintPanelBitmap({ shot, number, speakerName, image }, metrics, panelTranslator(language), ratio);
      if (!bitmap) return;
      const drawnKey = keyAt(ratio);
      drew(drawnKey, bitmap);
      notePanelPicture(shot, drawnKey);
    }, { x, y, width: metrics.width, height: metrics.height }, showsPlaceholder ? 'card' : 'older picture');
    return () => cancelRaster(owner);
  }, [current, key, shot, number, speakerName, image, metrics, cacheRatio, language, x, y, drew, showsPlaceholder]);

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
      ) : (
        <Shape sceneFunc={drawPlaceholder} width={metrics.width} height={metrics.height} />
      )}
    </Group>
  );
});
