import { distance, type Point } from '../geometry';
import { hitTest } from '../hitTest';
import { dragMove, dropEffects, startDrag, type DraggingState } from './dragReorder';
import { marqueeSelection, sameIds, type MarqueeState } from './marquee';
import { panMove, pinchMove, startPan, startPinch, type PanToolState } from './panTool';
import {
  DRAG_THRESHOLD,
  type PointerInput,
  type ToolContext,
  type ToolEffect,
  type ToolEvent,
  type Transition,
} from './types';

// The board's pointer state machine (Figma habits): press on a panel selects it and a drag
// moves the selection; press on empty canvas and drag draws a marquee; space/middle-drag and
// touch pan; two fingers pinch. Double-click is handled by the canvas with `hitTest`.

interface PressBase {
  pointerId: number;
  pointerType: PointerInput['type'];
  origin: Point;
  /** Latest screen position, so a second finger can turn the press into a pinch. */
  last: Point;
}

/** Pressed on a panel; becomes a drag once the pointer travels. */
export interface PressingPanelState extends PressBase {
  kind: 'pressingPanel';
  shotId: string;
  /** Shift or Cmd/Ctrl was held: the click toggles instead of replacing the selection. */
  toggle: boolean;
  /** The panel was already selected at press time, so the click is decided on release. */
  wasSelected: boolean;
}

/** Pressed on empty canvas; becomes a marquee once the pointer travels. */
export interface PressingEmptyState extends PressBase {
  kind: 'pressingEmpty';
  originWorld: Point;
  additive: boolean;
  base: readonly string[];
}

/** Pressed on an episode's "add shot" ghost panel. */
export interface PressingAddState extends PressBase {
  kind: 'pressingAdd';
  episodeId: string;
  originWorld: Point;
}

export type BoardPointerState =
  | { kind: 'idle' }
  | PanToolState
  | PressingPanelState
  | PressingEmptyState
  | PressingAddState
  | MarqueeState
  | DraggingState;

export const IDLE: BoardPointerState = { kind: 'idle' };

const stay = (state: BoardPointerState): Transition<BoardPointerState> => ({ state, effects: [] });

export function reduceBoardPointer(
  state: BoardPointerState,
  event: ToolEvent,
  ctx: ToolContext,
): Transition<BoardPointerState> {
  switch (event.type) {
    case 'down':
      return state.kind === 'idle' ? pointerDown(event.pointer, ctx) : secondPointerDown(state, event.pointer);
    case 'move':
      return pointerMove(state, event.pointer, ctx);
    case 'up':
      return pointerUp(state, event.pointer, ctx);
    case 'cancel':
      return { state: IDLE, effects: state.kind === 'marquee' ? [{ type: 'select', ids: state.base }] : [] };
  }
}

function pointerDown(pointer: PointerInput, ctx: ToolContext): Transition<BoardPointerState> {
  if (pointer.button === 1 || (pointer.button === 0 && ctx.spaceHeld)) return stay(startPan(pointer));
  if (pointer.button !== 0) return stay(IDLE);

  const press = { pointerId: pointer.id, pointerType: pointer.type, origin: pointer.screen, last: pointer.screen };
  const toggle = pointer.modifiers.shift || pointer.modifiers.mod;
  const hit = hitTest(ctx.layout, pointer.world);
  if (hit.kind === 'panel') {
    const wasSelected = ctx.selection.includes(hit.shotId);
    const effects: ToolEffect[] = [];
    // A mouse press selects at once, so press-and-drag moves the panel in one gesture. A finger
    // on an unselected panel may be starting a pan instead, so touch selects on release.
    if (!wasSelected && pointer.type !== 'touch') effects.push(addOrReplace(ctx.selection, hit.shotId, toggle));
    return { state: { kind: 'pressingPanel', ...press, shotId: hit.shotId, toggle, wasSelected }, effects };
  }
  if (hit.kind === 'add') {
    return stay({ kind: 'pressingAdd', ...press, episodeId: hit.episodeId, originWorld: pointer.world });
  }
  // A finger on empty canvas pans (touch has no hover and no modifier keys to marquee with).
  if (pointer.type === 'touch') return stay(startPan(pointer));
  return stay({ kind: 'pressingEmpty', ...press, originWorld: pointer.world, additive: toggle, base: ctx.selection });
}

/** A second finger on a touch screen turns whatever the first one started into a pinch. */
function secondPointerDown(state: BoardPointerState, pointer: PointerInput): Transition<BoardPointerState> {
  if (pointer.type !== 'touch') return stay(state);
  const first = firstTouch(state);
  if (!first || first.id === pointer.id) return stay(state);
  return stay(startPinch(first, pointer));
}

