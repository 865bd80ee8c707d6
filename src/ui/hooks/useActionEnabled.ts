import { useCallback, useSyncExternalStore } from 'react';
import { isActionEnabled } from '../../editor/actions/registry';
import { useBoardSession } from '../../hooks/session';
import { type BoardSession } from '../../editor/session';
import { subscribeToUndo } from './useUndoState';

type Subscribe = (listener: () => void) => () => void;

const subscriptions = new WeakMap<BoardSession, Subscribe>();

/**
 * Everything an action's enabled rule reads: the board, the selection, the view and its size,
 * the link to the server and the undo stacks. One subscribe per session, so React keeps it.
 */
function subscribeToActionInputs(session: BoardSession): Subscribe {
  let subscribe = subscriptions.get(session);
  if (!subscribe) {
    const { store, editor, sync, undo } = session;
    const sources: Subscribe[] = [store.subscribe, editor.selection.subscribe, editor.view.subscribe, editor.viewport.subscribe, sync.subscribe, subscribeToUndo(undo)];
    subscribe = (listener) => {
      const stops = sources.map((source) => source(listener));
      return () => stops.forEach((stop) => stop());
    };
    subscriptions.set(session, subscribe);
  }
  return subscribe;
}

/**
 * Whether a registered action is enabled, kept current: the same rule its keys follow, so a
 * button is disabled exactly when its shortcut does nothing.
 */
export function useActionEnabled(id: string): boolean {
  const session = useBoardSession();
  const read = useCallback(() => isActionEnabled(session, id), [session, id]);
  return useSyncExternalStore(subscribeToActionInputs(session), read, read);
}
