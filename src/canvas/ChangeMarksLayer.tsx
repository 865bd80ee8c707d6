import { memo, type ReactNode } from 'react';
import { Group, Layer, Rect, Tag, Text, Label } from 'react-konva';
import type { Visibility } from '../editor/culling';
import { CANVAS_FONT } from './theme';

/** How a panel differs from the other side of a comparison. */
export type PanelChangeMark = 'added' | 'changed';

/** The panels a comparison marks, by shot id, with the words of their tags. */
export interface ChangeMarks {
  byShot: ReadonlyMap<string, PanelChangeMark>;
  labels: Record<PanelChangeMark, string>;
}

export const CHANGE_MARK_COLORS: Record<PanelChangeMark, string> = {
  added: '#1f8a5b',
  changed: '#c77700',
};

interface ChangeMarksLayerProps {
  visibility: Visibility;
  marks: ChangeMarks;
  /** World size of one screen pixel at the current zoom step. */
  unit: number;
}

/**
 * Outlines and tags of a comparison over the cached panels: one layer reads the marks of the
 * panels in view only, so marking thousands of changed shots re-renders no panel.
 */
export const ChangeMarksLayer = memo(function ChangeMarksLayer({ visibility, marks, unit }: ChangeMarksLayerProps) {
  const { layout } = visibility;
  const image = layout.metrics.image;
  // Outside the selection's outline (3 px out), so a selected changed panel shows both.
  const gap = 7 * unit;
  const outlines: ReactNode[] = [];
  for (const { laneIndex, start, end } of visibility.lanes) {
    const panels = layout.lanes[laneIndex]!.panels;
    for (let i = start; i < end; i++) {
      const panel = panels[i]!;
      const mark = marks.byShot.get(panel.shotId);
      if (!mark) continue;
      const color = CHANGE_MARK_COLORS[mark];
      outlines.push(
        <Group key={panel.shotId}>
          <Rect x={panel.x - gap} y={panel.y - gap} width={panel.width + gap * 2} height={panel.height + gap * 2}
            stroke={color} strokeWidth={3} strokeScaleEnabled={false} cornerRadius={8} perfectDrawEnabled={false} />
          {/* Bottom left of the picture: the number and duration chips hold the top corners. */}
          <Label x={panel.x + image.x + 5} y={panel.y + image.y + image.height - 25}>
            <Tag fill={color} cornerRadius={4} />
            <Text text={marks.labels[mark]} fontFamily={CANVAS_FONT} fontSize={12} fontStyle="700" fill="#ffffff" padding={4} />
          </Label>
        </Group>,
      );
    }
  }
  return (
    <Layer listening={false} visible={outlines.length > 0}>
      {outlines}
    </Layer>
  );
});
