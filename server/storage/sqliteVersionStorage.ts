import type { AutoVersionReason, ChangeSummary, VersionKind, VersionMeta } from '../../src/model/versions/types';
import type { BoardDoc } from '../sync/boardDocs';
import type { SqliteDatabase } from './database';
import type { StoredVersion, VersionStorage } from './versionStorage';

/** The meta columns of board_versions, never the snapshot BLOBs. */
const META_COLUMNS =
  'id, kind, name, reason, created_at, author_name, author_color, summary, board_bytes, notes_bytes';
const NEWEST_FIRST = 'ORDER BY created_at DESC, seq DESC';

interface MetaRow {
  id: string;
  kind: VersionKind;
  name: string | null;
  reason: AutoVersionReason | null;
  created_at: number;
  author_name: string | null;
  author_color: string | null;
  summary: string;
  board_bytes: number;
  notes_bytes: number;
}

/** Versions in the server's SQLite database (migration 2, table board_versions). */
export class SqliteVersionStorage implements VersionStorage {
  private readonly statements;

  constructor(db: SqliteDatabase) {
    this.statements = {
      list: db.prepare(`SELECT ${META_COLUMNS} FROM board_versions WHERE board_id = ? ${NEWEST_FIRST}`),
      latest: db.prepare(`SELECT ${META_COLUMNS} FROM board_versions WHERE board_id = ? ${NEWEST_FIRST} LIMIT 1`),
      get: db.prepare(`SELECT ${META_COLUMNS} FROM board_versions WHERE board_id = ? AND id = ?`),
      boardState: db.prepare('SELECT board_state FROM board_versions WHERE board_id = ? AND id = ?').pluck(),
      notesState: db.prepare('SELECT notes_state FROM board_versions WHERE board_id = ? AND id = ?').pluck(),
      insert: db.prepare(
        `INSERT INTO board_versions (${META_COLUMNS}, board_id, board_state, notes_state)
         VALUES (@id, @kind, @name, @reason, @created_at, @author_name, @author_color, @summary, @board_bytes,
                 @notes_bytes, @board_id, @board_state, @notes_state)`,
      ),
      delete: db.prepare('DELETE FROM board_versions WHERE board_id = ? AND id = ?'),
    };
    this.deleteMany = db.transaction((boardId: string, ids: readonly string[]) =>
      ids.reduce((count, id) => count + this.statements.delete.run(boardId, id).changes, 0),
    );
  }

  private readonly deleteMany: (boardId: string, ids: readonly string[]) => number;

  async list(boardId: string): Promise<VersionMeta[]> {
    return (this.statements.list.all(boardId) as MetaRow[]).map(toMeta);
  }

  async latest(boardId: string): Promise<VersionMeta | undefined> {
    const row = this.statements.latest.get(boardId) as MetaRow | undefined;
    return row && toMeta(row);
  }

  async get(boardId: string, versionId: string): Promise<VersionMeta | undefined> {
    const row = this.statements.get.get(boardId, versionId) as MetaRow | undefined;
    return row && toMeta(row);
  }

  async snapshot(boardId: string, versionId: string, doc: BoardDoc): Promise<Uint8Array | undefined> {
    const statement = doc === 'board' ? this.statements.boardState : this.statements.notesState;
    const buffer = statement.get(boardId, versionId) as Buffer | undefined;
    return buffer && new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }

  async create(boardId: string, { meta, board, notes }: StoredVersion): Promise<void> {
    this.statements.insert.run({
      id: meta.id,
      kind: meta.kind,
      name: meta.name,
      reason: meta.reason,
      created_at: meta.createdAt,
      author_name: meta.author?.name ?? null,
      author_color: meta.author?.color ?? null,
      summary: JSON.stringify(meta.summary),
      board_bytes: board.byteLength,
      notes_bytes: notes.byteLength,
      board_id: boardId,
      board_state: board,
      notes_state: notes,
    });
  }

  async delete(boardId: string, versionIds: readonly string[]): Promise<number> {
    return versionIds.length === 0 ? 0 : this.deleteMany(boardId, versionIds);
  }
}

function toMeta(row: MetaRow): VersionMeta {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    reason: row.reason,
    createdAt: row.created_at,
    author: row.author_name === null ? null : { name: row.author_name, ...(row.author_color === null ? {} : { color: row.author_color }) },
    summary: JSON.parse(row.summary) as ChangeSummary,
    boardBytes: row.board_bytes,
    notesBytes: row.notes_bytes,
  };
}
