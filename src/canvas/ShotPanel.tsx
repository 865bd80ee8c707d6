import type Konva from 'konva';
import { SceneCanvas } from 'konva/lib/Canvas';
import { memo, startTransition, useCallback, useLayoutEffect, useRef, useState, type Ref } from 'react';
import type { TFunction } from 'i18next';
import { Group, Image as KonvaImage, Rect, Shape } from 'react-konva';
import { useBoardValue, useShot } from '../hooks/board';
import type { PanelMetrics } from '../editor/layout';
import { formatDuration } from '../model';
import type { BoardSnapshot, Shot } from '../model/types';
import { useAssetImage } from './assetImages';
import { drawPanelCard } from './lowDetail';
import { panelTranslator } from './panelText';
import { PanelArtwork } from './PanelArtwork';
import { PanelCaption } from './PanelCaption';
import { bitmapKey, getBitmap, putBitmap } from './panelBitmaps';
import { Chip } from './Pill';
import { cancelRaster, scheduleMount, scheduleRaster } from './rasterQueue';
import { COLORS } from './theme';

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
 * One shot at full detail, drawn on the board as a single bitmap. The Konva nodes of its
 * picture, chips and caption are mounted only when the raster queue reaches the panel, and
 * unmounted once they are rasterised; meanwhile the previous bitmap, or a plain card, stands
 * in. Bitmaps are kept by content (see panelBitmaps), so a panel scrolled back into view
 * costs one image and no nodes at all.
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
  const key = shot
    ? bitmapKey(shot, `panel|${number}|${speakerName ?? ''}|${cacheRatio}|${language}|${image ? image.src : ''}`)
    : '';
  const [drawn, setDrawn] = useState<{ key: string; bitmap: HTMLCanvasElement } | null>(null);
  const current = drawn?.key === key ? drawn.bitmap : getBitmap(key);
  // The nodes the bitmap is drawn from are mounted only when the raster queue gets to this panel.
  const [mountedKey, setMountedKey] = useState<string | null>(null);
  const showContent = !current && mountedKey === key;
  const contentRef = useRef<Konva.Group>(null);
  const ownerRef = useRef({});

  useLayoutEffect(() => {
    if (current || !shot) return;
    const owner = ownerRef.current;
    const content = contentRef.current;
    if (!showContent || !content) {
      // A transition: React builds the nodes in slices between frames instead of in one block.
      scheduleMount(owner, () => startTransition(() => setMountedKey(key)));
    } else {
      scheduleRaster(owner, () => {
        const canvas = new SceneCanvas({ width: metrics.width, height: metrics.height, pixelRatio: cacheRatio });
        content.drawScene(canvas, content);
        putBitmap(key, canvas._canvas);
        setDrawn({ key, bitmap: canvas._canvas });
      });
    }
    return () => cancelRaster(owner);
  }, [current, shot, showContent, key, cacheRatio, metrics]);

  const drawPlaceholder = useCallback(
    (context: Konva.Context) => {
      if (shot) drawPanelCard(context._context, { x: 0, shot, image: null }, metrics, { detailed: false, pixelRatio: 1 });
    },
    [shot, metrics],
  );

  if (!shot) return null;
  const shown = current ?? drawn?.bitmap; // while re-rasterising after an edit, the last picture stays up
  return (
    <Group x={x} y={y} listening={false}>
      {shown ? (
        <KonvaImage image={shown} width={metrics.width} height={metrics.height} perfectDrawEnabled={false} />
      ) : (
        <Shape sceneFunc={drawPlaceholder} width={metrics.width} height={metrics.height} />
      )}
      {showContent && (
        <PanelContent
          ref={contentRef}
          shot={shot}
          number={number}
          speakerName={speakerName}
          image={image}
          metrics={metrics}
          t={panelTranslator(language)}
        />
      )}
    </Group>
  );
});

interface PanelContentProps {
  ref: Ref<Konva.Group>;
  shot: Shot;
  number: string;
  speakerName: string | undefined;
  image: HTMLImageElement | null;
  metrics: PanelMetrics;
  t: TFunction;
}

/** Everything a panel shows, as Konva nodes. Never drawn on the board itself: only rasterised into the panel's bitmap. */
function PanelContent({ ref, shot, number, speakerName, image, metrics, t }: PanelContentProps) {
  return (
    <Group ref={ref} visible={false}>
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
      <Chip
        x={metrics.image.x + metrics.image.width - 5}
        y={metrics.image.y + 5}
        text={formatDuration(shot.durationMs)}
        alignRight
      />
      <PanelCaption shot={shot} speakerName={speakerName} metrics={metrics} t={t} />
    </Group>
  );
}
