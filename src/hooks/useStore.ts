import { useSyncExternalStore } from 'react';
import type { Store } from '../editor/store';

/** The store's value; the component re-renders when it changes, and only then. */
export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
