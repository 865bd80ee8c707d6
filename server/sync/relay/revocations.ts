import type { BoardAccess } from '../../auth/access';
import type { RoomRelay } from './relay';

/**
 * Passes revocations between server processes: one made here is published, one another
 * process made is told to this process's listeners (which close the affected sockets). A
 * revocation heard from the relay is not published again. Returns a function that stops both.
 */
export function shareRevocations(access: BoardAccess, relay: RoomRelay): () => void {
  let fromRelay = false;
  const stopHearing = relay.onRevocation((boardId, role, revokedAt) => {
    fromRelay = true;
    try {
      access.revoked(boardId, role, revokedAt);
    } finally {
      fromRelay = false;
    }
  });
  const stopTelling = access.onRevoke((boardId, role, revokedAt) => {
    if (!fromRelay) relay.publishRevocation(boardId, role, revokedAt);
  });
  return () => {
    stopHearing();
    stopTelling();
  };
}
