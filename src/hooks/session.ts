import { createContext, useContext } from 'react';
import type { BoardSession } from '../editor/session';

// React's way to the open board: the board route provides the session, and every hook and
// component below reads it from here.

export const BoardSessionContext = createContext<BoardSession | null>(null);

export function useBoardSession(): BoardSession {
  const session = useContext(BoardSessionContext);
  if (!session) throw new Error('useBoardSession outside a board');
  return session;
}
