import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { writesJoinedPerTick } from './joinedWrites';

/** A stream that records how many chunks each write to its "system" carried. */
function recordingStream(): { stream: Writable; writes: number[] } {
  const writes: number[] = [];
  const stream = new Writable({
    write(_chunk, _encoding, done) {
      writes.push(1);
      done();
    },
    writev(chunks, done) {
      writes.push(chunks.length);
      done();
    },
  });
  return { stream, writes };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('writesJoinedPerTick', () => {
  it('sends the frames of one callback in one write, and those of the next in another', async () => {
    const { stream, writes } = recordingStream();
    const hold = writesJoinedPerTick(stream);
    for (const frame of ['a', 'b', 'c']) {
      hold();
      stream.write(frame);
    }
    // Nothing leaves before the callback and its promise callbacks have run.
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toEqual([3]);
    hold();
    stream.write('d');
    hold();
    stream.write('e');
    await nextTurn();
    expect(writes).toEqual([3, 2]);
  });

  it('joins frames sent from the promise callbacks a callback sets off', async () => {
    const { stream, writes } = recordingStream();
    const hold = writesJoinedPerTick(stream);
    // As a group commit resolves many appends at once, each relayed in its own callback.
    await Promise.all(
      ['a', 'b', 'c', 'd'].map((frame) =>
        Promise.resolve().then(() => {
          hold();
          stream.write(frame);
        }),
      ),
    );
    await nextTurn();
    expect(writes).toEqual([4]);
  });
});
