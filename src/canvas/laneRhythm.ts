import type { Rect } from '../editor/geometry';
import type { PanelBox } from '../editor/layout';
import { MAX_INTENSITY, type CheckedFinding, type EpisodeCurve, type Severity } from '../model';
import { COLORS, emotionColorOf } from './theme';

/**
 * What a lane's rhythm shape draws, in world coordinates, computed once per change of the
 * episode's curve or findings (never per frame): the curve in the strip under the panels
 * (x is running time across the strip, y intensity) and a badge under each panel a finding
 * points at.
 */
export interface LaneRhythmGeometry {
  /** Polylines as flat [x0, y0, x1, y1, ...]; a shot without a beat breaks the line. */
  lines: number[][];
  /** Dot centres grouped by colour, so a frame fills each colour once. */
  dots: Map<string, number[]>;
  /** The dashed guide at the strong-beat level. */
  guide: { x1: number; x2: number; y: number };
  badges: { x: number; y: number; severity: Severity }[];
  /** The curve's plot area, and the lane's whole height (panels and strip) it stretches over in the overview. */
  plot: { top: number; height: number };
  band: { top: number; height: number };
}

const INSET = 6;
/** The top of the strip holds the badges, right under the panels they mark. */
export const BADGE_ROW = 22;

export function laneRhythmGeometry(
  curve: EpisodeCurve | undefined,
  strip: Rect,
  panels: readonly PanelBox[],
  findings: readonly CheckedFinding[],
  strongAt: number,
): LaneRhythmGeometry {
  const top = strip.y + BADGE_ROW + INSET;
  const height = strip.height - BADGE_ROW - 2 * INSET;
  const yOf = (intensity: number) => top + height * (1 - intensity / MAX_INTENSITY);
  const lines: number[][] = [];
  const dots = new Map<string, number[]>();
  const runtime = curve?.runtimeMs ?? 0;
  // The curve spans the panels (not the add slot) so its end sits under the last shot.
  const span = Math.max(0, (panels.at(-1) ? panels.at(-1)!.x + panels.at(-1)!.width : strip.x) - strip.x - 2 * INSET);
  let line: number[] = [];
  for (const point of curve?.points ?? []) {
    if (point.intensity === null) {
      if (line.length > 2) lines.push(line);
      line = [];
      continue;
    }
    const x = strip.x + INSET + (runtime > 0 ? ((point.startMs + point.endMs) / 2 / runtime) * span : 0);
    const y = yOf(point.intensity);
    line.push(x, y);
    const color = emotionColorOf(point.emotion, COLORS.rhythmNoEmotion);
    let group = dots.get(color);
    if (!group) dots.set(color, (group = []));
    group.push(x, y);
  }
  if (line.length > 2) lines.push(line);

  const worst = new Map<string, Severity>();
  const rank = { problem: 0, warning: 1, info: 2 } as const;
  for (const finding of findings) {
    if (!finding.shotId) continue;
    const current = worst.get(finding.shotId);
    if (!current || rank[finding.severity] < rank[current]) worst.set(finding.shotId, finding.severity);
  }
  const badges = panels.flatMap((panel) => {
    const severity = worst.get(panel.shotId);
    // Info is not worth a mark on the board: it stays in the Checks list.
    return severity && severity !== 'info' ? [{ x: panel.x + panel.width / 2, y: strip.y + BADGE_ROW / 2, severity }] : [];
  });
  const bandTop = panels[0]?.y ?? strip.y;
  return {
    lines, dots, guide: { x1: strip.x + INSET, x2: strip.x + INSET + span, y: yOf(strongAt) }, badges,
    plot: { top, height }, band: { top: bandTop, height: strip.y + strip.height - INSET - bandTop },
  };
}
