import { createStore } from '../../editor/store';
import { SKETCH_COLORS, type SketchTool, type StrokeWidthName } from '../../editor/tools/sketch/palette';

export interface SketchToolPrefs {
  tool: SketchTool;
  color: string;
  width: StrokeWidthName;
}

/**
 * The artist's brush, kept for the whole tab: moving to the next shot or reopening the
 * editor picks up the pen where it was put down. Session state, never stored in the doc.
 */
export const sketchToolPrefs = createStore<SketchToolPrefs>({
  tool: 'pen',
  color: SKETCH_COLORS[0].value,
  width: 'medium',
});

export function updateSketchToolPrefs(patch: Partial<SketchToolPrefs>): void {
  sketchToolPrefs.set((prev) => ({ ...prev, ...patch }));
}
