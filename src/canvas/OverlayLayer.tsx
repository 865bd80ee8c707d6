import { memo } from 'react';
import { Layer, Rect } from './konva';
import type { Rect as Box } from '../editor/geometry';
import { marqueeRect } from '../editor/tools/marquee';
import { useStore } from '../hooks/useStore';
import { type Store } from '../editor/store';
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

function InsertionMarker({ marker, unit }: { marker: Box; unit: number }) {
  // At least 4 screen pixels wide, however far out the board is zoomed.
  const width = Math.max(marker.width, 4 * unit);
  const cx = marker.x + marker.width / 2;
  const cap = width * 3;
  const bar = (x: number, y: number, w: number, h: number) => (
    <Rect x={x} y={y} width={w} height={h} fill={COLORS.accent} cornerRadius={width / 2} />
  );
  // An I-beam: the bar between the panels, with short caps above and below.
  return (
    <>
      {bar(cx - width / 2, marker.y, width, marker.height)}
      {bar(cx - cap / 2, marker.y - width, cap, width)}
      {bar(cx - cap / 2, marker.y + marker.height, cap, width)}
    </>
  );
}
