import { memo } from 'react';
import { Group, Line } from '../konva';
import { strokePointsIn } from '../../model';
import type { Stroke } from '../../model/types';

interface StrokesGroupProps {
  strokes: readonly Stroke[];
  /** Size of the panel box the normalised strokes are drawn into. */
  width: number;
  height: number;
}

/** Draws normalised sketch strokes into a width x height box: the board thumbnail and the
 *  sketch editor use this same component, so both show the same drawing. */
export const StrokesGroup = memo(function StrokesGroup({ strokes, width, height }: StrokesGroupProps) {
  return (
    <Group listening={false}>
      {strokes.map((stroke) => (
        <Line
          key={stroke.id}
          points={strokePointsIn(stroke, width, height)}
          stroke={stroke.color}
          strokeWidth={Math.max(0.5, stroke.width * width)}
          opacity={stroke.tool === 'marker' ? 0.45 : 1}
          lineCap="round"
          lineJoin="round"
          tension={0.3}
          perfectDrawEnabled={false}
        />
      ))}
    </Group>
  );
});
