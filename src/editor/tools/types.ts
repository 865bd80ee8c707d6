import type { Camera } from '../editorState';
import type { Point } from '../geometry';
import type { BoardLayout } from '../layout';

// The board's pointer tools are small state machines: pure reducers from (state, event,
// context) to (state, effects). The canvas turns DOM events into these events and applies the
// effects; everything in between is tested in Node.

export interface Modifiers {
  shift: boolean;
  /** Ctrl or Cmd. */
  mod: boolean;
}

export interface PointerInput {
  id: number;
  type: 'mouse' | 'pen' | 'touch';
  /** 0 primary, 1 middle, 2 secondary (DOM `button` of the pointerdown). */
  button: number;
  /** CSS pixels relative to the canvas. */
  screen: Point;
  world: Point;
  modifiers: Modifiers;
}

export type ToolEvent =
  | { type: 'down'; pointer: PointerInput }
  | { type: 'move'; pointer: PointerInput }
  | { type: 'up'; pointer: PointerInput }
  /** Pointer cancelled, window blurred or Escape pressed: abandon the gesture. */
  | { type: 'cancel' };

export interface ToolContext {
  layout: BoardLayout;
  selection: readonly string[];
  camera: Camera;
  /** Space is held: a primary-button drag pans (Figma's hand tool). */
  spaceHeld: boolean;
  /** A role that may not edit the board: dragging a panel pans and "add shot" does nothing. */
  readOnly?: boolean;
}

export type ToolEffect =
  | { type: 'select'; ids: readonly string[] }
  | { type: 'pan'; dx: number; dy: number }
  | { type: 'zoom'; center: Point; factor: number }
  | { type: 'move'; ids: readonly string[]; episodeId: string; index: number }
  | { type: 'addShot'; episodeId: string };

export interface Transition<S> {
  state: S;
  effects: ToolEffect[];
}

/** Screen distance a press may travel and still count as a click. */
export const DRAG_THRESHOLD = 4;
