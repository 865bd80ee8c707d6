/** Counts requests per key in fixed windows; shared between server processes in scale-out mode. */
export interface Limiter {
  /** Counts one request; resolves to 0 when allowed, else the seconds to wait. */
  take(key: string): Promise<number>;
}

/** Caps how many of something run at once per key (suggestions per board). */
export interface ConcurrencyLimit {
  /** A slot, as the function that gives it back (call it exactly once), or null when all are taken. */
  acquire(key: string): Promise<(() => void) | null>;
}

/**
 * Where the routes get their limits: in memory when the server runs alone, in Redis when
 * several processes serve the same boards (a limit per process would multiply by their number).
 * `name` keeps one route's counts apart from another's.
 */
export interface SharedLimits {
  limiter(name: string, limit: number, windowMs?: number): Limiter;
  /** `expireMs` bounds how long a slot stays taken if its process dies before giving it back. */
  concurrency(name: string, max: number, expireMs: number): ConcurrencyLimit;
}

/**
 * A fixed-window counter per client address: enough to stop a script from filling the disk
 * with boards, without any shared state between server processes.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  /** Counts one request; returns 0 when allowed, else the seconds to wait. */
  take(key: string, now = Date.now()): number {
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.prune(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= this.limit) return Math.ceil((window.start + this.windowMs - now) / 1000);
    window.count++;
    return 0;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}

/** The limits of a server running alone: this process's memory. */
export function memoryLimits(): SharedLimits {
  return {
    limiter(_name, limit, windowMs) {
      const limiter = new RateLimiter(limit, windowMs);
      return { take: async (key) => limiter.take(key) };
    },
    concurrency(_name, max) {
      const running = new Map<string, number>();
      return {
        async acquire(key) {
          const count = running.get(key) ?? 0;
          if (count >= max) return null;
          running.set(key, count + 1);
          let released = false;
          return () => {
            if (released) return;
            released = true;
            const left = (running.get(key) ?? 1) - 1;
            if (left > 0) running.set(key, left);
            else running.delete(key);
          };
        },
      };
    },
  };
}
