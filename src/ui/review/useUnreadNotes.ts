import { useEffect, useState } from 'react';
import { useNotes } from '../../hooks/useNotes';
import { useBoardSession } from '../../hooks/session';

const key = (boardId: string, personId: string) => `beatboard:notes-seen:${boardId}:${personId}`;

/**
 * Notes and replies by others since this person last opened the Notes tab on this board,
 * kept in this browser only. Opening the tab (`reading`) marks them all read.
 */
export function useUnreadNotes(reading: boolean): number {
  const { boardId, presence } = useBoardSession();
  const { comments } = useNotes();
  const me = presence.identity().id;
  const [seenAt, setSeenAt] = useState(() => Number(localStorage.getItem(key(boardId, me)) ?? 0));
  useEffect(() => {
    if (!reading) return;
    const now = Date.now();
    localStorage.setItem(key(boardId, me), String(now));
    setSeenAt(now);
  }, [reading, boardId, me, comments]);
  let unread = 0;
  for (const comment of comments) {
    if (comment.author.id !== me && comment.createdAt > seenAt) unread++;
    for (const reply of comment.replies) if (reply.author.id !== me && reply.createdAt > seenAt) unread++;
  }
  return unread;
}
