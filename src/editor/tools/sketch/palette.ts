import type { StrokeTool } from '../../../model/types';

/** What the pointer does in the sketch editor. Pen and marker draw; the eraser removes. */
export type SketchTool = StrokeTool | 'eraser';
export const SKETCH_TOOLS: readonly SketchTool[] = ['pen', 'marker', 'eraser'];

/** Swatches offered in the toolbar; `id` doubles as the i18n key of the colour's name. */
export const SKETCH_COLORS = [
  { id: 'black', value: '#1f1f24' },
  { id: 'grey', value: '#8b8d98' },
  { id: 'red', value: '#e03131' },
  { id: 'blue', value: '#1c7ed6' },
  { id: 'green', value: '#2f9e44' },
  { id: 'orange', value: '#f08c00' },
] as const;

export type StrokeWidthName = 'thin' | 'medium' | 'thick';
export const STROKE_WIDTH_NAMES: readonly StrokeWidthName[] = ['thin', 'medium', 'thick'];

// Widths are fractions of the panel width (the stored unit), so a line keeps its weight
// relative to the frame in the large editor and in a small board thumbnail alike.
const PEN_WIDTHS: Record<StrokeWidthName, number> = { thin: 0.004, medium: 0.009, thick: 0.018 };
/** A marker is a broad, translucent tip for shading and blocking in shapes. */
const MARKER_WIDTH_FACTOR = 3;

export function strokeWidthFor(tool: StrokeTool, width: StrokeWidthName): number {
  const exact = tool === 'marker' ? PEN_WIDTHS[width] * MARKER_WIDTH_FACTOR : PEN_WIDTHS[width];
  // Rounded like the points, so the doc stores 0.027 rather than 0.027000000000000003.
  return Math.round(exact * 10000) / 10000;
}

/** Marker strokes are drawn translucent (as StrokesGroup does) so the sketch shows through. */
export function strokeOpacityFor(tool: StrokeTool): number {
  return tool === 'marker' ? 0.45 : 1;
}

/** Radius of the eraser in screen pixels: big enough to hit a thin line without aiming. */
export const ERASER_RADIUS_PX = 10;
