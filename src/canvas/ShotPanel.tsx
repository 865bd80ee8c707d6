import type Konva from 'konva';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Image as KonvaImage, Rect, Text } from 'react-konva';
import { useBoardValue, useShot } from '../editor/hooks';
import type { PanelMetrics } from '../editor/layout';
import { formatDuration } from '../model';
import type { BoardSnapshot } from '../model/types';
import { useAssetImage } from './assetImages';
import { coverCrop } from './imageFit';
import { PanelCaption } from './PanelCaption';
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
 * shot, its number, its speaker or the zoom bucket changes), so a pan redraws a panel as a
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
  const groupRef = useRef<Konva.Group>(null);

  useLayoutEffect(() => {
    const group = groupRef.current;
    if (!group || !shot) return;
    group.cache({ pixelRatio: cacheRatio, x: 0, y: 0, width: metrics.width, height: metrics.height });
    group.getLayer()?.batchDraw();
  }, [shot, number, speakerName, image, cacheRatio, metrics, i18n.language]);

  if (!shot) return null;
  const box = metrics.image;
  const crop = image ? coverCrop(image.naturalWidth, image.naturalHeight, box.width, box.height) : undefined;
  const empty = !image && shot.strokes.length === 0;

  return (
    <Group ref={groupRef} x={x} y={y} listening={false}>
      <Rect
        width={metrics.width}
        height={metrics.height}
        fill={COLORS.panel}
        stroke={COLORS.panelBorder}
        strokeWidth={1}
        cornerRadius={6}
        perfectDrawEnabled={false}
      />
      <Group x={box.x} y={box.y} clipX={0} clipY={0} clipWidth={box.width} clipHeight={box.height}>
        <Rect width={box.width} height={box.height} fill={COLORS.imageBox} perfectDrawEnabled={false} />
        {image && crop && <KonvaImage image={image} width={box.width} height={box.height} crop={crop} />}
        {shot.strokes.length > 0 && <StrokesGroup strokes={shot.strokes} width={box.width} height={box.height} />}
        {empty && (
          <Text
            text={t('canvas.panel.emptyHint')}
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
      <Chip x={box.x + 5} y={box.y + 5} text={number} bold />
      <Chip x={box.x + box.width - 5} y={box.y + 5} text={formatDuration(shot.durationMs)} alignRight />
      <PanelCaption shot={shot} speakerName={speakerName} metrics={metrics} />
    </Group>
  );
});
