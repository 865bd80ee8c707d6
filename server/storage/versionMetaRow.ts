import type { AutoVersionReason, ChangeSummary, VersionKind, VersionMeta } from '../../src/model/versions/types';

/** A version's meta as both stores keep it in their `board_versions` table (SQL column names). */
export interface VersionMetaRow {
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
  /** What the version added to the store; null for a version stored whole (SQLite store version 2). */
  stored_bytes: number | null;
}

export function versionMetaOf(row: VersionMetaRow): VersionMeta {
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
    ...(row.stored_bytes === null ? {} : { storedBytes: row.stored_bytes }),
  };
}
