/**
 * Who may do what on a board (docs/server-api.md). The server enforces it on every write; the
 * client uses the same rules to disable what a role cannot do instead of failing on it.
 */
export const BOARD_ROLES = ['owner', 'writer', 'director', 'viewer'] as const;
export type BoardRole = (typeof BOARD_ROLES)[number];

/** One value per role, e.g. the share tokens or links of a board. */
export type RoleTokens = Record<BoardRole, string>;

export function isBoardRole(value: unknown): value is BoardRole {
  return typeof value === 'string' && (BOARD_ROLES as readonly string[]).includes(value);
}

/** The board doc: shots, episodes, characters, meta, suggestions. */
export function canWriteBoard(role: BoardRole): boolean {
  return role === 'owner' || role === 'writer';
}

/** The notes doc: comments, the director's marks, approvals. */
export function canWriteNotes(role: BoardRole): boolean {
  return role !== 'viewer';
}

/** Reference images are part of the board, so uploading follows board writes. */
export const canUploadImages = canWriteBoard;

/** Approving shots is the director's call; owners can do everything, writers cannot approve. */
export function canApprove(role: BoardRole): boolean {
  return role === 'owner' || role === 'director';
}
