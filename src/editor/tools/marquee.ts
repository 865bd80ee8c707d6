import { rectFromPoints, type Point, type Rect } from '../geometry';
import { panelsInRect } from '../hitTest';
import type { BoardLayout } from '../layout';

// Rubber-band selection: dragging on empty canvas selects every panel the band touches. With
// Shift or Cmd/Ctrl held the band adds to the selection the drag started with.

export interface MarqueeState {
  kind: 'marquee';
  pointerId: number;
  origin: Point;
  current: Point;
  /** Selection before the drag, kept when the marquee adds to it. */
  base: readonly string[];
  additive: boolean;
}

export function marqueeRect(state: Pick<MarqueeState, 'origin' | 'current'>): Rect {
  return rectFromPoints(state.origin, state.current);
}

export function marqueeSelection(state: MarqueeState, layout: BoardLayout): string[] {
  const inside = panelsInRect(layout, marqueeRect(state));
  if (!state.additive) return inside;
  const already = new Set(state.base);
  return [...state.base, ...inside.filter((id) => !already.has(id))];
}

export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
