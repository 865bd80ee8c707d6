// Versions: full-state snapshots of a board's two docs, kept beside them (on the server for
// a live board, in IndexedDB for a board that lives only in this browser). A version is never
// applied to a doc as it is: restoring writes a new forward change (see restore.ts), so
// connected clients and stored copies cannot bring the old state back.

export const VERSION_KINDS = ['named', 'auto'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

/** Why an automatic version was made. */
export const AUTO_VERSION_REASONS = [
  'publish', 'hourly', 'before-script-update', 'before-backup-restore', 'before-restore',
] as const;
export type AutoVersionReason = (typeof AUTO_VERSION_REASONS)[number];

/** At most this many characters in a version's name. */
export const MAX_VERSION_NAME_LENGTH = 120;

export interface VersionAuthor {
  name: string;
  color?: string;
}

export interface CountChange {
  added: number;
  removed: number;
  changed: number;
}

/** What changed between a version and the one before it (or the board and a version). */
export interface ChangeSummary {
  episodes: CountChange;
  shots: CountChange;
  /** Shots present on both sides whose sketch differs. */
  sketchesChanged: number;
}

export interface VersionMeta {
  id: string;
  kind: VersionKind;
  /** Set for named versions, null for automatic ones. */
  name: string | null;
  /** Set for automatic versions, null for named ones. */
  reason: AutoVersionReason | null;
  /** ms since the Unix epoch. */
  createdAt: number;
  /** Who made it; null when the server made it on its own (hourly, publish). */
  author: VersionAuthor | null;
  /** Changes since the previous version of the board (everything counts as added in the first). */
  summary: ChangeSummary;
  /** Sizes of each doc's state in the version (what a client downloads to open it), in bytes. */
  boardBytes: number;
  notesBytes: number;
  /**
   * What keeping the version cost its store, in bytes, when that differs from the sum of the
   * sizes: a server version made on a stored base keeps only what changed since (and the base
   * once, with the version that started it). Absent where each version holds its docs whole.
   */
  storedBytes?: number;
}

/**
 * One doc's whole state in a version: one Yjs update (`Y.encodeStateAsUpdate`, V1), or several
 * to apply in order (a server version made on a stored base: the base's state, then what
 * changed since). `versionDocOf` (snapshot.ts) reads either into a doc.
 */
export type VersionDocState = Uint8Array | readonly Uint8Array[];

/** A version's content: each doc's whole state. */
export interface VersionSnapshot {
  board: VersionDocState;
  notes: VersionDocState;
}

/** Shot fields compared field by field; `sketch` is the strokes, `text` groups of fields restore together. */
export const SHOT_TEXT_FIELDS = [
  'scene', 'size', 'angle', 'movement', 'moveAmount', 'transition', 'durationMs', 'action', 'dialogue', 'sound', 'notes', 'beat',
  'imageAssetId', 'clipAssetId', 'clipVolume',
] as const;
export type ShotTextField = (typeof SHOT_TEXT_FIELDS)[number];
export type ShotField = ShotTextField | 'sketch' | 'episodeId' | 'order';

export const EPISODE_FIELDS = ['title', 'order', 'targetSeconds', 'paywall', 'synopsis', 'soundtrackAssetId', 'soundtrackVolume'] as const;
export type EpisodeField = (typeof EPISODE_FIELDS)[number];

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One entry of a comparison, from `before` to `after`. */
export type BoardChange =
  | { kind: 'episode'; change: ChangeKind; episodeId: string; fields: EpisodeField[] }
  | { kind: 'shot'; change: ChangeKind; shotId: string; episodeId: string; fields: ShotField[] };
