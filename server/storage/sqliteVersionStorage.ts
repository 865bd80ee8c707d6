import type { VersionMeta } from '../../src/model/versions/types';
import type { BoardDoc } from '../sync/boardDocs';
import type { SqliteDatabase } from './database';
import type { StoredVersion, VersionBaseInfo, VersionStorage } from './versionStorage';
import { versionMetaOf, type VersionMetaRow } from './versionMetaRow';

/** The meta columns of board_versions (never the snapshot BLOBs), and what version_parts adds. */
const META_COLUMNS =
  'id, kind, name, reason, created_at, author_name, author_color, summary, board_bytes, notes_bytes';
const SELECT_META = `SELECT v.id, v.kind, v.name, v.reason, v.created_at, v.author_name, v.author_color, v.summary,
  v.board_bytes, v.notes_bytes, p.stored_bytes FROM board_versions v LEFT JOIN version_parts p ON p.version_id = v.id`;
const NEWEST_FIRST = 'ORDER BY v.created_at DESC, v.seq DESC';


interface PartsRow {
  board_base: string | null;
  notes_base: string | null;
}

/** Versions in the server's SQLite database (tables board_versions, version_parts and version_bases). */
export class SqliteVersionStorage implements VersionStorage {
  private readonly statements;
  private readonly deleteMany: (boardId: string, ids: readonly string[]) => number;
  private readonly insertVersion: (boardId: string, version: StoredVersion) => void;

  constructor(db: SqliteDatabase) {
    this.statements = {
      list: db.prepare(`${SELECT_META} WHERE v.board_id = ? ${NEWEST_FIRST}`),
      latest: db.prepare(`${SELECT_META} WHERE v.board_id = ? ${NEWEST_FIRST} LIMIT 1`),
      get: db.prepare(`${SELECT_META} WHERE v.board_id = ? AND v.id = ?`),
      boardState: db.prepare('SELECT board_state FROM board_versions WHERE board_id = ? AND id = ?').pluck(),
      notesState: db.prepare('SELECT notes_state FROM board_versions WHERE board_id = ? AND id = ?').pluck(),
      parts: db.prepare('SELECT board_base, notes_base FROM version_parts WHERE version_id = ?'),
      baseState: db.prepare('SELECT state FROM version_bases WHERE board_id = ? AND id = ?').pluck(),
      latestBase: db.prepare('SELECT id, bytes, state_vector FROM version_bases WHERE board_id = ? AND doc = ? ORDER BY seq DESC LIMIT 1'),
      insert: db.prepare(
        `INSERT INTO board_versions (${META_COLUMNS}, board_id, board_state, notes_state)
         VALUES (@id, @kind, @name, @reason, @created_at, @author_name, @author_color, @summary, @board_bytes,
                 @notes_bytes, @board_id, @board_state, @notes_state)`,
      ),
      insertParts: db.prepare(
        'INSERT INTO version_parts (version_id, board_base, notes_base, stored_bytes) VALUES (?, ?, ?, ?)',
      ),
      insertBase: db.prepare(
        'INSERT INTO version_bases (id, board_id, doc, bytes, state_vector, state) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      delete: db.prepare('DELETE FROM board_versions WHERE board_id = ? AND id = ?'),
      deleteParts: db.prepare('DELETE FROM version_parts WHERE version_id = ?'),
      // Bases no version of any board is made on, but for the newest of each doc of this board.
      deleteUnused: db.prepare(
        `DELETE FROM version_bases WHERE board_id = @board_id
           AND id NOT IN (SELECT board_base FROM version_parts WHERE board_base IS NOT NULL)
           AND id NOT IN (SELECT notes_base FROM version_parts WHERE notes_base IS NOT NULL)
           AND seq NOT IN (SELECT MAX(seq) FROM version_bases WHERE board_id = @board_id GROUP BY doc)`,
      ),
    };
    this.deleteMany = db.transaction((boardId: string, ids: readonly string[]) => {
      let count = 0;
      for (const id of ids) {
        const deleted = this.statements.delete.run(boardId, id).changes;
        if (deleted > 0) this.statements.deleteParts.run(id);
        count += deleted;
      }
      if (count > 0) this.statements.deleteUnused.run({ board_id: boardId });
      return count;
    });
    this.insertVersion = db.transaction((boardId: string, version: StoredVersion) => {
      const { meta, board, notes } = version;
      let stored = board.byteLength + notes.byteLength;
      for (const base of version.newBases ?? []) {
        this.statements.insertBase.run(base.id, boardId, base.doc, base.state.byteLength, base.stateVector, base.state);
        stored += base.state.byteLength;
      }
      this.statements.insert.run({
        id: meta.id,
        kind: meta.kind,
        name: meta.name,
        reason: meta.reason,
        created_at: meta.createdAt,
        author_name: meta.author?.name ?? null,
        author_color: meta.author?.color ?? null,
        summary: JSON.stringify(meta.summary),
        board_bytes: meta.boardBytes,
        notes_bytes: meta.notesBytes,
        board_id: boardId,
        board_state: board,
        notes_state: notes,
      });
      this.statements.insertParts.run(meta.id, version.boardBase ?? null, version.notesBase ?? null, stored);
    });
  }

  async list(boardId: string): Promise<VersionMeta[]> {
    return (this.statements.list.all(boardId) as VersionMetaRow[]).map(versionMetaOf);
  }

  async latest(boardId: string): Promise<VersionMeta | undefined> {
    const row = this.statements.latest.get(boardId) as VersionMetaRow | undefined;
    return row && versionMetaOf(row);
  }

  async get(boardId: string, versionId: string): Promise<VersionMeta | undefined> {
    const row = this.statements.get.get(boardId, versionId) as VersionMetaRow | undefined;
    return row && versionMetaOf(row);
  }

  async snapshot(boardId: string, versionId: string, doc: BoardDoc): Promise<Uint8Array[] | undefined> {
    const statement = doc === 'board' ? this.statements.boardState : this.statements.notesState;
    const update = statement.get(boardId, versionId) as Buffer | undefined;
    if (!update) return undefined;
    const parts = this.statements.parts.get(versionId) as PartsRow | undefined;
    const baseId = doc === 'board' ? parts?.board_base : parts?.notes_base;
    if (!baseId) return [bytesOf(update)];
    const base = this.statements.baseState.get(boardId, baseId) as Buffer | undefined;
    if (!base) throw new Error(`Version ${versionId} of board ${boardId} is made on base ${baseId}, which is missing.`);
    return update.byteLength > 0 ? [bytesOf(base), bytesOf(update)] : [bytesOf(base)];
  }

  async latestBase(boardId: string, doc: BoardDoc): Promise<VersionBaseInfo | undefined> {
    const row = this.statements.latestBase.get(boardId, doc) as { id: string; bytes: number; state_vector: Buffer } | undefined;
    return row && { id: row.id, bytes: row.bytes, stateVector: bytesOf(row.state_vector) };
  }

  async create(boardId: string, version: StoredVersion): Promise<void> {
    this.insertVersion(boardId, version);
  }

  async delete(boardId: string, versionIds: readonly string[]): Promise<number> {
    return versionIds.length === 0 ? 0 : this.deleteMany(boardId, versionIds);
  }
}

function bytesOf(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

