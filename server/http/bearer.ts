import type { Context } from 'hono';
import type { AccessCheck, BoardAccess } from '../auth/access';

const REASONS: Record<Exclude<AccessCheck, { ok: true }>['reason'], string> = {
  missing: 'This needs a board link token (Authorization: Bearer <token>).',
  malformed: 'The token is not a Beatboard token.',
  forged: 'The token was not issued by this server.',
  expired: 'The link has expired.',
  revoked: 'The board owner revoked this link.',
  'other-board': 'The token belongs to another board.',
  'no-board': 'There is no such board on this server.',
};

export function bearerToken(c: Context): string | null {
  const header = c.req.header('authorization');
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1] ?? c.req.query('token') ?? null;
}

/** Checks the request's token against a board; the failure carries a message to show. */
export async function checkBoardToken(c: Context, access: BoardAccess, boardId: string): Promise<AccessCheck & { message?: string }> {
  const check = await access.check(bearerToken(c), boardId);
  return check.ok ? check : { ...check, message: REASONS[check.reason] };
}
