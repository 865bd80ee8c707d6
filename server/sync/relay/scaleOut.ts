import type { ServerConfig } from '../../config';
import { memoryLimits, type SharedLimits } from '../../http/rateLimit';
import { redisLimits } from '../../http/redisRateLimit';
import type { RoomLog } from '../roomContract';
import { RedisRelay } from './redisRelay';
import { LocalRelay, type RoomRelay } from './relay';

/**
 * What server processes share beyond storage: the room relay and the rate limits. Through
 * Redis in scale-out mode; embedded, nothing leaves the process.
 */
export function openSharedState(config: ServerConfig, log: RoomLog): { relay: RoomRelay; limits: SharedLimits } {
  if (!config.scaleOut) return { relay: new LocalRelay(), limits: memoryLimits() };
  const relay = new RedisRelay(config.scaleOut.redisUrl, log);
  return { relay, limits: redisLimits(relay.commands, log) };
}
