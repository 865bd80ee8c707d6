import { CANVAS_FONT } from './theme';

// Width of short labels (badges, chips) so their pills can be sized and right-aligned without
// creating a Konva node per measurement. Results are cached: the same few labels recur.

let context: CanvasRenderingContext2D | null = null;
const widths = new Map<string, number>();
const MAX_CACHED = 2000;

export function textWidth(text: string, fontSize: number, fontStyle: 'normal' | 'bold' = 'normal'): number {
  const key = `${fontStyle}|${fontSize}|${text}`;
  const cached = widths.get(key);
  if (cached !== undefined) return cached;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * fontSize * 0.6;
  context.font = `${fontStyle === 'bold' ? 'bold ' : ''}${fontSize}px ${CANVAS_FONT}`;
  const width = context.measureText(text).width;
  if (widths.size >= MAX_CACHED) widths.clear();
  widths.set(key, width);
  return width;
}
