/**
 * The address a request came from, for the per-address limits (board creation, sockets).
 * Behind a reverse proxy every request arrives from the proxy, so all clients would share one
 * budget; when the peer is a trusted proxy (BEATBOARD_TRUSTED_PROXIES), the address is read
 * from X-Forwarded-For instead: the last entry not added by a trusted proxy. Entries further
 * left were written by the client itself and prove nothing.
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedProxies: ReadonlySet<string>,
): string {
  let address = normalize(peer);
  if (!address) return 'unknown';
  if (!trustedProxies.has(address) || !forwardedFor) return address;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((hop) => normalize(hop.trim()))
    .filter((hop): hop is string => Boolean(hop));
  while (trustedProxies.has(address) && hops.length > 0) address = hops.pop()!;
  return address;
}

/** `::ffff:127.0.0.1` (an IPv4 peer on a dual-stack socket) and `127.0.0.1` are one address. */
function normalize(address: string | undefined): string | undefined {
  if (!address) return undefined;
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}

/** The setting's list (`127.0.0.1, ::1`) as a set of normalized addresses. */
export function parseTrustedProxies(list: string | undefined): Set<string> {
  return new Set((list ?? '').split(',').map((entry) => normalize(entry.trim())).filter((entry): entry is string => Boolean(entry)));
}
