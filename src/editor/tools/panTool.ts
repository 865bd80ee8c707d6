import { distance, type Point } from '../geometry';
import type { PointerInput, ToolEffect, Transition } from './types';

// Hand tool: space+drag, middle-drag and one-finger touch drag pan the board; two fingers pan
// and pinch-zoom together.

export interface PanningState {
  kind: 'panning';
  pointerId: number;
  last: Point;
}

export interface PinchingState {
  kind: 'pinching';
  /** Latest screen position of each of the two fingers. */
  fingers: Record<number, Point>;
}

export type PanToolState = PanningState | PinchingState;

export function startPan(pointer: PointerInput): PanningState {
  return { kind: 'panning', pointerId: pointer.id, last: pointer.screen };
}

export function panMove(state: PanningState, pointer: PointerInput): Transition<PanningState> {
  if (pointer.id !== state.pointerId) return { state, effects: [] };
  const dx = pointer.screen.x - state.last.x;
  const dy = pointer.screen.y - state.last.y;
  const effects: ToolEffect[] = dx === 0 && dy === 0 ? [] : [{ type: 'pan', dx, dy }];
  return { state: { ...state, last: pointer.screen }, effects };
}

export function startPinch(a: { id: number; screen: Point }, b: { id: number; screen: Point }): PinchingState {
  return { kind: 'pinching', fingers: { [a.id]: a.screen, [b.id]: b.screen } };
}

/**
 * One finger moved: the midpoint's travel pans and the change in finger distance zooms about
 * the new midpoint, so the content under the fingers stays under them.
 */
export function pinchMove(state: PinchingState, pointer: PointerInput): Transition<PinchingState> {
  const before = state.fingers[pointer.id];
  if (!before) return { state, effects: [] };
  const ids = Object.keys(state.fingers).map(Number);
  const otherId = ids.find((id) => id !== pointer.id);
  if (otherId === undefined) return { state, effects: [] };
  const other = state.fingers[otherId];
  const oldMid = midpoint(before, other);
  const newMid = midpoint(pointer.screen, other);
  const oldSpan = distance(before, other);
  const newSpan = distance(pointer.screen, other);
  const effects: ToolEffect[] = [];
  if (newMid.x !== oldMid.x || newMid.y !== oldMid.y) {
    effects.push({ type: 'pan', dx: newMid.x - oldMid.x, dy: newMid.y - oldMid.y });
  }
  if (oldSpan > 0 && newSpan > 0 && newSpan !== oldSpan) {
    effects.push({ type: 'zoom', center: newMid, factor: newSpan / oldSpan });
  }
  return { state: { kind: 'pinching', fingers: { ...state.fingers, [pointer.id]: pointer.screen } }, effects };
}

function midpoint(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}
