/**
 * The PostgreSQL schema, one entry per store version; each upgrades the one before. Never
 * edit one that has shipped: add another. The tables follow the SQLite ones (database.ts),
 * but start at what SQLite reached in three steps. Times are ms since the epoch (bigint).
 */
export const MIGRATIONS: string[] = [
  `CREATE TABLE boards (
     id text PRIMARY KEY,
     created_at bigint NOT NULL
   );
   -- A room's document: its folded state, and the updates appended since (in seq order).
   CREATE TABLE doc_states (
     room text PRIMARY KEY,
     state bytea NOT NULL,
     updated_at bigint NOT NULL
   );
   CREATE TABLE doc_updates (
     seq bigserial PRIMARY KEY,
     room text NOT NULL,
     data bytea NOT NULL
   );
   CREATE INDEX doc_updates_room ON doc_updates (room, seq);
   CREATE TABLE revocations (
     board_id text NOT NULL,
     role text NOT NULL,
     revoked_at bigint NOT NULL,
     PRIMARY KEY (board_id, role)
   );
   CREATE TABLE board_assets (
     board_id text NOT NULL,
     asset_id text NOT NULL,
     type text NOT NULL,
     size bigint NOT NULL,
     created_at bigint NOT NULL,
     PRIMARY KEY (board_id, asset_id)
   );
   -- Asset bytes by their SHA-256 (content-addressed: a second write of the same id is a no-op).
   CREATE TABLE asset_blobs (
     id text PRIMARY KEY,
     bytes bytea NOT NULL
   );
   -- A doc's whole state shared by the versions made on it (versionStorage.ts).
   CREATE TABLE version_bases (
     seq bigserial PRIMARY KEY,
     id text NOT NULL UNIQUE,
     board_id text NOT NULL,
     doc text NOT NULL,
     bytes bigint NOT NULL,
     state_vector bytea NOT NULL,
     state bytea NOT NULL
   );
   CREATE INDEX version_bases_board ON version_bases (board_id, doc, seq);
   -- Unlike SQLite, one table holds a version's meta, its bases and its updates: PostgreSQL
   -- keeps large bytea values out of line (TOAST), so a list of metas does not read them.
   -- The bases are foreign keys, so a base cannot go while a version still needs it.
   CREATE TABLE board_versions (
     seq bigserial PRIMARY KEY,
     id text NOT NULL UNIQUE,
     board_id text NOT NULL,
     kind text NOT NULL,
     name text,
     reason text,
     created_at bigint NOT NULL,
     author_name text,
     author_color text,
     summary text NOT NULL,
     board_bytes bigint NOT NULL,
     notes_bytes bigint NOT NULL,
     stored_bytes bigint NOT NULL,
     board_base text REFERENCES version_bases (id),
     notes_base text REFERENCES version_bases (id),
     board_state bytea NOT NULL,
     notes_state bytea NOT NULL
   );
   CREATE INDEX board_versions_board ON board_versions (board_id, created_at, seq);
   CREATE INDEX board_versions_board_base ON board_versions (board_base) WHERE board_base IS NOT NULL;
   CREATE INDEX board_versions_notes_base ON board_versions (notes_base) WHERE notes_base IS NOT NULL;
   -- Settings every process must share, such as the key that signs share links.
   CREATE TABLE settings (
     name text PRIMARY KEY,
     value text NOT NULL
   );`,
];
