import type Konva from 'konva';
import { memo, useCallback, useMemo } from 'react';
import { Shape } from './konva';
import type { LaneBox } from '../editor/layout';
import { useEpisodeCurve, useEpisodeFindings, useRhythmSettings } from '../hooks/rhythm';
import { BADGE_ROW, laneRhythmGeometry, type LaneRhythmGeometry } from './laneRhythm';
import { COLORS } from './theme';

/** The shape's Konva name, so the lane export can tell it from a panel still waiting for its bitmap. */
export const LANE_RHYTHM_NAME = 'lane-rhythm';

/** On-screen sizes (CSS pixels) of the curve's line and dots, whatever the zoom. */
const LINE_PX = 1.75;
const DOT_PX = 3.5;
/**
 * Zoomed far out (the overview), the strip is a few pixels high: the curve then stretches over
 * the whole lane, panels included (they are plain cards by then), as a heavier line without dots.
 */
const OVERVIEW_BELOW_SCALE = 0.2;

/**
 * An episode's emotion curve along its lane, and a badge under each panel a finding points at:
 * one Konva shape per lane, listening to nothing. Its geometry is computed only when this
 * episode's curve or findings change (the analyser keeps an unchanged episode's curve object),
 * so panning costs only the stroke and fill calls of the visible lanes.
 */
export const LaneRhythm = memo(function LaneRhythm({ lane }: { lane: LaneBox }) {
  const curve = useEpisodeCurve(lane.episodeId);
  const findings = useEpisodeFindings(lane.episodeId);
  // Null until the rhythm has loaded; there is no curve to draw before then either.
  const strongAt = useRhythmSettings()?.thresholds.flatMinIntensity ?? 0;
  const geometry = useMemo(
    () => laneRhythmGeometry(curve, lane.rhythm, lane.panels, findings, strongAt),
    [curve, lane.rhythm, lane.panels, findings, strongAt],
  );
  const sceneFunc = useCallback((context: Konva.Context, shape: Konva.Shape) => drawLaneRhythm(context, shape, geometry), [geometry]);
  if (geometry.lines.length === 0 && geometry.dots.size === 0 && geometry.badges.length === 0) return null;
  return <Shape name={LANE_RHYTHM_NAME} sceneFunc={sceneFunc} listening={false} perfectDrawEnabled={false} />;
});

function drawLaneRhythm(context: Konva.Context, shape: Konva.Shape, { lines, dots, guide, badges, plot, band }: LaneRhythmGeometry): void {
  const ctx = context._context;
  const scale = shape.getAbsoluteScale().x || 1;
  const px = (size: number) => size / scale;
  const overview = scale < OVERVIEW_BELOW_SCALE;
  const stretch = band.height / plot.height;
  const yOf = overview ? (y: number) => band.top + (y - plot.top) * stretch : (y: number) => y;

  ctx.save();
  ctx.lineWidth = px(1);
  ctx.strokeStyle = COLORS.rhythmGuide;
  ctx.setLineDash([px(4), px(4)]);
  ctx.beginPath();
  ctx.moveTo(guide.x1, yOf(guide.y));
  ctx.lineTo(guide.x2, yOf(guide.y));
  ctx.stroke();
  ctx.setLineDash([]);

  ctx.lineWidth = px(overview ? LINE_PX * 1.5 : LINE_PX);
  ctx.lineJoin = 'round';
  ctx.strokeStyle = overview ? COLORS.rhythmOverviewLine : COLORS.rhythmLine;
  ctx.beginPath();
  for (const line of lines) {
    ctx.moveTo(line[0], yOf(line[1]));
    for (let i = 2; i < line.length; i += 2) ctx.lineTo(line[i], yOf(line[i + 1]));
  }
  ctx.stroke();

  if (!overview) {
    const radius = Math.min(px(DOT_PX), 6);
    for (const [color, points] of dots) {
      ctx.fillStyle = color;
      ctx.beginPath();
      for (let i = 0; i < points.length; i += 2) {
        ctx.moveTo(points[i] + radius, points[i + 1]);
        ctx.arc(points[i], points[i + 1], radius, 0, Math.PI * 2);
      }
      ctx.fill();
    }
  }

  // A finding's badge: a disc with "!", sized for the screen but never larger than its row allows.
  const badgeRadius = Math.min(px(7), BADGE_ROW / 2 - 1);
  for (const badge of badges) {
    ctx.fillStyle = badge.severity === 'problem' ? COLORS.findingProblem : COLORS.findingWarning;
    ctx.beginPath();
    ctx.arc(badge.x, badge.y, badgeRadius, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#ffffff';
    ctx.font = `bold ${badgeRadius * 1.5}px sans-serif`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText('!', badge.x, badge.y + badgeRadius * 0.08);
  }
  ctx.restore();
}
