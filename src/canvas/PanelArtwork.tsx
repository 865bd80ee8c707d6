import { Group, Image as KonvaImage, Rect, Text } from 'react-konva';
import type { PanelMetrics } from '../editor/layout';
import type { Shot } from '../model/types';
import { coverCrop } from './imageFit';
import { StrokesGroup } from './strokes/StrokesGroup';
import { CANVAS_FONT, COLORS } from './theme';

interface PanelArtworkProps {
  shot: Shot;
  image: HTMLImageElement | null;
  metrics: PanelMetrics;
  emptyHint: string;
}

/**
 * The picture box of a panel: the reference image, cropped to fill the frame, under the
 * sketch (drawn by the same StrokesGroup as the sketch editor, so both match), or a hint when
 * the shot has neither.
 */
export function PanelArtwork({ shot, image, metrics, emptyHint }: PanelArtworkProps) {
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
