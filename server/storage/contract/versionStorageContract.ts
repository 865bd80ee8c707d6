import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VersionMeta } from '../../../src/model/versions/types';
import type { VersionStorage } from '../versionStorage';

/** One version storage under test, on data of its own. */
export interface VersionStorageHarness {
  storage: VersionStorage;
  /** Closes the storage and opens another on the same data. */
  reopen(): Promise<VersionStorage>;
  /** The ids of the stored bases, oldest first, read past the storage. */
  baseIds(): Promise<string[]>;
  close(): Promise<void>;
}

export const SUMMARY = { episodes: { added: 1, removed: 0, changed: 0 }, shots: { added: 3, removed: 0, changed: 0 }, sketchesChanged: 0 };

export function meta(id: string, createdAt: number, overrides: Partial<VersionMeta> = {}): VersionMeta {
  return {
    id, kind: 'auto', name: null, reason: 'hourly', createdAt, author: null, summary: SUMMARY, boardBytes: 3, notesBytes: 2,
    ...overrides,
  };
}

export const bytes = (...values: number[]) => new Uint8Array(values);

/**
 * What every VersionStorage promises (versionStorage.ts), run against each implementation:
 * the same expectations hold for SQLite and PostgreSQL.
 */
export function describeVersionStorage(name: string, open: () => Promise<VersionStorageHarness>): void {
  describe(`${name} (VersionStorage contract)`, () => {
    let harness: VersionStorageHarness;
    let storage: VersionStorage;

    beforeEach(async () => {
      harness = await open();
      storage = harness.storage;
    });
    afterEach(async () => {
      await harness.close();
    });

    it('lists a board’s versions newest first, equal times in the order they were added', async () => {
      await storage.create('b1', { meta: meta('v1', 1000), board: bytes(1, 2, 3), notes: bytes(4, 5) });
      await storage.create('b1', { meta: meta('v3', 3000), board: bytes(1, 2, 3), notes: bytes(4, 5) });
      await storage.create('b1', { meta: meta('v2', 3000), board: bytes(1, 2, 3), notes: bytes(4, 5) });
      await storage.create('other', { meta: meta('w1', 9000), board: bytes(0), notes: bytes(0) });
      expect((await storage.list('b1')).map((v) => v.id)).toEqual(['v2', 'v3', 'v1']);
      expect((await storage.latest('b1'))?.id).toBe('v2');
      expect(await storage.latest('none')).toBeUndefined();
      expect(await storage.list('none')).toEqual([]);
    });

    it('keeps every meta field and each doc’s snapshot apart', async () => {
      const named = meta('n1', 5000, {
        kind: 'named', name: 'Before the table read', reason: null, author: { name: 'Ana', color: '#e11d48' },
        boardBytes: 4, notesBytes: 1,
      });
      await storage.create('b1', { meta: named, board: bytes(9, 8, 7, 6), notes: bytes(1) });
      await storage.create('b1', { meta: meta('a1', 6000, { author: { name: 'Bo' } }), board: bytes(1, 2, 3), notes: bytes(4, 5) });
      expect(await storage.get('b1', 'n1')).toEqual({ ...named, storedBytes: 5 });
      expect((await storage.get('b1', 'a1'))?.author).toEqual({ name: 'Bo' });
      expect(await storage.snapshot('b1', 'n1', 'board')).toEqual([bytes(9, 8, 7, 6)]);
      expect(await storage.snapshot('b1', 'n1', 'notes')).toEqual([bytes(1)]);
      // A version is only found under its own board.
      expect(await storage.get('other', 'n1')).toBeUndefined();
      expect(await storage.snapshot('other', 'n1', 'board')).toBeUndefined();
    });

    it('deletes only the given versions of that board', async () => {
      for (const id of ['v1', 'v2', 'v3']) await storage.create('b1', { meta: meta(id, 1000), board: bytes(1), notes: bytes(1) });
      expect(await storage.delete('other', ['v1'])).toBe(0);
      expect(await storage.delete('b1', [])).toBe(0);
      expect(await storage.delete('b1', ['v1', 'v3', 'gone'])).toBe(2);
      expect((await storage.list('b1')).map((v) => v.id)).toEqual(['v2']);
      expect(await storage.snapshot('b1', 'v1', 'board')).toBeUndefined();
    });

    it('refuses a version id twice', async () => {
      await storage.create('b1', { meta: meta('v1', 1000), board: bytes(1), notes: bytes(1) });
      await expect(storage.create('b1', { meta: meta('v1', 2000), board: bytes(1), notes: bytes(1) })).rejects.toThrow(/unique/i);
      // The refused one left nothing behind.
      expect(await storage.get('b1', 'v1')).toMatchObject({ createdAt: 1000 });
    });

    it('survives reopening', async () => {
      await storage.create('b1', { meta: meta('v1', 1000), board: bytes(1, 2, 3), notes: bytes(4, 5) });
      storage = await harness.reopen();
      expect((await storage.list('b1')).map((v) => v.id)).toEqual(['v1']);
      expect(await storage.snapshot('b1', 'v1', 'notes')).toEqual([bytes(4, 5)]);
    });

    it('keeps versions made on a base as the base and what changed since, sharing the base', async () => {
      const base = { id: 'base1', doc: 'board' as const, stateVector: bytes(1, 9), state: bytes(1, 1, 1, 1) };
      await storage.create('b1', { meta: meta('v1', 1000), board: bytes(), notes: bytes(4), boardBase: 'base1', newBases: [base] });
      await storage.create('b1', { meta: meta('v2', 2000), board: bytes(2, 2), notes: bytes(5), boardBase: 'base1' });
      expect(await storage.latestBase('b1', 'board')).toEqual({ id: 'base1', stateVector: bytes(1, 9), bytes: 4 });
      expect(await storage.latestBase('b1', 'notes')).toBeUndefined();
      expect(await storage.snapshot('b1', 'v1', 'board')).toEqual([bytes(1, 1, 1, 1)]);
      expect(await storage.snapshot('b1', 'v2', 'board')).toEqual([bytes(1, 1, 1, 1), bytes(2, 2)]);
      expect(await storage.snapshot('b1', 'v2', 'notes')).toEqual([bytes(5)]);
      // What each cost the store: the first started the base.
      expect((await storage.get('b1', 'v1'))?.storedBytes).toBe(5);
      expect((await storage.get('b1', 'v2'))?.storedBytes).toBe(3);

      // A newer base; the old one goes once no version is made on it.
      const base2 = { id: 'base2', doc: 'board' as const, stateVector: bytes(1, 12), state: bytes(3, 3, 3, 3, 3) };
      await storage.create('b1', { meta: meta('v3', 3000), board: bytes(), notes: bytes(6), boardBase: 'base2', newBases: [base2] });
      await storage.delete('b1', ['v1']);
      expect(await storage.snapshot('b1', 'v2', 'board')).toEqual([bytes(1, 1, 1, 1), bytes(2, 2)]);
      await storage.delete('b1', ['v2']);
      expect(await harness.baseIds()).toEqual(['base2']);
      // The newest base stays even when no version is left on it: the next version is made on it.
      await storage.delete('b1', ['v3']);
      expect(await harness.baseIds()).toEqual(['base2']);
      expect(await storage.latestBase('b1', 'board')).toMatchObject({ id: 'base2' });
    });

    it('keeps each doc’s newest base and each board’s bases apart', async () => {
      const boardBase = { id: 'B1', doc: 'board' as const, stateVector: bytes(0), state: bytes(7, 7) };
      const notesBase = { id: 'N1', doc: 'notes' as const, stateVector: bytes(0), state: bytes(8) };
      await storage.create('b1', { meta: meta('v1', 1000), board: bytes(), notes: bytes(), boardBase: 'B1', notesBase: 'N1', newBases: [boardBase, notesBase] });
      const otherBase = { id: 'O1', doc: 'board' as const, stateVector: bytes(0), state: bytes(9) };
      await storage.create('b2', { meta: meta('w1', 1000), board: bytes(), notes: bytes(1), boardBase: 'O1', newBases: [otherBase] });
      expect(await storage.snapshot('b1', 'v1', 'notes')).toEqual([bytes(8)]);
      expect((await storage.get('b1', 'v1'))?.storedBytes).toBe(3);
      expect(await storage.latestBase('b2', 'notes')).toBeUndefined();
      // Deleting b1's only version keeps its newest bases; b2's are not touched.
      expect(await storage.delete('b1', ['v1'])).toBe(1);
      expect((await harness.baseIds()).sort()).toEqual(['B1', 'N1', 'O1']);
      expect(await storage.snapshot('b2', 'w1', 'board')).toEqual([bytes(9)]);
    });
  });
}
