import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

const UNDO_EVENTS = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;

function subscribeTo(undo: Y.UndoManager) {
  return (listener: () => void) => {
    for (const name of UNDO_EVENTS) undo.on(name, listener);
    return () => {
      for (const name of UNDO_EVENTS) undo.off(name, listener);
    };
  };
}

const subscriptions = new WeakMap<Y.UndoManager, (listener: () => void) => () => void>();

/** A `subscribe` for useSyncExternalStore that fires when the undo or redo stack changes. */
export function subscribeToUndo(undo: Y.UndoManager): (listener: () => void) => () => void {
  let subscribe = subscriptions.get(undo);
  if (!subscribe) {
    subscribe = subscribeTo(undo);
    subscriptions.set(undo, subscribe);
  }
  return subscribe;
}

/** Whether undo and redo have anything to do, kept current as the stacks change. */
export function useUndoState(undo: Y.UndoManager): { canUndo: boolean; canRedo: boolean } {
  const subscribe = subscribeToUndo(undo);
  const canUndo = useSyncExternalStore(subscribe, () => undo.canUndo());
  const canRedo = useSyncExternalStore(subscribe, () => undo.canRedo());
  return { canUndo, canRedo };
}
