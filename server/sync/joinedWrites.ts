import type { Writable } from 'node:stream';

/**
 * Frames sent to one socket from the same callback (and the promise callbacks it sets off)
 * leave in one write. A group commit releases many updates at once, and a socket that gets
 * several of them (the busier the server, the more it does) would otherwise cost a system
 * call for each: on a loaded machine those calls are most of a relay's time. The socket is
 * corked at the first frame and uncorked on the next tick, once those callbacks have run.
 */
export function writesJoinedPerTick(stream: Writable): () => void {
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
