import { BOARD_ROLES, newId, type BoardRole, type RoleTokens } from '../../src/model';
import type { BoardRegistry } from '../storage/boardRegistry';
import { signToken, verifyToken, type TokenPayload } from './tokens';


export type AccessCheck =
  | { ok: true; token: TokenPayload }
  | { ok: false; reason: 'missing' | 'malformed' | 'forged' | 'expired' | 'revoked' | 'other-board' | 'no-board' };

/** Issues and checks share tokens for boards: signature, board, and revocation together. */
export class BoardAccess {
  private readonly revokeListeners = new Set<(boardId: string, role: BoardRole, revokedAt: number) => void>();

  constructor(
    private readonly secret: string,
    private readonly registry: BoardRegistry,
  ) {}

  /** A new token for a role; always issued after that role's last revocation. */
  issue(boardId: string, role: BoardRole, now = Date.now()): string {
    const iat = Math.max(now, this.registry.revokedAt(boardId, role) + 1);
    return signToken(this.secret, { b: boardId, r: role, iat, id: newId() });
  }

  issueAll(boardId: string): RoleTokens {
    return Object.fromEntries(BOARD_ROLES.map((role) => [role, this.issue(boardId, role)])) as RoleTokens;
  }

  check(token: string | null | undefined, boardId: string, now = Date.now()): AccessCheck {
    const verified = verifyToken(this.secret, token, now);
    if (!verified.ok) return verified;
    const payload = verified.payload;
    if (payload.b !== boardId) return { ok: false, reason: 'other-board' };
    if (!this.registry.hasBoard(boardId)) return { ok: false, reason: 'no-board' };
    if (payload.iat <= this.registry.revokedAt(boardId, payload.r)) return { ok: false, reason: 'revoked' };
    return { ok: true, token: payload };
  }

  /** Refuses every existing token of the role from now on; returns the revocation time. */
  revoke(boardId: string, role: BoardRole, now = Date.now()): number {
    this.registry.revoke(boardId, role, now);
    for (const listener of this.revokeListeners) listener(boardId, role, now);
    return now;
  }

  /** Called after each revocation (the sync transport closes the sockets it affects). */
  onRevoke(listener: (boardId: string, role: BoardRole, revokedAt: number) => void): () => void {
    this.revokeListeners.add(listener);
    return () => this.revokeListeners.delete(listener);
  }
}
