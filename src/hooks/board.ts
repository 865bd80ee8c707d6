import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react';
import type { BoardSnapshot, Shot } from '../model/types';
import { layoutOfBoard, type BoardLayout } from '../editor/layout';
import { shotNumbers } from '../model';
import { useBoardSession } from './session';

// Subscriptions to the open board for React. Each hook re-renders only when what it returns
// changes: a panel watching one shot ignores edits to the other 4,999.

export function useBoard(): BoardSnapshot {
  const { store } = useBoardSession();
  return useSyncExternalStore(store.subscribe, store.getBoard, store.getBoard);
}

export function useShot(id: string): Shot | undefined {
  const { store } = useBoardSession();
  const subscribe = useCallback((listener: () => void) => store.subscribeShot(id, listener), [store, id]);
  const getShot = useCallback(() => store.getShot(id), [store, id]);
  return useSyncExternalStore(subscribe, getShot, getShot);
}

/**
 * One derived value of the board, re-rendering only when it changes. `select` must return a
 * primitive or an object it keeps (not a fresh one per call).
 */
export function useBoardValue<T>(select: (board: BoardSnapshot) => T): T {
  const { store } = useBoardSession();
  const read = useCallback(() => select(store.getBoard()), [store, select]);
  return useSyncExternalStore(store.subscribe, read, read);
}

/** The board with every shot's number as the board shows it ("3.12"), worked out once per change. */
export function useNumberedBoard(): { board: BoardSnapshot; numbers: Record<string, string> } {
  const board = useBoard();
  const numbers = useMemo(() => shotNumbers(board), [board]);
  return { board, numbers };
}

/** The board's layout; re-renders only when lanes, shot order or aspect change. */
export function useBoardLayout(): BoardLayout {
  return useBoardValue(layoutOfBoard);
}

/**
 * Several shots at once (a low-zoom strip, a chunk of the screen-reader list). The array keeps
 * its identity until one of these shots changes, so memoised children skip unrelated edits.
 */
export function useShots(ids: readonly string[]): readonly (Shot | undefined)[] {
  const { store } = useBoardSession();
  const memo = useRef<{ ids: readonly string[]; shots: (Shot | undefined)[] } | null>(null);
  const read = useCallback(() => {
    const all = store.getBoard().shots;
    const previous = memo.current;
    if (previous && previous.ids === ids && previous.shots.every((shot, i) => shot === all[ids[i]])) {
      return previous.shots;
    }
    const shots = ids.map((id) => all[id]);
    memo.current = { ids, shots };
    return shots;
  }, [store, ids]);
  return useSyncExternalStore(store.subscribe, read, read);
}
