import { useEffect, useState } from 'react';
import type { Store } from '../editor/store';
import { settleAfterQuiet } from './settle';

/**
 * A store's value for components that need not follow a continuous change at all: the first
 * change after a quiet spell shows at once, and while changes keep coming the value holds
 * until they have paused for `quietMs` (so the last one always shows within `quietMs`).
 */
export function useSettledStore<T>(store: Store<T>, quietMs: number): T {
  const [value, setValue] = useState(store.get);
  useEffect(() => {
    const show = () => setValue(store.get);
    show();
    const settle = settleAfterQuiet(show, quietMs);
    const unsubscribe = store.subscribe(settle.changed);
    return () => {
      settle.cancel();
      unsubscribe();
    };
  }, [store, quietMs]);
  return value;
}
