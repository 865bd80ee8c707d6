import type { Redis } from 'ioredis';
import type { ConcurrencyLimit, Limiter, SharedLimits } from './rateLimit';

const PREFIX = 'beatboard:';

// One window per key: the first request starts it (INCR from nothing, then PEXPIRE), the key
// expiring ends it. The expiry is set again if it is missing (a key left without one).
const TAKE = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}
`;

// A slot is taken only if one is free; each take pushes the expiry out again, so the count
// lasts as long as requests keep coming and a dead process's slots go once they stop.
const ACQUIRE = `
local count = redis.call('INCR', KEYS[1])
if count > tonumber(ARGV[1]) then
  redis.call('DECR', KEYS[1])
  return 0
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1
`;

// Past zero (the key expired while a request ran) the key goes rather than counting down.
const RELEASE = `
local count = redis.call('DECR', KEYS[1])
if count <= 0 then redis.call('DEL', KEYS[1]) end
return count
`;

interface Log {
  warn(message: string): void;
}

/**
 * Limits shared by every server process through Redis. While Redis does not answer, requests
 * are let through (logged once a minute): an outage of the relay should not also take the
 * API down, and these limits guard against floods, not against single requests.
 */
export function redisLimits(redis: Redis, log: Log): SharedLimits {
  let lastWarned = 0;
  const failOpen = (what: string, error: unknown) => {
    const now = Date.now();
    if (now - lastWarned < 60_000) return;
    lastWarned = now;
    log.warn(`${what}: Redis did not answer, letting requests through (${error instanceof Error ? error.message : String(error)})`);
  };

  return {
    limiter(name, limit, windowMs = 60_000): Limiter {
      return {
        async take(key) {
          try {
            const [count, ttl] = (await redis.eval(TAKE, 1, `${PREFIX}limit:${name}:${key}`, windowMs)) as [number, number];
            return count > limit ? Math.max(1, Math.ceil(ttl / 1000)) : 0;
          } catch (error) {
            failOpen(`rate limit ${name}`, error);
            return 0;
          }
        },
      };
    },
    concurrency(name, max, expireMs): ConcurrencyLimit {
      return {
        async acquire(key) {
          const redisKey = `${PREFIX}running:${name}:${key}`;
          let taken: number;
          try {
            taken = (await redis.eval(ACQUIRE, 1, redisKey, max, expireMs)) as number;
          } catch (error) {
            failOpen(`concurrency limit ${name}`, error);
            return () => undefined;
          }
          if (taken !== 1) return null;
          let released = false;
          return () => {
            if (released) return;
            released = true;
            // If this fails the slot stays taken until the key expires (the safety net).
            redis.eval(RELEASE, 1, redisKey).catch((error: unknown) => failOpen(`concurrency limit ${name}`, error));
          };
        },
      };
    },
  };
}
