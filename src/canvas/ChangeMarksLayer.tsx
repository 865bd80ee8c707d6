import { memo, type ReactNode } from 'react';
import { Group, Label, Layer, Line, Rect, Tag, Text } from './konva';
import type { Visibility } from '../editor/culling';
import { PANEL_GAP, type LaneBox } from '../editor/layout';
import { CANVAS_FONT } from './theme';

/** How a panel differs from the other side of a comparison. */
export type PanelChangeMark = 'added' | 'changed';

/** Shots taken out of a lane: the gap they left, after `afterShotId` (null: before the first panel). */
export interface RemovedMark {
  episodeId: string;
  afterShotId: string | null;
  count: number;
}

/** What a comparison marks on the newer board, with the words of its tags. */
export interface ChangeMarks {
  byShot: ReadonlyMap<string, PanelChangeMark>;
  removed: readonly RemovedMark[];
  labels: Record<PanelChangeMark | 'removed', string>;
}

export const CHANGE_MARK_COLORS: Record<PanelChangeMark | 'removed', string> = {
  added: '#1f8a5b',
  changed: '#c77700',
  removed: '#c0392b',
};

interface ChangeMarksLayerProps {
  visibility: Visibility;
  marks: ChangeMarks;
  /** World size of one screen pixel at the current zoom step. */
  unit: number;
}

/**
 * Outlines and tags of a comparison over the cached panels, and a bar where shots were
 * removed. One layer reads the marks of the panels in view only, so marking thousands of
 * changed shots re-renders no panel.
 */
export const ChangeMarksLayer = memo(function ChangeMarksLayer({ visibility, marks, unit }: ChangeMarksLayerProps) {
  const { layout } = visibility;
  const image = layout.metrics.image;
  // Just outside the selection's outline (3 px out), so a selected changed panel shows both,
  // and inside half the gap between panels, where a removed shot's bar goes.
  const gap = 5 * unit;
  const nodes: ReactNode[] = [];
  const visibleLanes = new Map<string, LaneBox>();
  for (const { laneIndex, start, end } of visibility.lanes) {
    const lane = layout.lanes[laneIndex]!;
    visibleLanes.set(lane.episodeId, lane);
    for (let i = start; i < end; i++) {
      const panel = lane.panels[i]!;
      const mark = marks.byShot.get(panel.shotId);
      if (!mark) continue;
      const color = CHANGE_MARK_COLORS[mark];
      nodes.push(
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
  for (const spot of marks.removed) {
    const lane = visibleLanes.get(spot.episodeId);
    if (!lane) continue;
    const previous = spot.afterShotId ? layout.panelById.get(spot.afterShotId) : undefined;
    // Midway between the panels on either side of the gap.
    const x = previous ? previous.x + previous.width + PANEL_GAP / 2 : lane.panelsX - PANEL_GAP / 2;
    const text = spot.count > 1 ? `${marks.labels.removed} ×${spot.count}` : marks.labels.removed;
    nodes.push(
      <Group key={`removed:${spot.episodeId}:${spot.afterShotId ?? ''}`}>
        <Line points={[x, lane.panelsY, x, lane.panelsY + layout.metrics.height]} stroke={CHANGE_MARK_COLORS.removed}
          strokeWidth={2} strokeScaleEnabled={false} dash={[8, 5]} perfectDrawEnabled={false} />
        <Label x={x} y={lane.panelsY + layout.metrics.height / 2}>
          <Tag fill={CHANGE_MARK_COLORS.removed} cornerRadius={4} pointerDirection="down" pointerWidth={0} pointerHeight={0} />
          <Text text={text} fontFamily={CANVAS_FONT} fontSize={12} fontStyle="700" fill="#ffffff" padding={4} />
        </Label>
      </Group>,
    );
  }
  return (
    <Layer listening={false} visible={nodes.length > 0}>
      {nodes}
    </Layer>
  );
});
