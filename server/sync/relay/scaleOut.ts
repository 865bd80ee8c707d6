import type { ServerConfig } from '../../config';
import { memoryLimits, type SharedLimits } from '../../http/rateLimit';
import type { RoomLog } from '../roomContract';
import { LocalRelay, type RoomRelay } from './relay';

/**
 * What server processes share beyond storage: the room relay and the rate limits. Through
 * Redis in scale-out mode; embedded, nothing leaves the process.
 */
export async function openSharedState(config: ServerConfig, log: RoomLog): Promise<{ relay: RoomRelay; limits: SharedLimits }> {
  if (!config.scaleOut) return { relay: new LocalRelay(), limits: memoryLimits() };
  // Loaded only in scale-out mode, like the PostgreSQL stores: the Redis client is the
  // largest of the server's packages in memory, and an embedded server never uses it.
  const [{ RedisRelay }, { redisLimits }] = await Promise.all([import('./redisRelay'), import('../../http/redisRateLimit')]);
  const relay = new RedisRelay(config.scaleOut.redisUrl, log);
  return { relay, limits: redisLimits(relay.commands, log) };
}
