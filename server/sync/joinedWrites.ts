import type { Writable } from 'node:stream';

/**
 * Frames sent to one socket in the same turn of the event loop leave in one write. A group
 * commit releases many updates at once, and a socket that gets several of them (the busier
 * the server, the more it does) would otherwise cost a system call for each: on a loaded
 * machine those calls are most of a relay's time. The socket is corked at the first frame of
 * a turn and uncorked once the turn's callbacks have run.
 */
export function writesJoinedPerTurn(stream: Writable): () => void {
  let held = false;
  const release = () => {
    held = false;
    stream.uncork();
  };
  return () => {
    if (held) return;
    held = true;
    stream.cork();
    process.nextTick(release);
  };
}
