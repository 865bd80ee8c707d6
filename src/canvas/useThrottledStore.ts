import { useEffect, useState } from 'react';
import type { Store } from '../editor/store';

/**
 * A store's value for components that need not follow every change: the first change after a
 * quiet spell shows at once, later ones at most every `intervalMs`, and the last one always.
 */
export function useThrottledStore<T>(store: Store<T>, intervalMs: number): T {
  const [value, setValue] = useState(store.get);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let shownAt = -Infinity;
    const show = () => {
      timer = undefined;
      shownAt = performance.now();
      setValue(store.get);
    };
    show();
    const unsubscribe = store.subscribe(() => {
      const wait = shownAt + intervalMs - performance.now();
      if (wait <= 0) show();
      else timer ??= setTimeout(show, wait);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, intervalMs]);
  return value;
}
