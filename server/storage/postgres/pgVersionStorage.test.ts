import { describe, expect, it } from 'vitest';
import { usePostgres } from '../../testing/postgresServer';
import { bytes, describeVersionStorage, meta } from '../contract/versionStorageContract';
import { openPgDatabase } from './pgDatabase';
import { PgVersionStorage } from './pgVersionStorage';

const postgres = usePostgres();

describeVersionStorage('PgVersionStorage', async () => {
  const url = await postgres().freshDatabase();
  let db = await openPgDatabase(url);
  return {
    storage: new PgVersionStorage(db),
    async reopen() {
      await db.close();
      db = await openPgDatabase(url);
      return new PgVersionStorage(db);
    },
    baseIds: async () => (await db.query<{ id: string }>('SELECT id FROM version_bases ORDER BY seq')).rows.map((row) => row.id),
    close: () => db.close(),
  };
});

describe('PgVersionStorage in scale-out', () => {
  it('never keeps a version whose base another process deleted at the same time', async () => {
    const url = await postgres().freshDatabase();
    const [one, two] = [await openPgDatabase(url), await openPgDatabase(url)];
    try {
      const [deleter, maker] = [new PgVersionStorage(one), new PgVersionStorage(two)];
      const boards = Array.from({ length: 8 }, (_, i) => `b${i}`);
      for (const board of boards) {
        // An old base with one version on it, and a newer base (which always stays).
        const old = { id: `${board}-old`, doc: 'board' as const, stateVector: bytes(0), state: bytes(1, 1) };
        const newer = { id: `${board}-new`, doc: 'board' as const, stateVector: bytes(0), state: bytes(2, 2) };
        await deleter.create(board, { meta: meta(`${board}-v0`, 1000), board: bytes(), notes: bytes(), boardBase: old.id, newBases: [old] });
        await deleter.create(board, { meta: meta(`${board}-v1`, 2000), board: bytes(), notes: bytes(), boardBase: newer.id, newBases: [newer] });
      }
      // One process deletes the only version on the old base (so the base goes) while the
      // other makes a version on that base, read a moment before as the one to use.
      await Promise.all(
        boards.flatMap((board) => [
          deleter.delete(board, [`${board}-v0`]),
          maker
            .create(board, { meta: meta(`${board}-v2`, 3000), board: bytes(5), notes: bytes(), boardBase: `${board}-old` })
            .catch(() => undefined),
        ]),
      );
      for (const board of boards) {
        // Either the new version came first and kept its base, or it was refused: never a
        // version that cannot be read.
        if (await maker.get(board, `${board}-v2`)) {
          expect(await maker.snapshot(board, `${board}-v2`, 'board')).toEqual([bytes(1, 1), bytes(5)]);
        }
      }
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
