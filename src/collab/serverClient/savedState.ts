/**
 * Whether the server has stored everything this replica has: every client's clock in our
 * state vector is covered by the server's. The server sends its state vector (its own sync
 * step 1) whenever it answers ours, after the writes queued before it are committed, so a
 * covered vector means "all changes saved", not merely "sent".
 */
export function isCoveredBy(local: Map<number, number>, server: Map<number, number>): boolean {
  for (const [client, clock] of local) {
    if ((server.get(client) ?? 0) < clock) return false;
  }
  return true;
}
