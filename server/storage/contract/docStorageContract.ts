import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocStorage } from '../docStorage';

/** One storage under test, on data of its own. */
export interface DocStorageHarness {
  storage: DocStorage;
  /** Closes the storage (after its pending writes) and opens another on the same data. */
  reopen(): Promise<DocStorage>;
  /** How many log rows are committed, counted past the storage. */
  committedUpdates(): Promise<number>;
  close(): Promise<void>;
}

/** Doc updates, one per edit, as a client would send them. */
export function edits(count: number, prefix = 'k'): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getMap('meta').set(`${prefix}${i}`, i);
  return updates;
}

/**
 * What every DocStorage promises (docStorage.ts), run against each implementation: the same
 * expectations hold for SQLite and PostgreSQL.
 */
export function describeDocStorage(name: string, open: () => Promise<DocStorageHarness>): void {
  describe(`${name} (DocStorage contract)`, () => {
    let harness: DocStorageHarness;
    let storage: DocStorage;

    beforeEach(async () => {
      harness = await open();
      storage = harness.storage;
    });
    afterEach(async () => {
      await harness.close();
    });

    it('commits updates appended in one turn together, in order, before resolving', async () => {
      const updates = edits(3);
      let committedWhenResolved = -1;
      const first = storage.append('room', updates[0]!).then(async () => {
        committedWhenResolved = await harness.committedUpdates();
      });
      await Promise.all([first, storage.append('room', updates[1]!), storage.append('room', updates[2]!)]);
      // All three were written by the time the first caller heard back: one transaction.
      expect(committedWhenResolved).toBe(3);
      expect(await storage.load('room')).toEqual(updates);
    });

    it('keeps rooms apart and survives reopening', async () => {
      const [a, b] = edits(2);
      await Promise.all([storage.append('one', a!), storage.append('two', b!)]);
      storage = await harness.reopen();
      expect(await storage.load('one')).toEqual([a]);
      expect(await storage.load('two')).toEqual([b]);
      expect(await storage.load('three')).toEqual([]);
    });

    it('replaces the log by the merged state on compaction', async () => {
      const updates = edits(4);
      for (const update of updates) await storage.append('room', update);
      const merged = Y.mergeUpdates(updates);
      await storage.compact('room', merged);
      expect(await storage.load('room')).toEqual([merged]);
      const later = edits(1, 'later')[0]!;
      await storage.append('room', later);
      expect(await storage.load('room')).toEqual([merged, later]);
      // A second fold takes the state and the log together.
      const again = Y.mergeUpdates([merged, later]);
      await storage.compact('room', again);
      expect(await storage.load('room')).toEqual([again]);
      expect(await harness.committedUpdates()).toBe(0);
    });

    it('writes appends handed over before a compaction first, so the fold replaces them', async () => {
      const updates = edits(3);
      const appended = updates.map((update) => storage.append('room', update));
      const merged = Y.mergeUpdates(updates);
      await storage.compact('room', merged);
      await Promise.all(appended);
      expect(await storage.load('room')).toEqual([merged]);
    });

    it('loads the appends it was handed, even before they resolved', async () => {
      const [a, b] = edits(2);
      const appended = Promise.all([storage.append('room', a!), storage.append('room', b!)]);
      expect(await storage.load('room')).toEqual([a, b]);
      await appended;
    });

    it('creates a room by compaction alone (a new board is seeded that way)', async () => {
      const state = Y.mergeUpdates(edits(2));
      await storage.compact('fresh', state);
      expect(await storage.load('fresh')).toEqual([state]);
      expect(storage.isHealthy()).toBe(true);
    });
  });
}
