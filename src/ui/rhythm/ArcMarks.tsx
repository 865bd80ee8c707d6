import { MAX_INTENSITY } from '../../model';
import type { CurveDrawing, EndingMark } from './arcGeometry';

/**
 * The marks of the Arc screen as SVG groups, without their <svg>: the screen puts each in its
 * own, the PNG export puts them all in one picture.
 */

const STROKE = '#1f2430';
const GUIDE = '#cdd2da';

interface CurveMarksProps {
  drawing: CurveDrawing;
  width: number;
  /** Dashed line at this intensity: where a beat counts as strong. */
  strongAt: number;
  onShot?(shotId: string): void;
  label?(shotId: string): string;
}

export function CurveMarks({ drawing, width, strongAt, onShot, label }: CurveMarksProps) {
  const pad = drawing.yOf(MAX_INTENSITY);
  return (
    <g>
      <line x1={pad} x2={width - pad} y1={drawing.yOf(0)} y2={drawing.yOf(0)} stroke={GUIDE} strokeWidth={1} />
      <line x1={pad} x2={drawing.endX} y1={drawing.yOf(strongAt)} y2={drawing.yOf(strongAt)} stroke={GUIDE} strokeWidth={1} strokeDasharray="2 3" />
      {drawing.targetX !== null && (
        <line x1={drawing.targetX} x2={drawing.targetX} y1={drawing.yOf(MAX_INTENSITY)} y2={drawing.yOf(0)} stroke="#9aa1ad" strokeWidth={1} strokeDasharray="3 2" />
      )}
      {drawing.lines.map((points, index) => (
        <polyline key={index} points={points} fill="none" stroke={STROKE} strokeOpacity={0.55} strokeWidth={1.5} strokeLinejoin="round" />
      ))}
      {drawing.dots.map((dot) => (
        <circle key={dot.shotId} cx={dot.x} cy={dot.y} r={2.6} fill={dot.color} data-shot={dot.shotId}
          className={onShot ? 'arc-dot' : undefined} onClick={onShot && (() => onShot(dot.shotId))}>
          {label && <title>{label(dot.shotId)}</title>}
        </circle>
      ))}
    </g>
  );
}

interface EndingsMarksProps {
  marks: readonly EndingMark[];
  lines: readonly string[];
  paywallXs: readonly number[];
  yOf(intensity: number): number;
  width: number;
  /** Dashed guides at these intensities (the open-ending and paywall minimums); the legend names them. */
  guides: readonly number[];
  /** Episode numbers shown under the axis: every one when few, every fifth or tenth when many. */
  labelEvery: number;
  flagged: ReadonlySet<string>;
  onEpisode?(mark: EndingMark): void;
  label?(mark: EndingMark, number: number): string;
  paywallLabel: string;
}

/** About how wide a character of the 10-pixel paywall label is (CJK characters are wider, Latin narrower). */
const PAYWALL_LABEL_CHAR_WIDTH = 7;

/** Which of the marks at these x positions get a label: each one that clears the last labelled one by `gap`. */
export function spacedLabels(xs: readonly number[], gap: number): Set<number> {
  const labelled = new Set<number>();
  let lastX = -Infinity;
  xs.forEach((x, index) => {
    if (x - lastX < gap) return;
    labelled.add(index);
    lastX = x;
  });
  return labelled;
}

export function EndingsMarks({ marks, lines, paywallXs, yOf, width, guides, labelEvery, flagged, onEpisode, label, paywallLabel }: EndingsMarksProps) {
  const top = yOf(MAX_INTENSITY);
  const bottom = yOf(0);
  const labelledPaywalls = spacedLabels(paywallXs, paywallLabel.length * PAYWALL_LABEL_CHAR_WIDTH + 6);
  return (
    <g>
      {[0, 5, 10].map((intensity) => (
        <g key={intensity}>
          <line x1={24} x2={width} y1={yOf(intensity)} y2={yOf(intensity)} stroke={GUIDE} strokeWidth={1} />
          <text x={18} y={yOf(intensity) + 4} fontSize={11} textAnchor="end" fill="#6b7280">{intensity}</text>
        </g>
      ))}
      {guides.map((intensity, index) => (
        <line key={index} x1={24} x2={width} y1={yOf(intensity)} y2={yOf(intensity)} stroke="#b7791f" strokeOpacity={0.7} strokeWidth={1} strokeDasharray="4 4" />
      ))}
      {paywallXs.map((x, index) => (
        <g key={x} className="arc-paywall">
          <line x1={x} x2={x} y1={top - 6} y2={bottom} stroke="#d12f2f" strokeWidth={1.5} strokeDasharray="5 3" />
          {labelledPaywalls.has(index) && <text x={x} y={top - 9} fontSize={10} textAnchor="middle" fill="#d12f2f">{paywallLabel}</text>}
        </g>
      ))}
      {lines.map((points, index) => (
        <polyline key={index} points={points} fill="none" stroke={STROKE} strokeOpacity={0.6} strokeWidth={1.75} strokeLinejoin="round" />
      ))}
      {marks.map((mark, index) => (
        <g key={mark.episodeId}>
          {mark.y !== null && (
            <circle cx={mark.x} cy={mark.y} r={4} fill={mark.color} stroke={flagged.has(mark.episodeId) ? '#d12f2f' : '#ffffff'}
              strokeWidth={flagged.has(mark.episodeId) ? 2 : 1} data-episode={mark.episodeId}
              className={onEpisode ? 'arc-dot' : undefined} onClick={onEpisode && (() => onEpisode(mark))}>
              {label && <title>{label(mark, index + 1)}</title>}
            </circle>
          )}
          {((index + 1) % labelEvery === 0 || index === 0) && (
            <text x={mark.x} y={bottom + 16} fontSize={11} textAnchor="middle" fill="#6b7280">{index + 1}</text>
          )}
        </g>
      ))}
    </g>
  );
}

/** Episode numbers under the endings chart: all of them up to 20 episodes, then every 5th or 10th. */
export const labelEveryFor = (count: number) => (count <= 20 ? 1 : count <= 60 ? 5 : 10);
