import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { HttpTimeouts, ServerConfig } from '../config';
import { createServerContext, type ContextOptions } from '../context';
import { attachSync } from '../sync/transport';
import { createApp } from './app';

export interface RunningServer {
  /** The Node server, for attaching the websocket `upgrade` handler. */
  server: Server;
  /** The port actually bound (differs from the config when it asked for port 0). */
  port: number;
  /** The address to open in a browser, with a trailing slash. */
  url: string;
  /** Stops accepting, lets requests in flight finish, and resolves once all is closed. */
  close(): Promise<void>;
}

// Requests still running after this long are cut, so a stuck client cannot hold a shutdown.
const SHUTDOWN_GRACE_MS = 5000;

export async function startServer(config: ServerConfig, options: ContextOptions = {}): Promise<RunningServer> {
  const context = await createServerContext(config, options);
  const app = createApp(context);
  const server = createAdaptorServer({
    fetch: app.fetch,
    hostname: config.host,
    serverOptions: timeoutOptions(config.http),
  }) as Server;
  const sync = attachSync(server, {
    access: context.access,
    rooms: context.rooms,
    maxFrameBytes: config.maxFrameBytes,
    maxSocketsPerAddress: config.maxSocketsPerAddress,
    maxSocketsPerToken: config.maxSocketsPerToken,
    maxOutgoingBytes: config.maxOutgoingBytes,
    trustedProxies: config.trustedProxies,
    log: { warn: (message) => console.warn(message) },
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await context.autoVersions.stop();
    await context.close();
    throw error;
  }

  const { port } = server.address() as AddressInfo;
  const close = async () => {
    // Sockets first, so no write arrives while the rooms write their last state.
    sync.closeAll();
    await Promise.all([closeServer(server), context.rooms.unloadAll()]);
    // After the rooms: a room unloading with changes gets a version first.
    await context.autoVersions.stop();
    await context.close();
  };
  return { server, port, url: browserUrl(config.host, port), close };
}

/**
 * Node's connection timeouts (docs/server-api.md "Limits"). They apply to every request,
 * websocket upgrades included, until the request is in (an upgraded socket is the sync
 * transport's, which pings it). Node checks them on a timer, run here often enough that a
 * short headers timeout is kept to within a quarter of itself.
 */
function timeoutOptions(timeouts: HttpTimeouts) {
  // Node refuses a headers timeout longer than the request timeout (0 turns the latter off).
  const headersTimeout = timeouts.requestMs > 0 ? Math.min(timeouts.headersMs, timeouts.requestMs) : timeouts.headersMs;
  return {
    keepAliveTimeout: timeouts.keepAliveMs,
    headersTimeout,
    requestTimeout: timeouts.requestMs,
    connectionsCheckingInterval: headersTimeout > 0 ? Math.max(50, Math.min(30_000, Math.floor(headersTimeout / 4))) : 30_000,
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    const forceTimer = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    forceTimer.unref();
    server.close((error) => {
      clearTimeout(forceTimer);
      if (error) reject(error);
      else resolve();
    });
    // Keep-alive connections that are not serving anything would otherwise hold close().
    server.closeIdleConnections();
  });
}

/** A wildcard host listens everywhere but is not an address a browser can open. */
function browserUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
}
