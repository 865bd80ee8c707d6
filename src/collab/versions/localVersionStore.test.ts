import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addEpisode, addShot, deleteEpisode } from '../../model';
import { newBoard } from '../../model/testing/newBoard';
import { DAY_MS, HOUR_MS } from '../../model/versions/retention';
import type { LocalVersionDocsRecord, LocalVersionRecord } from '../db';
import { LocalVersionStore } from './localVersionStore';
import type { LocalVersionTables } from './localVersionTables';
import { VersionStoreError } from './versionStore';

/** The Dexie tables as two Maps, with the same contract (meta and docs added together). */
function memoryTables(): LocalVersionTables & { metas: Map<string, LocalVersionRecord>; docs: Map<string, LocalVersionDocsRecord> } {
  const metas = new Map<string, LocalVersionRecord>();
  const docs = new Map<string, LocalVersionDocsRecord>();
  return {
    metas,
    docs,
    listMeta: async (boardId) => [...metas.values()].filter((meta) => meta.boardId === boardId),
    getDocs: async (id) => docs.get(id),
    add: async (meta, content) => {
      metas.set(meta.id, meta);
      docs.set(content.id, content);
    },
    remove: async (ids) => ids.forEach((id) => {
      metas.delete(id);
      docs.delete(id);
    }),
  };
}

function setUp(start = Date.UTC(2026, 0, 10, 12)) {
  const { doc, episodeId } = newBoard();
  const notes = new Y.Doc();
  const tables = memoryTables();
  const clock = { now: start };
  const store = new LocalVersionStore(tables, 'board-1', { board: doc, notes }, () => clock.now);
  return { doc, notes, episodeId, tables, clock, store };
}

const author = { name: 'Mei', color: '#e11d48' };

describe('LocalVersionStore', () => {
  it('keeps a named version with both docs and lists the newest first', async () => {
    const { store, clock, doc, notes } = setUp();
    notes.getMap('comments').set('c1', 'hello');
    const first = await store.createNamed('  Draft one ', author);
    clock.now += 1000;
    const second = await store.createAutomatic('before-restore', author);

    expect(first).toMatchObject({ kind: 'named', name: 'Draft one', reason: null, author });
    expect(second).toMatchObject({ kind: 'auto', name: null, reason: 'before-restore' });
    expect((await store.list()).map((version) => version.id)).toEqual([second.id, first.id]);

    const snapshot = (await store.fetchSnapshot(first.id)) as { board: Uint8Array; notes: Uint8Array };
    const copy = new Y.Doc();
    Y.applyUpdate(copy, snapshot.board);
    expect(copy.getMap('meta').toJSON()).toEqual(doc.getMap('meta').toJSON());
    expect(first.boardBytes).toBe(snapshot.board.byteLength);
    const notesCopy = new Y.Doc();
    Y.applyUpdate(notesCopy, snapshot.notes);
    expect(notesCopy.getMap('comments').get('c1')).toBe('hello');
  });

  it('sums up the changes since the previous version', async () => {
    const { store, clock, doc, episodeId } = setUp();
    const first = await store.createNamed('Start', author);
    expect(first.summary.episodes.added).toBe(1);

    addShot(doc, { episodeId });
    addShot(doc, { episodeId });
    const second = addEpisode(doc);
    clock.now += 1000;
    const next = await store.createNamed('Two shots', author);
    expect(next.summary).toMatchObject({ shots: { added: 2, removed: 0 }, episodes: { added: 1, removed: 0 } });

    deleteEpisode(doc, second);
    clock.now += 1000;
    expect((await store.createNamed('One fewer', author)).summary.episodes.removed).toBe(1);
  });

  it('removes named versions only', async () => {
    const { store, clock } = setUp();
    const named = await store.createNamed('Keep?', author);
    clock.now += 1000;
    const auto = await store.createAutomatic('before-script-update', null);
    await expect(store.remove(auto.id)).rejects.toMatchObject({ code: 'invalid' });
    await store.remove(named.id);
    expect((await store.list()).map((version) => version.id)).toEqual([auto.id]);
    await expect(store.fetchSnapshot(named.id)).rejects.toBeInstanceOf(VersionStoreError);
  });

  it('thins automatic versions as the server does, and never named ones', async () => {
    const { store, clock, tables } = setUp();
    const named = await store.createNamed('Milestone', author);
    // Three automatic versions in one hour, then the clock moves on three days.
    for (let i = 0; i < 3; i++) {
      clock.now += 60_000;
      await store.createAutomatic('hourly', null);
    }
    const inTheHour = (await store.list()).filter((version) => version.kind === 'auto');
    expect(inTheHour).toHaveLength(1);
    clock.now += 3 * DAY_MS + HOUR_MS;
    await store.createAutomatic('hourly', null);
    const ids = (await store.list()).map((version) => version.id);
    expect(ids).toContain(named.id);
    expect(ids).toHaveLength(3);
    // Snapshots go with their meta.
    expect([...tables.docs.keys()].sort()).toEqual([...ids].sort());
  });

  it('keeps the list in order when the clock goes back', async () => {
    const { store, clock } = setUp();
    const first = await store.createNamed('A', author);
    clock.now -= 10_000;
    const second = await store.createNamed('B', author);
    expect(second.createdAt).toBeGreaterThan(first.createdAt);
  });

  it('refuses an empty name and words storage failures', async () => {
    const { store, tables } = setUp();
    await expect(store.createNamed('   ', author)).rejects.toMatchObject({ code: 'invalid' });
    tables.add = async () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    await expect(store.createNamed('X', author)).rejects.toMatchObject({ code: 'storage' });
  });
});
