import { describe, expect, it } from 'vitest';
import { worldToScreen } from '../camera';
import type { Point } from '../geometry';
import { layoutBoard } from '../layout';
import { boardWithLanes } from '../testing/boards';
import { IDLE, reduceBoardPointer, type BoardPointerState } from './boardPointer';
import type { PointerInput, ToolContext, ToolEffect, ToolEvent } from './types';

const layout = layoutBoard(boardWithLanes(4, 3), '9:16');
const camera = { x: 0, y: 0, scale: 1 };
const centreOf = (id: string): Point => {
  const panel = layout.panelById.get(id)!;
  return { x: panel.x + panel.width / 2, y: panel.y + panel.height / 2 };
};
const emptyPoint: Point = { x: -200, y: -200 };

function pointer(world: Point, extra: Partial<PointerInput> = {}): PointerInput {
  return {
    id: 1,
    type: 'mouse',
    button: 0,
    world,
    screen: worldToScreen(camera, world),
    modifiers: { shift: false, mod: false },
    ...extra,
  };
}

/** Runs events through the machine, applying select effects to the context like the canvas does. */
function run(events: ToolEvent[], options: { selection?: string[]; spaceHeld?: boolean; state?: BoardPointerState } = {}) {
  const ctx: ToolContext = { layout, camera, selection: options.selection ?? [], spaceHeld: options.spaceHeld ?? false };
  let state = options.state ?? IDLE;
  const effects: ToolEffect[] = [];
  for (const event of events) {
    const result = reduceBoardPointer(state, event, ctx);
    state = result.state;
    for (const effect of result.effects) {
      effects.push(effect);
      if (effect.type === 'select') ctx.selection = effect.ids;
    }
  }
  return { state, effects, selection: ctx.selection };
}

const down = (p: PointerInput): ToolEvent => ({ type: 'down', pointer: p });
const move = (p: PointerInput): ToolEvent => ({ type: 'move', pointer: p });
const up = (p: PointerInput): ToolEvent => ({ type: 'up', pointer: p });
const shifted = (p: Point, by: number): Point => ({ x: p.x + by, y: p.y });

describe('click selection', () => {
  it('selects a panel on press and ends idle', () => {
    const p = pointer(centreOf('e1s2'));
    const result = run([down(p), up(p)]);
    expect(result.selection).toEqual(['e1s2']);
    expect(result.state).toBe(IDLE);
  });

  it('shift- and cmd-click toggle panels in and out', () => {
    const shift = { modifiers: { shift: true, mod: false } };
    const mod = { modifiers: { shift: false, mod: true } };
    const a = pointer(centreOf('e1s1'), shift);
    const b = pointer(centreOf('e1s3'), mod);
    expect(run([down(a), up(a), down(b), up(b)], { selection: ['e2s1'] }).selection).toEqual(['e2s1', 'e1s1', 'e1s3']);
    expect(run([down(a), up(a)], { selection: ['e1s1', 'e1s2'] }).selection).toEqual(['e1s2']);
  });

  it('a plain click on a panel of a multi-selection selects only it, on release', () => {
    const p = pointer(centreOf('e1s2'));
    const pressed = run([down(p)], { selection: ['e1s1', 'e1s2'] });
    expect(pressed.selection).toEqual(['e1s1', 'e1s2']);
    expect(run([down(p), up(p)], { selection: ['e1s1', 'e1s2'] }).selection).toEqual(['e1s2']);
  });

  it('clicking empty canvas clears the selection, unless shift is held', () => {
    const p = pointer(emptyPoint);
    expect(run([down(p), up(p)], { selection: ['e1s1'] }).selection).toEqual([]);
    const additive = pointer(emptyPoint, { modifiers: { shift: true, mod: false } });
    expect(run([down(additive), up(additive)], { selection: ['e1s1'] }).selection).toEqual(['e1s1']);
  });

  it('clicking the add slot adds a shot to that episode', () => {
    const slot = layout.lanes[1].addSlot;
    const p = pointer({ x: slot.x + 10, y: slot.y + 10 });
    expect(run([down(p), up(p)]).effects).toEqual([{ type: 'addShot', episodeId: 'e2' }]);
  });

  it('ignores the secondary button', () => {
    expect(run([down(pointer(centreOf('e1s1'), { button: 2 }))]).state).toBe(IDLE);
  });
});

