import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_AI, DEFAULT_CLIENT_DIR, DEFAULT_LIMITS, loadConfig } from './config';

const cwd = path.resolve('/srv/beatboard');

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    expect(loadConfig({}, cwd)).toEqual({
      host: '127.0.0.1',
      port: 8080,
      dataDir: path.join(cwd, 'data'),
      clientDir: DEFAULT_CLIENT_DIR,
      secret: undefined,
      adminToken: undefined,
      publicUrl: undefined,
      trustedProxies: new Set(),
      maxFrameBytes: 8 * 1024 * 1024,
      maxDocBytes: 256 * 1024 * 1024,
      roomGraceMs: 2000,
      createLimitPerMinute: 30,
      maxSocketsPerAddress: 200,
      maxSocketsPerToken: 1000,
      maxOutgoingBytes: 32 * 1024 * 1024,
      maxLogUpdates: 10_000,
      maxBoardAssetBytes: 200 * 1024 * 1024,
      maxAudioBytes: 50 * 1024 * 1024,
      maxJsonBytes: 64 * 1024,
      maxAwarenessBytes: 16 * 1024,
      awarenessPerSecond: 30,
      versionQuietMs: 2000,
      versionCheckMs: 60_000,
      maxNamedVersions: 100,
      http: { keepAliveMs: 5000, headersMs: 10_000, requestMs: 300_000 },
      ai: DEFAULT_AI,
      scaleOut: undefined,
    });
    expect(DEFAULT_LIMITS.http.requestMs).toBe(300_000);
  });

  it('takes scale-out mode only with both PostgreSQL and Redis, and names what is wrong', () => {
    const both = { BEATBOARD_DATABASE_URL: 'postgres://beatboard@db:5432/boards', BEATBOARD_REDIS_URL: 'redis://cache:6379' };
    expect(loadConfig(both, cwd).scaleOut).toEqual({ databaseUrl: both.BEATBOARD_DATABASE_URL, redisUrl: both.BEATBOARD_REDIS_URL });
    expect(() => loadConfig({ BEATBOARD_DATABASE_URL: both.BEATBOARD_DATABASE_URL }, cwd)).toThrow(/needs both BEATBOARD_DATABASE_URL .* and BEATBOARD_REDIS_URL/);
    expect(() => loadConfig({ BEATBOARD_REDIS_URL: both.BEATBOARD_REDIS_URL }, cwd)).toThrow(ConfigError);
    expect(() => loadConfig({ ...both, BEATBOARD_DATABASE_URL: 'mysql://db/boards' }, cwd)).toThrow(/BEATBOARD_DATABASE_URL="mysql:\/\/db\/boards": must be a URL such as postgres:/);
    expect(() => loadConfig({ ...both, BEATBOARD_REDIS_URL: 'cache:6379' }, cwd)).toThrow(/BEATBOARD_REDIS_URL/);
  });

  it('reads the trusted proxies as a set of addresses', () => {
    expect(loadConfig({ BEATBOARD_TRUSTED_PROXIES: '127.0.0.1, ::1,::ffff:10.0.0.5' }, cwd).trustedProxies).toEqual(new Set(['127.0.0.1', '::1', '10.0.0.5']));
  });

  it('reads the limits and timeouts', () => {
    const config = loadConfig({
      BEATBOARD_MAX_SOCKETS_PER_ADDRESS: '10', BEATBOARD_MAX_SOCKETS_PER_TOKEN: '5', BEATBOARD_MAX_LOG_UPDATES: '50',
      BEATBOARD_MAX_BOARD_ASSET_BYTES: '1000', BEATBOARD_MAX_JSON_BYTES: '2048', BEATBOARD_MAX_AWARENESS_BYTES: '512',
      BEATBOARD_AWARENESS_PER_SECOND: '5', BEATBOARD_KEEP_ALIVE_TIMEOUT_MS: '1000', BEATBOARD_HEADERS_TIMEOUT_MS: '2000',
      BEATBOARD_REQUEST_TIMEOUT_MS: '3000', BEATBOARD_VERSION_QUIET_MS: '250', BEATBOARD_VERSION_CHECK_MS: '100',
      BEATBOARD_MAX_NAMED_VERSIONS: '7', BEATBOARD_MAX_AUDIO_BYTES: '4096', BEATBOARD_MAX_OUTGOING_BYTES: '65536',
    }, cwd);
    expect(config).toMatchObject({
      maxSocketsPerAddress: 10, maxSocketsPerToken: 5, maxLogUpdates: 50, maxBoardAssetBytes: 1000, maxJsonBytes: 2048,
      maxAwarenessBytes: 512, awarenessPerSecond: 5, http: { keepAliveMs: 1000, headersMs: 2000, requestMs: 3000 },
      versionQuietMs: 250, versionCheckMs: 100, maxNamedVersions: 7, maxAudioBytes: 4096, maxOutgoingBytes: 65536,
    });
    expect(() => loadConfig({ BEATBOARD_MAX_SOCKETS_PER_TOKEN: 'many' }, cwd)).toThrow(
      'BEATBOARD_MAX_SOCKETS_PER_TOKEN="many": must be a whole number (sockets)',
    );
  });

  it('reads HOST, PORT and DATA_DIR, resolving the directory from the working directory', () => {
    const config = loadConfig({ HOST: '0.0.0.0', PORT: '3000', DATA_DIR: 'state/boards' }, cwd);
    expect(config).toMatchObject({ host: '0.0.0.0', port: 3000, dataDir: path.join(cwd, 'state/boards') });
  });

  it('treats blank variables as unset', () => {
    expect(loadConfig({ HOST: ' ', PORT: '', DATA_DIR: '' }, cwd)).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
    });
  });

  it('accepts port 0, which asks the OS for a free port', () => {
    expect(loadConfig({ PORT: '0' }, cwd).port).toBe(0);
  });

  it.each(['abc', '80.5', '-1', '65536', '8080x'])('names the problem with PORT=%s', (value) => {
    expect(() => loadConfig({ PORT: value }, cwd)).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: value }, cwd)).toThrow(
      `PORT="${value}": must be a whole number from 0 to 65535`,
    );
  });

  it('picks the openai provider when a server or key is given, unless told otherwise', () => {
    expect(loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' }, cwd).ai.provider).toBe('openai');
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test' }, cwd).ai.provider).toBe('openai');
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test', BEATBOARD_AI_PROVIDER: 'offline' }, cwd).ai.provider).toBe('offline');
    expect(() => loadConfig({ BEATBOARD_AI_PROVIDER: 'llama' }, cwd)).toThrow('BEATBOARD_AI_PROVIDER="llama": must be offline or openai');
  });
});
