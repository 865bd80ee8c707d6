import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type TestRedis } from '../testing/redisServer';
import { redisLimits } from './redisRateLimit';

let redis: TestRedis;
let connections: Redis[];

beforeAll(async () => {
  redis = await startRedis();
  // Two processes, each with its own connection.
  connections = [0, 1].map(() => new Redis(redis.url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => 50 }));
  for (const connection of connections) connection.on('error', () => undefined);
  await Promise.all(connections.map((connection) => new Promise((resolve) => connection.once('ready', resolve))));
});
afterAll(async () => {
  for (const connection of connections) connection.disconnect();
  await redis.destroy();
});

const quiet = { warn: () => undefined };

describe('Redis limits', () => {
  it('hold one rate limit across limiters of different processes', async () => {
    const [a, b] = connections.map((connection) => redisLimits(connection, quiet).limiter('create', 3, 1000));
    expect(await a!.take('203.0.113.1')).toBe(0);
    expect(await b!.take('203.0.113.1')).toBe(0);
    expect(await a!.take('203.0.113.1')).toBe(0);
    expect(await b!.take('203.0.113.1')).toBe(1);
    expect(await a!.take('203.0.113.1')).toBe(1);
    // Another key and another limit's name count apart.
    expect(await b!.take('203.0.113.2')).toBe(0);
    expect(await redisLimits(connections[0]!, quiet).limiter('versions', 3, 1000).take('203.0.113.1')).toBe(0);
    // A new window once the last one expired.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(await b!.take('203.0.113.1')).toBe(0);
    expect(await connections[0]!.pttl('beatboard:limit:create:203.0.113.1')).toBeGreaterThan(0);
  });

  it('share the running count per board and give slots back', async () => {
    const [a, b] = connections.map((connection) => redisLimits(connection, quiet).concurrency('suggestions', 2, 60_000));
    const first = await a!.acquire('board1');
    const second = await b!.acquire('board1');
    expect(first).toBeTypeOf('function');
    expect(second).toBeTypeOf('function');
    expect(await a!.acquire('board1')).toBeNull();
    expect(await b!.acquire('board2')).toBeTypeOf('function');
    first!();
    first!();
    await expect.poll(async () => (await b!.acquire('board1')) !== null).toBe(true);
    expect(await a!.acquire('board1')).toBeNull();
    expect(await connections[0]!.pttl('beatboard:running:suggestions:board1')).toBeGreaterThan(0);
  });

  it('let requests through while Redis is down', async () => {
    const limits = redisLimits(connections[0]!, quiet);
    await redis.stop();
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await limits.limiter('create', 0).take('x')).toBe(0);
      expect(await limits.concurrency('suggestions', 0, 1000).acquire('x')).toBeTypeOf('function');
    } finally {
      await redis.start();
    }
  });
});
