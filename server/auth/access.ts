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
  async issue(boardId: string, role: BoardRole, now = Date.now()): Promise<string> {
    const iat = Math.max(now, (await this.registry.revokedAt(boardId, role)) + 1);
    return signToken(this.secret, { b: boardId, r: role, iat, id: newId() });
  }

  async issueAll(boardId: string): Promise<RoleTokens> {
    const tokens = await Promise.all(BOARD_ROLES.map(async (role) => [role, await this.issue(boardId, role)]));
    return Object.fromEntries(tokens) as RoleTokens;
  }

  async check(token: string | null | undefined, boardId: string, now = Date.now()): Promise<AccessCheck> {
    const verified = verifyToken(this.secret, token, now);
    if (!verified.ok) return verified;
    const payload = verified.payload;
    if (payload.b !== boardId) return { ok: false, reason: 'other-board' };
    if (!(await this.registry.hasBoard(boardId))) return { ok: false, reason: 'no-board' };
    if (payload.iat <= (await this.registry.revokedAt(boardId, payload.r))) return { ok: false, reason: 'revoked' };
    return { ok: true, token: payload };
  }

  /** Refuses every existing token of the role from now on; returns the revocation time. */
  async revoke(boardId: string, role: BoardRole, now = Date.now()): Promise<number> {
    await this.registry.revoke(boardId, role, now);
    this.revoked(boardId, role, now);
    return now;
  }

  /**
   * Tells the listeners of a revocation: one made here, or (in scale-out mode) one another
   * server process made and the relay passed on.
   */
  revoked(boardId: string, role: BoardRole, revokedAt: number): void {
    for (const listener of this.revokeListeners) listener(boardId, role, revokedAt);
  }

  /** Called after each revocation (the sync transport closes the sockets it affects). */
  onRevoke(listener: (boardId: string, role: BoardRole, revokedAt: number) => void): () => void {
    this.revokeListeners.add(listener);
    return () => this.revokeListeners.delete(listener);
  }
}
