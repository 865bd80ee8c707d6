import { startPostgres, type TestPostgres } from './postgresServer';
import { startRedis, type TestRedis } from './redisServer';

/** A real PostgreSQL and a real Redis on loopback ports, for tests that run in scale-out mode. */
export interface ScaleOutServices {
  postgres: TestPostgres;
  redis: TestRedis;
  /** Settings for a server in scale-out mode, on a database of its own. */
  settings(): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

export async function startScaleOutServices(): Promise<ScaleOutServices> {
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  return {
    postgres,
    redis,
    settings: async () => ({ BEATBOARD_DATABASE_URL: await postgres.freshDatabase(), BEATBOARD_REDIS_URL: redis.url }),
    stop: async () => {
      await Promise.all([postgres.destroy(), redis.destroy()]);
    },
  };
}

/** The modes a test suite that must hold in both runs under. */
export const SERVER_MODES = ['embedded', 'scale-out'] as const;
export type ServerMode = (typeof SERVER_MODES)[number];

/**
 * Runs a suite's servers in a mode: nothing to start for embedded; PostgreSQL and Redis for
 * scale-out, whose settings each server of the suite then takes (see `settings`).
 */
export function serverMode(mode: ServerMode) {
  let services: ScaleOutServices | undefined;
  return {
    async start(): Promise<void> {
      if (mode === 'scale-out') services = await startScaleOutServices();
    },
    settings: async (): Promise<Record<string, string>> => (services ? services.settings() : {}),
    async stop(): Promise<void> {
      await services?.stop();
      services = undefined;
    },
  };
}
