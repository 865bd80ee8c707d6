import { useEffect, useState } from 'react';
import type { BoardLibrary, BoardSummary } from '../../collab/library';

export type BoardListState =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'ready'; boards: BoardSummary[] };

/** The library's boards, most recently edited first, kept live. */
export function useBoardList(library: BoardLibrary): BoardListState {
  const [state, setState] = useState<BoardListState>({ status: 'loading' });
  useEffect(() => {
    let active = true;
    const show = (boards: BoardSummary[]) => {
      if (active) setState({ status: 'ready', boards: [...boards].sort((a, b) => b.updatedAt - a.updatedAt) });
    };
    library.list().then(show, (error: unknown) => {
      console.error(error);
      if (active) setState({ status: 'failed' });
    });
    const unsubscribe = library.subscribe(show);
    return () => {
      active = false;
      unsubscribe();
    };
  }, [library]);
  return state;
}
