import { createStore, type Store } from '../editor/store';
import type { CanvasHit } from '../editor/hitTest';
import { IDLE, type BoardPointerState } from '../editor/tools/boardPointer';

/**
 * What the pointer is doing on this canvas right now: the tool state (drag, marquee...), the
 * hovered item and the panel with keyboard focus. Local to one mounted canvas; the overlay
 * layers subscribe to it, the panels never do.
 */
export interface CanvasInteraction {
  tool: BoardPointerState;
  hover: CanvasHit | null;
  focusedShotId: string | null;
  spaceHeld: boolean;
}

export function createInteractionStore(): Store<CanvasInteraction> {
  return createStore<CanvasInteraction>({ tool: IDLE, hover: null, focusedShotId: null, spaceHeld: false });
}

export function sameHit(a: CanvasHit | null, b: CanvasHit | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'panel' && b.kind === 'panel') return a.shotId === b.shotId;
  if ((a.kind === 'add' || a.kind === 'lane') && (b.kind === 'add' || b.kind === 'lane')) {
    return a.episodeId === b.episodeId;
  }
  return true;
}
