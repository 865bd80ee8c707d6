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

/** Whether undo and redo have anything to do, kept current as the stacks change. */
export function useUndoState(undo: Y.UndoManager): { canUndo: boolean; canRedo: boolean } {
  let subscribe = subscriptions.get(undo);
  if (!subscribe) {
    subscribe = subscribeTo(undo);
    subscriptions.set(undo, subscribe);
  }
  const canUndo = useSyncExternalStore(subscribe, () => undo.canUndo());
  const canRedo = useSyncExternalStore(subscribe, () => undo.canRedo());
  return { canUndo, canRedo };
}
