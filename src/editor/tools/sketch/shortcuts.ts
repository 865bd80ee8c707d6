import type { SketchTool } from './palette';

// Keys of the sketch editor. They apply only while the editor is open and focused; the
// editor stops them there so the board's own shortcuts (delete shot, board undo) stay out.

export type SketchCommand =
  | { type: 'tool'; tool: SketchTool }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'close' };

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const TOOL_KEYS: Record<string, SketchTool> = { p: 'pen', m: 'marker', e: 'eraser' };

/** The command a key press asks for, or null. Mod is Ctrl, or Cmd on a Mac. */
export function sketchCommandForKey(input: KeyInput): SketchCommand | null {
  const mod = input.ctrlKey || input.metaKey;
  const key = input.key.toLowerCase();
  if (input.key === 'Escape') return { type: 'close' };
  if (mod && !input.altKey) {
    if (key === 'z') return input.shiftKey ? { type: 'redo' } : { type: 'undo' };
    if (key === 'y' && !input.shiftKey) return { type: 'redo' };
    return null;
  }
  if (input.altKey || input.shiftKey) return null;
  const tool = TOOL_KEYS[key];
  return tool ? { type: 'tool', tool } : null;
}

/** The key labels shown in tooltips and the shortcuts help. */
export const SKETCH_SHORTCUTS = {
  pen: 'P',
  marker: 'M',
  eraser: 'E',
  undo: 'Mod+Z',
  redo: 'Mod+Shift+Z',
  close: 'Escape',
} as const;