describe('marquee', () => {
  it('selects what the band touches once the pointer travels', () => {
    const start = pointer({ x: layout.lanes[0].panelsX - 8, y: -10 });
    const end = pointer(centreOf('e1s2'));
    const result = run([down(start), move(end)]);
    expect(result.state.kind).toBe('marquee');
    expect(result.selection).toEqual(['e1s1', 'e1s2']);
    expect(run([down(start), move(end), up(end)]).state).toBe(IDLE);
  });

  it('adds to the selection with shift, and cancel restores it', () => {
    const modifiers = { shift: true, mod: false };
    const start = pointer({ x: layout.lanes[0].panelsX - 8, y: -10 }, { modifiers });
    const end = pointer(centreOf('e1s1'), { modifiers });
    expect(run([down(start), move(end)], { selection: ['e2s3'] }).selection).toEqual(['e2s3', 'e1s1']);
    expect(run([down(start), move(end), { type: 'cancel' }], { selection: ['e2s3'] }).selection).toEqual(['e2s3']);
  });

  it('does not start before the drag threshold', () => {
    const start = pointer(emptyPoint);
    expect(run([down(start), move(pointer(shifted(emptyPoint, 2)))]).state.kind).toBe('pressingEmpty');
  });
});

describe('drag to reorder', () => {
  it('moves the selection once, on drop, to the marked position', () => {
    const grab = pointer(centreOf('e1s1'));
    const over = pointer(shifted(centreOf('e2s2'), 10));
    const result = run([down(grab), move(over), move(over), up(over)], { selection: ['e1s1', 'e1s2'] });
    expect(result.effects).toEqual([{ type: 'move', ids: ['e1s1', 'e1s2'], episodeId: 'e2', index: 2 }]);
  });

  it('shows the drop target while dragging and writes nothing', () => {
    const grab = pointer(centreOf('e1s1'));
    const over = pointer(shifted(centreOf('e2s1'), 10));
    const result = run([down(grab), move(over)]);
    expect(result.state).toMatchObject({ kind: 'dragging', ids: ['e1s1'], target: { episodeId: 'e2', index: 1 } });
    expect(result.effects.filter((effect) => effect.type === 'move')).toEqual([]);
  });

  it('dropping a panel back in place changes nothing', () => {
    const grab = pointer(centreOf('e1s2'));
    const back = pointer(shifted(centreOf('e1s2'), 20));
    expect(run([down(grab), move(back), up(back)]).effects).toEqual([{ type: 'select', ids: ['e1s2'] }]);
  });

  it('a cancelled drag moves nothing', () => {
    const grab = pointer(centreOf('e1s1'));
    const over = pointer(centreOf('e2s1'));
    const result = run([down(grab), move(over), { type: 'cancel' }, up(over)]);
    expect(result.effects.some((effect) => effect.type === 'move')).toBe(false);
  });
});

describe('panning', () => {
  it('space-drag and middle-drag pan by the pointer travel', () => {
    const from = pointer(centreOf('e1s1'));
    const to = pointer(shifted(centreOf('e1s1'), 30));
    expect(run([down(from), move(to), up(to)], { spaceHeld: true }).effects).toEqual([{ type: 'pan', dx: 30, dy: 0 }]);
    const middle = { button: 1 };
    expect(run([down(pointer(emptyPoint, middle)), move(pointer(shifted(emptyPoint, -5), middle))]).effects).toEqual([
      { type: 'pan', dx: -5, dy: 0 },
    ]);
  });

  it('a finger on empty canvas pans; on an unselected panel it pans too and a tap selects', () => {
    const touch = { type: 'touch' as const };
    expect(run([down(pointer(emptyPoint, touch)), move(pointer(shifted(emptyPoint, 8), touch))]).effects).toEqual([
      { type: 'pan', dx: 8, dy: 0 },
    ]);
    const onPanel = pointer(centreOf('e1s1'), touch);
    const dragged = run([down(onPanel), move(pointer(shifted(centreOf('e1s1'), 12), touch))]);
    expect(dragged.effects).toEqual([{ type: 'pan', dx: 12, dy: 0 }]);
    expect(run([down(onPanel), up(onPanel)]).selection).toEqual(['e1s1']);
  });

  it('two fingers pinch-zoom about their midpoint, and lifting one keeps panning', () => {
    const a = pointer({ x: 0, y: 0 }, { id: 1, type: 'touch' });
    const b = pointer({ x: 100, y: 0 }, { id: 2, type: 'touch' });
    const spread = pointer({ x: 200, y: 0 }, { id: 2, type: 'touch' });
    const pinch = run([down(a), down(b), move(spread)]);
    expect(pinch.state.kind).toBe('pinching');
    expect(pinch.effects).toEqual([
      { type: 'pan', dx: 50, dy: 0 },
      { type: 'zoom', center: { x: 100, y: 0 }, factor: 2 },
    ]);
    const lifted = run([down(a), down(b), up(b)]);
    expect(lifted.state).toMatchObject({ kind: 'panning', pointerId: 1 });
  });
});
