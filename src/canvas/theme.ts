// The model's modules themselves, not its index: the paint worker paints with this palette
// and stays small.
import { EMOTION_COLORS } from '../model/colors';
import type { Emotion } from '../model/types';

// Colours and type of the board canvas. The canvas cannot read CSS variables cheaply per
// frame, so its palette lives here, next to the code that draws it.

export const CANVAS_FONT =
  'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';


export const COLORS = {
  background: '#eceef2',
  lane: '#f7f8fa',
  laneBorder: '#dfe2e8',
  laneHeaderText: '#1f2430',
  laneMutedText: '#6b7280',
  runtimeOver: '#d12f2f',
  runtimeOk: '#3b4252',
  paywall: '#b7791f',
  paywallFill: '#fdf3dc',
  panel: '#ffffff',
  panelBorder: '#d5d9e0',
  imageBox: '#f1f3f6',
  imageHint: '#a0a7b4',
  chip: 'rgba(20, 24, 33, 0.72)',
  chipText: '#ffffff',
  badge: '#eef1f6',
  badgeText: '#3b4252',
  captionText: '#2b303b',
  noBeat: '#c9ced8',
  noBeatText: '#4b5260',
  accent: '#2f6bff',
  accentSoft: 'rgba(47, 107, 255, 0.12)',
  hover: 'rgba(47, 107, 255, 0.45)',
  dragPlaceholder: 'rgba(236, 238, 242, 0.7)',
  addGhostBorder: '#b8bfcc',
  addGhostText: '#7a8394',
  rhythmLine: 'rgba(31, 36, 48, 0.55)',
  rhythmOverviewLine: 'rgba(31, 36, 48, 0.85)',
  rhythmGuide: 'rgba(183, 121, 31, 0.55)',
  rhythmNoEmotion: '#8a92a0',
  findingProblem: '#d12f2f',
  findingWarning: '#b7791f',
} as const;

/** The colour of a beat's emotion, or the no-beat grey. */
export function emotionColorOf(emotion: Emotion | null, fallback: string = COLORS.noBeat): string {
  return emotion ? EMOTION_COLORS[emotion] : fallback;
}

/** Black or white, whichever reads better on a background colour given as #rrggbb. */
export function textOn(background: string): string {
  const match = /^#([0-9a-f]{6})$/i.exec(background);
  if (!match) return '#ffffff';
  const value = parseInt(match[1], 16);
  const channel = (shift: number) => {
    const c = ((value >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
  return luminance > 0.4 ? '#1b1f27' : '#ffffff';
}
