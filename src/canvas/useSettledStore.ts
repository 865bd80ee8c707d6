import { useEffect, useState } from 'react';
import type { Store } from '../editor/store';

/**
 * A store's value for components that need not follow a continuous change at all: the first
 * change after a quiet spell shows at once, and while changes keep coming the value holds
 * until they have paused for `quietMs` (so the last one always shows within `quietMs`).
 */
export function useSettledStore<T>(store: Store<T>, quietMs: number): T {
  const [value, setValue] = useState(store.get);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let changedAt = -Infinity;
    const show = () => {
      timer = undefined;
      setValue(store.get);
    };
    show();
    const unsubscribe = store.subscribe(() => {
      const now = performance.now();
      const lone = now - changedAt > quietMs;
      changedAt = now;
      clearTimeout(timer);
      if (lone) show();
      else timer = setTimeout(show, quietMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [store, quietMs]);
  return value;
}
