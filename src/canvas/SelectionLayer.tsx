import { memo } from 'react';
import { Layer, Rect } from './konva';
import type { Visibility } from '../editor/culling';
import { rectsIntersect, type Rect as Box } from '../editor/geometry';
import type { PanelBox } from '../editor/layout';
import { useBoardSession } from '../hooks/session';
import { useStore } from '../hooks/useStore';
import { type Store } from '../editor/store';
import type { CanvasInteraction } from './interaction';
import { COLORS } from './theme';

interface SelectionLayerProps {
  visibility: Visibility;
  interaction: Store<CanvasInteraction>;
  /** World size of one screen pixel at the current zoom step. */
  unit: number;
}

/**
 * Selection outlines, hover, keyboard focus and the dimmed places of panels being dragged.
 * Only panels near the viewport are outlined, so selecting all 5,000 shots stays cheap.
 */
export const SelectionLayer = memo(function SelectionLayer({ visibility, interaction, unit }: SelectionLayerProps) {
  const { editor } = useBoardSession();
  const selection = useStore(editor.selection);
  const { hover, focusedShotId, tool } = useStore(interaction);
  const { layout, area } = visibility;
  const onScreen = (ids: readonly string[]): PanelBox[] =>
    ids.flatMap((id) => {
      const panel = layout.panelById.get(id);
      return panel && rectsIntersect(panel, area) ? [panel] : [];
    });

  const selected = onScreen(selection);
  const dragging = tool.kind === 'dragging' ? onScreen(tool.ids) : [];
  const hovered =
    hover?.kind === 'panel' && !selection.includes(hover.shotId) ? layout.panelById.get(hover.shotId) : undefined;
  const hoveredSlot =
    hover?.kind === 'add' ? layout.lanes.find((lane) => lane.episodeId === hover.episodeId)?.addSlot : undefined;
  const focused = focusedShotId ? layout.panelById.get(focusedShotId) : undefined;
  const gap = 3 * unit;
  const showHover = tool.kind === 'idle';
  const empty =
    selected.length === 0 && dragging.length === 0 && !focused && !(showHover && (hovered || hoveredSlot));

  // An empty layer still costs a full-size canvas to clear and composite every frame; hidden, it costs nothing.
  return (
    <Layer listening={false} visible={!empty}>
      {dragging.map((box) => (
        <Fill key={box.shotId} box={box} color={COLORS.dragPlaceholder} />
      ))}
      {hoveredSlot && showHover && <Fill box={hoveredSlot} color={COLORS.accentSoft} />}
      {hovered && showHover && <Outline box={hovered} gap={gap} color={COLORS.hover} width={1.5} />}
      {selected.map((box) => (
        <Outline key={box.shotId} box={box} gap={gap} color={COLORS.accent} width={3} />
      ))}
      {focused && <Outline box={focused} gap={gap * 2.5} color={COLORS.accent} width={2} dash={[6, 4]} />}
    </Layer>
  );
});

function Fill({ box, color }: { box: Box; color: string }) {
  return <Rect x={box.x} y={box.y} width={box.width} height={box.height} fill={color} cornerRadius={6} />;
}

interface OutlineProps {
  box: Box;
  /** Space between the panel and the outline, in world units. */
  gap: number;
  color: string;
  /** Stroke width in screen pixels, whatever the zoom. */
  width: number;
  dash?: number[];
}

function Outline({ box, gap, color, width, dash }: OutlineProps) {
  return (
    <Rect
      x={box.x - gap}
      y={box.y - gap}
      width={box.width + gap * 2}
      height={box.height + gap * 2}
      stroke={color}
      strokeWidth={width}
      strokeScaleEnabled={false}
      cornerRadius={8}
      dash={dash}
      perfectDrawEnabled={false}
    />
  );
}
