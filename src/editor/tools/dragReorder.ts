import type { Point } from '../geometry';
import { dropTargetAt, isNoopMove, type DropTarget } from '../hitTest';
import { sortByBoardOrder } from '../layout';
import type { PointerInput, ToolContext, ToolEffect, Transition } from './types';

// Dragging selected panels to a new place. Nothing is written while the pointer moves: the
// canvas shows a ghost and the insertion marker, and the drop makes one `moveShots` call.

export interface DraggingState {
  kind: 'dragging';
  pointerId: number;
  /** The moved shots in board order. */
  ids: readonly string[];
  /** The panel that was grabbed (drawn on top of the ghost stack). */
  grabbedId: string;
  /** Pointer offset from the grabbed panel's top-left, in world units, so the ghost doesn't jump. */
  grabOffset: Point;
  pointerWorld: Point;
  target: DropTarget | null;
}

/** Starts a drag of the selection (plus the grabbed panel, in case it was not selected). */
export function startDrag(pointer: PointerInput, grabbedId: string, ctx: ToolContext): DraggingState {
  const selected = ctx.selection.includes(grabbedId) ? ctx.selection : [...ctx.selection, grabbedId];
  const ids = sortByBoardOrder(ctx.layout, selected);
  const panel = ctx.layout.panelById.get(grabbedId);
  const grabOffset = panel ? { x: pointer.world.x - panel.x, y: pointer.world.y - panel.y } : { x: 0, y: 0 };
  return {
    kind: 'dragging',
    pointerId: pointer.id,
    ids,
    grabbedId,
    grabOffset,
    pointerWorld: pointer.world,
    target: dropTargetAt(ctx.layout, pointer.world, new Set(ids)),
  };
}

export function dragMove(state: DraggingState, pointer: PointerInput, ctx: ToolContext): Transition<DraggingState> {
  if (pointer.id !== state.pointerId) return { state, effects: [] };
  const target = dropTargetAt(ctx.layout, pointer.world, new Set(state.ids));
  return { state: { ...state, pointerWorld: pointer.world, target }, effects: [] };
}

/** The drop: one move, or nothing when the panels would land where they already are. */
export function dropEffects(state: DraggingState, ctx: ToolContext): ToolEffect[] {
  const target = state.target;
  if (!target || state.ids.length === 0 || isNoopMove(ctx.layout, state.ids, target)) return [];
  return [{ type: 'move', ids: state.ids, episodeId: target.episodeId, index: target.index }];
}