function firstTouch(state: BoardPointerState): { id: number; screen: Point } | null {
  switch (state.kind) {
    case 'panning':
      return { id: state.pointerId, screen: state.last };
    case 'pressingPanel':
    case 'pressingEmpty':
    case 'pressingAdd':
      return state.pointerType === 'touch' ? { id: state.pointerId, screen: state.last } : null;
    default:
      return null;
  }
}

function pointerMove(state: BoardPointerState, pointer: PointerInput, ctx: ToolContext): Transition<BoardPointerState> {
  switch (state.kind) {
    case 'panning':
      return panMove(state, pointer);
    case 'pinching':
      return pinchMove(state, pointer);
    case 'dragging':
      return dragMove(state, pointer, ctx);
    case 'marquee': {
      if (pointer.id !== state.pointerId) return stay(state);
      const next = { ...state, current: pointer.world };
      const ids = marqueeSelection(next, ctx.layout);
      return { state: next, effects: sameIds(ids, ctx.selection) ? [] : [{ type: 'select', ids }] };
    }
    case 'pressingPanel':
    case 'pressingEmpty':
    case 'pressingAdd': {
      if (pointer.id !== state.pointerId) return stay(state);
      const pressed = { ...state, last: pointer.screen };
      if (distance(pointer.screen, state.origin) <= DRAG_THRESHOLD) return stay(pressed);
      return startGesture(pressed, pointer, ctx);
    }
    default:
      return stay(state);
  }
}

/** The press travelled far enough: it is a drag of panels or a marquee, not a click. */
function startGesture(
  state: PressingPanelState | PressingEmptyState | PressingAddState,
  pointer: PointerInput,
  ctx: ToolContext,
): Transition<BoardPointerState> {
  if (state.kind === 'pressingPanel') {
    if ((state.pointerType === 'touch' && !state.wasSelected) || ctx.readOnly) {
      return panMove({ kind: 'panning', pointerId: state.pointerId, last: state.origin }, pointer);
    }
    return stay(startDrag(pointer, state.shotId, ctx));
  }
  const marquee: MarqueeState = {
    kind: 'marquee',
    pointerId: state.pointerId,
    origin: state.originWorld,
    current: pointer.world,
    base: state.kind === 'pressingEmpty' ? state.base : ctx.selection,
    additive: state.kind === 'pressingEmpty' ? state.additive : false,
  };
  const ids = marqueeSelection(marquee, ctx.layout);
  return { state: marquee, effects: sameIds(ids, ctx.selection) ? [] : [{ type: 'select', ids }] };
}

function pointerUp(state: BoardPointerState, pointer: PointerInput, ctx: ToolContext): Transition<BoardPointerState> {
  if (state.kind === 'pinching') return liftFinger(state.fingers, pointer.id);
  if (state.kind === 'idle' || state.pointerId !== pointer.id) return stay(state);
  switch (state.kind) {
    case 'pressingPanel':
      return { state: IDLE, effects: clickPanel(state, ctx.selection) };
    case 'pressingEmpty':
      return { state: IDLE, effects: state.additive || ctx.selection.length === 0 ? [] : [{ type: 'select', ids: [] }] };
    case 'pressingAdd':
      return { state: IDLE, effects: ctx.readOnly ? [] : [{ type: 'addShot', episodeId: state.episodeId }] };
    case 'dragging':
      return { state: IDLE, effects: dropEffects(state, ctx) };
    default:
      return stay(IDLE);
  }
}

function addOrReplace(selection: readonly string[], shotId: string, toggle: boolean): ToolEffect {
  return { type: 'select', ids: toggle ? [...selection, shotId] : [shotId] };
}

/** A click on a panel that was already selected: Shift/Cmd removes it, a plain click selects only it. */
function clickPanel(state: PressingPanelState, selection: readonly string[]): ToolEffect[] {
  if (!state.wasSelected) return state.pointerType === 'touch' ? [addOrReplace(selection, state.shotId, state.toggle)] : [];
  if (state.toggle) return [{ type: 'select', ids: selection.filter((id) => id !== state.shotId) }];
  if (selection.length === 1 && selection[0] === state.shotId) return [];
  return [{ type: 'select', ids: [state.shotId] }];
}

/** One finger of a pinch lifted: the other keeps panning. */
function liftFinger(fingers: Record<number, Point>, liftedId: number): Transition<BoardPointerState> {
  const rest = Object.entries(fingers).filter(([id]) => Number(id) !== liftedId);
  if (rest.length !== 1) return stay(IDLE);
  const [id, screen] = rest[0];
  return stay({ kind: 'panning', pointerId: Number(id), last: screen });
}
