import { afterEach, describe, expect, it, vi } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { DocStorage } from '../storage/docStorage';
import { encodeAwareness, encodeUpdate } from './protocol';
import { Room } from './room';
import { MAX_CLIENT_IDS_PER_PEER, type RoomPeer } from './roomContract';

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

describe('Room log counting', () => {
  it('does not count again the appends a forced fold already covered', async () => {
    const commits: (() => void)[] = [];
    let folds = 0;
    const storage: DocStorage = {
      load: async () => [],
      append: () => new Promise<void>((resolve) => commits.push(resolve)),
      compact: async () => {
        folds++;
      },
      isHealthy: () => true,
    };
    const room = new Room('board', storage, { warn: () => undefined }, limits);
    await room.ready;
    const writer = peer();
    room.join(writer);
    const source = new Y.Doc();
    const edit = (i: number) => {
      const before = Y.encodeStateVector(source);
      source.getMap('edits').set(`e${i}`, i);
      room.receive(writer, encodeUpdate(Y.encodeStateAsUpdate(source, before)));
    };
    for (let i = 0; i < limits.maxLogUpdates; i++) edit(i);
    // The fold runs a turn later, with every append still in flight.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    edit(limits.maxLogUpdates);
    for (const commit of commits.splice(0)) commit();
    await new Promise((resolve) => setImmediate(resolve));
    // Only the append that began after the fold is in the new log.
    expect((room as unknown as { updatesSinceCompaction: number }).updatesSinceCompaction).toBe(1);
    expect(folds).toBe(1);
  });
});

/** An awareness update naming `ids`, each with clock 1 and the given state. */
function awarenessUpdate(ids: number[], state: unknown = { cursor: 1 }): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, ids.length);
  for (const id of ids) {
    encoding.writeVarUint(encoder, id);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encodeAwareness(encoding.toUint8Array(encoder));
}

describe('Room awareness limits', () => {
  const storage: DocStorage = { load: async () => [], append: async () => undefined, compact: async () => undefined, isHealthy: () => true };

  it('drops an update that would take a socket past its client ids, logging once', async () => {
    const warn = vi.fn();
    const room = new Room('board', storage, { warn }, limits);
    await room.ready;
    const sender = peer();
    room.join(sender);
    const ids = Array.from({ length: MAX_CLIENT_IDS_PER_PEER + 1 }, (_, i) => 100 + i);
    room.receive(sender, awarenessUpdate(ids));
    expect(room.awareness.getStates().size).toBe(0);
    room.receive(sender, awarenessUpdate(ids.slice(0, MAX_CLIENT_IDS_PER_PEER)));
    expect(room.awareness.getStates().size).toBe(MAX_CLIENT_IDS_PER_PEER);
    room.receive(sender, awarenessUpdate([999]));
    expect(room.awareness.getStates().has(999)).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    // Ids already in the room (a client echoing others' states) do not count.
    const other = peer();
    room.join(other);
    room.receive(other, awarenessUpdate([1, ...ids.slice(0, MAX_CLIENT_IDS_PER_PEER)], { cursor: 1 }));
    expect(room.awareness.getStates().has(1)).toBe(true);
    expect(sender.close).not.toHaveBeenCalled();
  });

  it('drops a merged update past the size limit its parts kept to', async () => {
    const warn = vi.fn();
    const room = new Room('board', storage, { warn }, { ...limits, maxAwarenessBytes: 300, awarenessPerSecond: 1 });
    await room.ready;
    vi.useFakeTimers();
    const sender = peer();
    room.join(sender);
    const big = { name: 'x'.repeat(200) };
    room.receive(sender, awarenessUpdate([1], big));
    room.receive(sender, awarenessUpdate([2], big));
    room.receive(sender, awarenessUpdate([3], big));
    expect([...room.awareness.getStates().keys()]).toEqual([1]);
    await vi.advanceTimersByTimeAsync(2000);
    expect([...room.awareness.getStates().keys()]).toEqual([1]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/dropped an awareness update of \d+ bytes/);
    expect(sender.close).not.toHaveBeenCalled();
  });
});

describe('Room whole-state encoding', () => {
  it('encodes the state once until the doc changes, in each encoding', async () => {
    const storage: DocStorage = { load: async () => [], append: async () => undefined, compact: async () => undefined, isHealthy: () => true };
    const room = new Room('board', storage, { warn: () => undefined }, limits);
    await room.ready;
    const writer = peer();
    room.join(writer);
    const source = new Y.Doc();
    source.getMap('meta').set('title', 'Canal');
    room.receive(writer, encodeUpdate(Y.encodeStateAsUpdate(source)));

    const first = await room.encodeState('v2');
    // Asked again with nothing changed: the same bytes, not encoded anew.
    expect(await room.encodeState('v2')).toBe(first);
    const firstV1 = await room.encodeState('v1');
    expect(firstV1).not.toBe(first);

    const before = Y.encodeStateVector(source);
    source.getMap('meta').set('title', 'Canal Heiress');
    room.receive(writer, encodeUpdate(Y.encodeStateAsUpdate(source, before)));
    const after = await room.encodeState('v2');
    expect(after).not.toBe(first);
    const check = new Y.Doc();
    Y.applyUpdateV2(check, after);
    expect(check.getMap('meta').get('title')).toBe('Canal Heiress');
    const checkV1 = new Y.Doc();
    Y.applyUpdate(checkV1, await room.encodeState('v1'));
    expect(checkV1.getMap('meta').get('title')).toBe('Canal Heiress');
  });
});
