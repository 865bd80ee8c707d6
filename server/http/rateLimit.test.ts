import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rateLimit';

describe('RateLimiter', () => {
  it('allows the limit per window per key, then says how long to wait', () => {
    const limiter = new RateLimiter(2, 60_000);
    expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.take('a', 1000)).toBe(0);
    expect(limiter.take('a', 2000)).toBe(58);
    expect(limiter.take('b', 2000)).toBe(0);
    expect(limiter.take('a', 60_000)).toBe(0);
  });
});
