import type { VersionMeta } from '../../../src/model/versions/types';
import type { BoardDoc } from '../../sync/boardDocs';
import type { StoredVersion, VersionBaseInfo, VersionStorage } from '../versionStorage';
import { bytesOf, toBuffer } from './pgBytes';
import type { PgClient, PgDatabase } from './pgDatabase';
import { versionMetaOf, type VersionMetaRow } from '../versionMetaRow';

/** The meta columns of board_versions, never the bytea ones (a list must stay cheap). */
const SELECT_META = `SELECT id, kind, name, reason, created_at, author_name, author_color, summary,
  board_bytes, notes_bytes, stored_bytes FROM board_versions`;
const NEWEST_FIRST = 'ORDER BY created_at DESC, seq DESC';


/**
 * Versions in PostgreSQL (tables board_versions and version_bases), with the semantics of
 * SqliteVersionStorage. Writes to one board's versions take an advisory lock on the board, so
 * two processes making or deleting its versions at once do so one after the other.
 */
export class PgVersionStorage implements VersionStorage {
  constructor(private readonly db: PgDatabase) {}

  async list(boardId: string): Promise<VersionMeta[]> {
    const { rows } = await this.db.query<VersionMetaRow>(`${SELECT_META} WHERE board_id = $1 ${NEWEST_FIRST}`, [boardId]);
    return rows.map(versionMetaOf);
  }

  async latest(boardId: string): Promise<VersionMeta | undefined> {
    const { rows } = await this.db.query<VersionMetaRow>(`${SELECT_META} WHERE board_id = $1 ${NEWEST_FIRST} LIMIT 1`, [boardId]);
    return rows[0] && versionMetaOf(rows[0]);
  }

  async get(boardId: string, versionId: string): Promise<VersionMeta | undefined> {
    const { rows } = await this.db.query<VersionMetaRow>(`${SELECT_META} WHERE board_id = $1 AND id = $2`, [boardId, versionId]);
    return rows[0] && versionMetaOf(rows[0]);
  }

  async snapshot(boardId: string, versionId: string, doc: BoardDoc): Promise<Uint8Array[] | undefined> {
    const [update, base] = doc === 'board' ? ['board_state', 'board_base'] : ['notes_state', 'notes_base'];
    // The version and its base in one statement (one snapshot): a base deleted in between is not possible.
    const { rows } = await this.db.query<{ update: Buffer; base_id: string | null; base: Buffer | null }>(
      `SELECT v.${update} AS update, v.${base} AS base_id, b.state AS base
         FROM board_versions v LEFT JOIN version_bases b ON b.id = v.${base} AND b.board_id = v.board_id
        WHERE v.board_id = $1 AND v.id = $2`,
      [boardId, versionId],
    );
    const row = rows[0];
    if (!row) return undefined;
    if (!row.base_id) return [bytesOf(row.update)];
    if (!row.base) throw new Error(`Version ${versionId} of board ${boardId} is made on base ${row.base_id}, which is missing.`);
    return row.update.byteLength > 0 ? [bytesOf(row.base), bytesOf(row.update)] : [bytesOf(row.base)];
  }

  async latestBase(boardId: string, doc: BoardDoc): Promise<VersionBaseInfo | undefined> {
    const { rows } = await this.db.query<{ id: string; bytes: number; state_vector: Buffer }>(
      'SELECT id, bytes, state_vector FROM version_bases WHERE board_id = $1 AND doc = $2 ORDER BY seq DESC LIMIT 1',
      [boardId, doc],
    );
    const row = rows[0];
    return row && { id: row.id, bytes: row.bytes, stateVector: bytesOf(row.state_vector) };
  }

  async create(boardId: string, version: StoredVersion): Promise<void> {
    const { meta, board, notes } = version;
    await this.db.transaction(async (client) => {
      await lockBoard(client, boardId);
      let stored = board.byteLength + notes.byteLength;
      for (const base of version.newBases ?? []) {
        await client.query(
          'INSERT INTO version_bases (id, board_id, doc, bytes, state_vector, state) VALUES ($1, $2, $3, $4, $5, $6)',
          [base.id, boardId, base.doc, base.state.byteLength, toBuffer(base.stateVector), toBuffer(base.state)],
        );
        stored += base.state.byteLength;
      }
      await client.query(
        `INSERT INTO board_versions (id, board_id, kind, name, reason, created_at, author_name, author_color, summary,
           board_bytes, notes_bytes, stored_bytes, board_base, notes_base, board_state, notes_state)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [
          meta.id, boardId, meta.kind, meta.name, meta.reason, meta.createdAt, meta.author?.name ?? null,
          meta.author?.color ?? null, JSON.stringify(meta.summary), meta.boardBytes, meta.notesBytes, stored,
          version.boardBase ?? null, version.notesBase ?? null, toBuffer(board), toBuffer(notes),
        ],
      );
    });
  }

  async delete(boardId: string, versionIds: readonly string[]): Promise<number> {
    if (versionIds.length === 0) return 0;
    return this.db.transaction(async (client) => {
      await lockBoard(client, boardId);
      const deleted = await client.query('DELETE FROM board_versions WHERE board_id = $1 AND id = ANY($2::text[])', [
        boardId,
        [...versionIds],
      ]);
      const count = deleted.rowCount ?? 0;
      if (count > 0) {
        // Bases no version is made on any more, but for the newest of each doc of this board:
        // the next version is made on that one.
        await client.query(
          `DELETE FROM version_bases b WHERE b.board_id = $1
             AND NOT EXISTS (SELECT 1 FROM board_versions v WHERE v.board_base = b.id)
             AND NOT EXISTS (SELECT 1 FROM board_versions v WHERE v.notes_base = b.id)
             AND b.seq NOT IN (SELECT MAX(seq) FROM version_bases WHERE board_id = $1 GROUP BY doc)`,
          [boardId],
        );
      }
      return count;
    });
  }
}

function lockBoard(client: PgClient, boardId: string): Promise<unknown> {
  return client.query(`SELECT pg_advisory_xact_lock(hashtextextended('beatboard:versions:' || $1, 0))`, [boardId]);
}

