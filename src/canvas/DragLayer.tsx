import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Group, Layer, Rect, Text } from './konva';
import { panelNumber, type BoardLayout } from '../editor/layout';
import { useStore } from '../hooks/useStore';
import { type Store } from '../editor/store';
import type { CanvasInteraction } from './interaction';
import { ShotPanel } from './ShotPanel';
import { CANVAS_FONT, COLORS } from './theme';

interface DragLayerProps {
  layout: BoardLayout;
  interaction: Store<CanvasInteraction>;
  cacheRatio: number;
}

const STACK_OFFSET = 6;

/** The ghost that follows the pointer while panels are dragged: the grabbed panel, a stack behind it and a count. */
export const DragLayer = memo(function DragLayer({ layout, interaction, cacheRatio }: DragLayerProps) {
  const { tool } = useStore(interaction);
  const { i18n } = useTranslation();
  // Hidden between drags, so its canvas is not composited while panning.
  if (tool.kind !== 'dragging') return <Layer listening={false} visible={false} />;
  const grabbed = layout.panelById.get(tool.grabbedId);
  if (!grabbed) return <Layer listening={false} visible={false} />;
  const { metrics } = layout;
  const x = tool.pointerWorld.x - tool.grabOffset.x;
  const y = tool.pointerWorld.y - tool.grabOffset.y;
  const behind = Math.min(2, tool.ids.length - 1);

  return (
    <Layer listening={false}>
      <Group opacity={0.88} rotation={-2} x={x} y={y}>
        {Array.from({ length: behind }, (_, i) => (
          <Rect
            key={i}
            x={(behind - i) * STACK_OFFSET}
            y={(behind - i) * STACK_OFFSET}
            width={metrics.width}
            height={metrics.height}
            fill={COLORS.panel}
            stroke={COLORS.panelBorder}
            cornerRadius={6}
          />
        ))}
        <ShotPanel
          shotId={grabbed.shotId}
          x={0}
          y={0}
          number={panelNumber(grabbed)}
          metrics={metrics}
          cacheRatio={cacheRatio}
          language={i18n.language}
        />
        <Rect width={metrics.width} height={metrics.height} stroke={COLORS.accent} strokeWidth={2} cornerRadius={6} />
        {tool.ids.length > 1 && <CountBadge x={metrics.width - 8} count={tool.ids.length} />}
      </Group>
    </Layer>
  );
});

function CountBadge({ x, count }: { x: number; count: number }) {
  const size = 28;
  return (
    <Group x={x - size / 2} y={-size / 2}>
      <Rect width={size} height={size} cornerRadius={size / 2} fill={COLORS.accent} />
      <Text width={size} height={size} align="center" verticalAlign="middle" text={String(count)} fontSize={13}
        fontStyle="bold" fontFamily={CANVAS_FONT} fill="#ffffff" />
    </Group>
  );
}
