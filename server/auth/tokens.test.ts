import { describe, expect, it } from 'vitest';
import { signToken, verifyToken, type TokenPayload } from './tokens';

const SECRET = 'a-test-secret-of-some-length';
const payload: TokenPayload = { b: 'board-1', r: 'writer', iat: 1000, id: 'tok1' };

describe('share tokens', () => {
  it('round-trips a payload signed with the same secret', () => {
    expect(verifyToken(SECRET, signToken(SECRET, payload), 2000)).toEqual({ ok: true, payload });
  });

  it('refuses a token signed with another secret as forged', () => {
    expect(verifyToken(SECRET, signToken('another-secret-entirely', payload))).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses a payload edited after signing (a viewer promoting itself)', () => {
    const [, signature] = signToken(SECRET, { ...payload, r: 'viewer' }).split('.');
    const promoted = Buffer.from(JSON.stringify({ ...payload, r: 'owner' })).toString('base64url');
    expect(verifyToken(SECRET, `${promoted}.${signature}`)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuses an expired token and accepts it before expiry', () => {
    const token = signToken(SECRET, { ...payload, exp: 5000 });
    expect(verifyToken(SECRET, token, 4999).ok).toBe(true);
    expect(verifyToken(SECRET, token, 5000)).toEqual({ ok: false, reason: 'expired' });
  });

  it.each([
    ['', 'missing'],
    [null, 'missing'],
    ['no-dot', 'malformed'],
    ['a.b.c', 'malformed'],
  ] as const)('names what is wrong with %j', (token, reason) => {
    expect(verifyToken(SECRET, token)).toEqual({ ok: false, reason });
  });

  it('refuses a well-signed payload of the wrong shape', () => {
    const token = signToken(SECRET, { ...payload, r: 'admin' } as unknown as TokenPayload);
    expect(verifyToken(SECRET, token)).toEqual({ ok: false, reason: 'malformed' });
  });
});
