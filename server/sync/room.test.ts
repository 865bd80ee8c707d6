import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { DocStorage } from '../storage/docStorage';
import { encodeUpdate } from './protocol';
import { Room, type RoomPeer } from './room';

/** Storage whose appends take `delayMs` to commit, so writes are always in flight under load. */
function slowStorage(delayMs: number) {
  const calls = { compactions: [] as { at: number; pending: number }[], appended: 0 };
  let pending = 0;
  const storage: DocStorage = {
    load: async () => [],
    append: () => {
      pending++;
      calls.appended++;
      return new Promise((resolve) => setTimeout(() => {
        pending--;
        resolve();
      }, delayMs));
    },
    compact: async () => {
      calls.compactions.push({ at: calls.appended, pending });
    },
    isHealthy: () => true,
  };
  return { storage, calls };
}

const peer = (): RoomPeer => ({ canWrite: true, send: () => undefined, close: vi.fn() });
const limits = { maxDocBytes: 1 << 30, maxLogUpdates: 30, maxAwarenessBytes: 16 * 1024, awarenessPerSecond: 30 };

afterEach(() => vi.useRealTimers());

describe('Room log folding', () => {
  it('folds the log at maxLogUpdates even while writes are still in flight', async () => {
    const { storage, calls } = slowStorage(20);
    const room = new Room('board', storage, { warn: () => undefined }, limits);
    await room.ready;
    const writer = peer();
    room.join(writer);
    const source = new Y.Doc();
    // One update every 2 ms, each taking 20 ms to store: about ten are always pending.
    for (let i = 0; i < 120; i++) {
      const before = Y.encodeStateVector(source);
      source.getMap('edits').set(`e${i}`, i);
      room.receive(writer, encodeUpdate(Y.encodeStateAsUpdate(source, before)));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(calls.compactions.length).toBeGreaterThanOrEqual(2);
    expect(calls.compactions.some((fold) => fold.pending > 0)).toBe(true);
    // No fold came later than the limit plus what arrived while it waited its turn.
    let previous = 0;
    for (const fold of calls.compactions) {
      expect(fold.at - previous).toBeLessThanOrEqual(limits.maxLogUpdates + 5);
      previous = fold.at;
    }
    expect(writer.close).not.toHaveBeenCalled();
  });
});
