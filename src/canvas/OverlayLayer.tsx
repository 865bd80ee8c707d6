import { memo } from 'react';
import { Layer, Rect } from 'react-konva';
import { marqueeRect } from '../editor/tools/marquee';
import { useStore, type Store } from '../editor/store';
import type { CanvasInteraction } from './interaction';
import { COLORS } from './theme';

interface OverlayLayerProps {
  interaction: Store<CanvasInteraction>;
  /** World size of one screen pixel at the current zoom step. */
  unit: number;
}

/** The marquee band and the insertion marker of a drag: the bar where the panels will land. */
export const OverlayLayer = memo(function OverlayLayer({ interaction, unit }: OverlayLayerProps) {
  const { tool } = useStore(interaction);
  return (
    <Layer listening={false} visible={tool.kind === 'marquee' || tool.kind === 'dragging'}>
      {tool.kind === 'marquee' && (
        <Rect
          {...marqueeRect(tool)}
          fill={COLORS.accentSoft}
          stroke={COLORS.accent}
          strokeWidth={1}
          strokeScaleEnabled={false}
        />
      )}
      {tool.kind === 'dragging' && tool.target && <InsertionMarker marker={tool.target.marker} unit={unit} />}
    </Layer>
  );
});

function InsertionMarker({ marker, unit }: { marker: { x: number; y: number; width: number; height: number }; unit: number }) {
  // At least 4 screen pixels wide, however far out the board is zoomed.
  const width = Math.max(marker.width, 4 * unit);
  const cx = marker.x + marker.width / 2;
  const cap = width * 3;
  return (
    <>
      <Rect x={cx - width / 2} y={marker.y} width={width} height={marker.height} fill={COLORS.accent} cornerRadius={width / 2} />
      <Rect x={cx - cap / 2} y={marker.y - width} width={cap} height={width} fill={COLORS.accent} cornerRadius={width / 2} />
      <Rect x={cx - cap / 2} y={marker.y + marker.height} width={cap} height={width} fill={COLORS.accent} cornerRadius={width / 2} />
    </>
  );
}
