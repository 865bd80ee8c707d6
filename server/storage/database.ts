import path from 'node:path';
import Database from 'better-sqlite3';

export type SqliteDatabase = Database.Database;

/** Each entry upgrades the schema by one version; never edit one that has shipped. */
const MIGRATIONS: string[] = [
  `CREATE TABLE boards (
     id TEXT PRIMARY KEY,
     created_at INTEGER NOT NULL
   );
   CREATE TABLE doc_states (
     room TEXT PRIMARY KEY,
     state BLOB NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE doc_updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     room TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX doc_updates_room ON doc_updates (room, seq);
   CREATE TABLE revocations (
     board_id TEXT NOT NULL,
     role TEXT NOT NULL,
     revoked_at INTEGER NOT NULL,
     PRIMARY KEY (board_id, role)
   );
   CREATE TABLE board_assets (
     board_id TEXT NOT NULL,
     asset_id TEXT NOT NULL,
     type TEXT NOT NULL,
     size INTEGER NOT NULL,
     created_at INTEGER NOT NULL,
     PRIMARY KEY (board_id, asset_id)
   );`,
  // Versions: full snapshots of a board's two docs. The BLOBs come last in the row, so a list
  // that selects only the meta columns never reads their overflow pages.
  `CREATE TABLE board_versions (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     board_id TEXT NOT NULL,
     kind TEXT NOT NULL,
     name TEXT,
     reason TEXT,
     created_at INTEGER NOT NULL,
     author_name TEXT,
     author_color TEXT,
     summary TEXT NOT NULL,
     board_bytes INTEGER NOT NULL,
     notes_bytes INTEGER NOT NULL,
     board_state BLOB NOT NULL,
     notes_state BLOB NOT NULL
   );
   CREATE INDEX board_versions_board ON board_versions (board_id, created_at, seq);`,
  // Versions on a shared base: a doc's whole state is stored once in version_bases, and each
  // version made while the doc has grown little since keeps only what changed on top of it
  // (board_state / notes_state then hold that update). version_parts names a version's bases
  // and what its rows added to the store; a version without a row there (made by store
  // version 2) holds each doc whole. A table of its own, since columns added to board_versions
  // would come after its BLOBs, and a list would read through them.
  `CREATE TABLE version_bases (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     id TEXT NOT NULL UNIQUE,
     board_id TEXT NOT NULL,
     doc TEXT NOT NULL,
     bytes INTEGER NOT NULL,
     state_vector BLOB NOT NULL,
     state BLOB NOT NULL
   );
   CREATE INDEX version_bases_board ON version_bases (board_id, doc, seq);
   CREATE TABLE version_parts (
     version_id TEXT PRIMARY KEY,
     board_base TEXT,
     notes_base TEXT,
     stored_bytes INTEGER NOT NULL
   );
   CREATE INDEX version_parts_board_base ON version_parts (board_base);
   CREATE INDEX version_parts_notes_base ON version_parts (notes_base);`,
];

/**
 * Opens (and creates or upgrades) the server's SQLite database in `dataDir`. WAL with
 * synchronous=NORMAL: a committed transaction survives the process being killed (the WAL is
 * in the OS's hands), and commits do not wait for a disk flush.
 */
export function openServerDatabase(dataDir: string): SqliteDatabase {
  const db = new Database(path.join(dataDir, 'beatboard.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    db.close();
    throw new Error(
      `The data in ${dataDir} was written by a newer Beatboard (store version ${version}); ` +
        `this one understands up to ${MIGRATIONS.length}. Upgrade Beatboard or use another DATA_DIR.`,
    );
  }
  db.transaction(() => {
    for (let next = version; next < MIGRATIONS.length; next++) db.exec(MIGRATIONS[next]!);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  })();
  return db;
}
