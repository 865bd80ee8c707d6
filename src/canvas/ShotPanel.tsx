import type Konva from 'konva';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Image as KonvaImage, Rect, Shape, Text } from 'react-konva';
import { useBoardValue, useShot } from '../editor/hooks';
import type { PanelMetrics } from '../editor/layout';
import { formatDuration } from '../model';
import type { BoardSnapshot, Shot } from '../model/types';
import { useAssetImage } from './assetImages';
import { coverCrop } from './imageFit';
import { drawPanelCard } from './lowDetail';
import { PanelCaption } from './PanelCaption';
import { cancelRaster, scheduleRaster } from './rasterQueue';
import { Chip } from './Pill';
import { StrokesGroup } from './strokes/StrokesGroup';
import { CANVAS_FONT, COLORS } from './theme';

interface ShotPanelProps {
  shotId: string;
  x: number;
  y: number;
  /** "3.12": episode 3, shot 12. */
  number: string;
  metrics: PanelMetrics;
  /** Pixel ratio of the panel's bitmap cache, matched to the zoom so it stays sharp. */
  cacheRatio: number;
}

/**
 * One shot at full detail. Everything it draws is cached into one bitmap (re-made only when the
 * shot, its number, its speaker or the zoom step changes), so a pan redraws a panel as a
 * single image instead of its strokes and text.
 */
export const ShotPanel = memo(function ShotPanel({ shotId, x, y, number, metrics, cacheRatio }: ShotPanelProps) {
  const { t, i18n } = useTranslation();
  const shot = useShot(shotId);
  const speakerId = shot?.dialogue.find((line) => line.line.trim() !== '')?.characterId ?? null;
  const selectSpeaker = useCallback(
    (board: BoardSnapshot) => (speakerId ? board.characters[speakerId]?.name : undefined),
    [speakerId],
  );
  const speakerName = useBoardValue(selectSpeaker);
  const image = useAssetImage(shot?.imageAssetId ?? null);
  const contentRef = useRef<Konva.Group>(null);
  const placeholderRef = useRef<Konva.Shape>(null);

  useLayoutEffect(() => {
    const content = contentRef.current;
    if (!content || !shot) return;
    // Drawn live, a panel's strokes and text are far dearer than its bitmap. Until its turn in
    // the raster queue it shows a plain card (the placeholder); then the bitmap takes over.
    if (!content.isCached()) content.visible(false);
    scheduleRaster(content, () => {
      content.cache({ pixelRatio: cacheRatio, x: 0, y: 0, width: metrics.width, height: metrics.height });
      content.visible(true);
      placeholderRef.current?.visible(false);
      content.getLayer()?.batchDraw();
    });
    return () => cancelRaster(content);
  }, [shot, number, speakerName, image, cacheRatio, metrics, i18n.language]);

  const drawPlaceholder = useCallback(
    (context: Konva.Context) => {
      if (shot) drawPanelCard(context._context, { x: 0, shot, image: null }, metrics, { detailed: false, pixelRatio: 1 });
    },
    [shot, metrics],
  );

  if (!shot) return null;
  return (
    <Group x={x} y={y} listening={false}>
      <Shape ref={placeholderRef} sceneFunc={drawPlaceholder} width={metrics.width} height={metrics.height} />
      <Group ref={contentRef}>
        <Rect
          width={metrics.width}
          height={metrics.height}
          fill={COLORS.panel}
          stroke={COLORS.panelBorder}
          strokeWidth={1}
          cornerRadius={6}
          perfectDrawEnabled={false}
        />
        <PanelArtwork shot={shot} image={image} metrics={metrics} emptyHint={t('canvas.panel.emptyHint')} />
        <Chip x={metrics.image.x + 5} y={metrics.image.y + 5} text={number} bold />
        <Chip x={metrics.image.x + metrics.image.width - 5} y={metrics.image.y + 5} text={formatDuration(shot.durationMs)} alignRight />
        <PanelCaption shot={shot} speakerName={speakerName} metrics={metrics} />
      </Group>
    </Group>
  );
});

interface PanelArtworkProps {
  shot: Shot;
  image: HTMLImageElement | null;
  metrics: PanelMetrics;
  emptyHint: string;
}

/** The picture box: the reference image (cropped to fill) under the sketch, or a hint when both are missing. */
function PanelArtwork({ shot, image, metrics, emptyHint }: PanelArtworkProps) {
  const box = metrics.image;
  const crop = image ? coverCrop(image.naturalWidth, image.naturalHeight, box.width, box.height) : undefined;
  return (
    <Group x={box.x} y={box.y} clipX={0} clipY={0} clipWidth={box.width} clipHeight={box.height}>
      <Rect width={box.width} height={box.height} fill={COLORS.imageBox} perfectDrawEnabled={false} />
      {image && crop && <KonvaImage image={image} width={box.width} height={box.height} crop={crop} />}
      {shot.strokes.length > 0 && <StrokesGroup strokes={shot.strokes} width={box.width} height={box.height} />}
      {!image && shot.strokes.length === 0 && (
        <Text
          text={emptyHint}
          width={box.width}
          height={box.height}
          align="center"
          verticalAlign="middle"
          padding={16}
          fontSize={11}
          fontFamily={CANVAS_FONT}
          fill={COLORS.imageHint}
          perfectDrawEnabled={false}
        />
      )}
    </Group>
  );
}
