import { createHmac, timingSafeEqual } from 'node:crypto';
import { isBoardRole, type BoardRole } from '../../src/model';

/**
 * What a share token says. Short keys keep links short; the format is public
 * (docs/server-api.md) so a client can read its own role without asking the server.
 */
export interface TokenPayload {
  /** Board id. */
  b: string;
  r: BoardRole;
  /** Issued at, ms. Revoking a role refuses every token of it issued before. */
  iat: number;
  /** Token id, so two tokens issued in the same millisecond still differ. */
  id: string;
  /** Expires at, ms; absent for links that last until revoked. */
  exp?: number;
}

const encode = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

function signature(secret: string, payloadText: string): Buffer {
  return createHmac('sha256', secret).update(payloadText).digest();
}

/** `<base64url JSON payload>.<base64url HMAC-SHA256 of that text>`. */
export function signToken(secret: string, payload: TokenPayload): string {
  const payloadText = encode(JSON.stringify(payload));
  return `${payloadText}.${signature(secret, payloadText).toString('base64url')}`;
}

export type TokenCheck =
  | { ok: true; payload: TokenPayload }
  | { ok: false; reason: 'missing' | 'malformed' | 'forged' | 'expired' };

/** Checks the signature, the shape and the expiry; board and revocation are the caller's. */
export function verifyToken(secret: string, token: string | null | undefined, now = Date.now()): TokenCheck {
  if (!token) return { ok: false, reason: 'missing' };
  const [payloadText, signatureText, extra] = token.split('.');
  if (!payloadText || !signatureText || extra !== undefined) return { ok: false, reason: 'malformed' };
  const expected = signature(secret, payloadText);
  const given = Buffer.from(signatureText, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  const payload = parsePayload(payloadText);
  if (!payload) return { ok: false, reason: 'malformed' };
  if (payload.exp !== undefined && payload.exp <= now) return { ok: false, reason: 'expired' };
  return { ok: true, payload };
}

function parsePayload(payloadText: string): TokenPayload | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(payloadText, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { b, r, iat, id, exp } = value as Record<string, unknown>;
  if (typeof b !== 'string' || !isBoardRole(r) || typeof iat !== 'number' || typeof id !== 'string') return null;
  if (exp !== undefined && typeof exp !== 'number') return null;
  return { b, r, iat, id, ...(exp === undefined ? {} : { exp }) };
}
