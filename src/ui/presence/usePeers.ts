import { useEffect, useState } from 'react';
import { readPeers, type Peer } from '../../collab/presence/peers';
import { useBoardSession } from '../../hooks/session';

/** Everyone in the room including you, refreshed when someone arrives, leaves or renames. */
export function usePeers(): Peer[] {
  const { awareness } = useBoardSession();
  const [peers, setPeers] = useState(() => readPeers(awareness));
  useEffect(() => {
    // Cursors move many times a second; the avatar row only cares who is here and as whom.
    let shown = signature(peers);
    const onChange = () => {
      const next = readPeers(awareness);
      const nextSignature = signature(next);
      if (nextSignature === shown) return;
      shown = nextSignature;
      setPeers(next);
    };
    awareness.on('change', onChange);
    // Someone may have arrived between the first render and this subscription: catch up.
    onChange();
    return () => awareness.off('change', onChange);
    // Only a new awareness resubscribes; `peers` is read once, as what was shown first.
  }, [awareness]);
  return peers;
}

function signature(peers: Peer[]): string {
  return peers.map((peer) => `${peer.clientId}:${peer.user.name}:${peer.user.color}`).join('|');
}
