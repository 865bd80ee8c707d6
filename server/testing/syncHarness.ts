import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { BoardRole } from '../../src/model';
import { loadConfig } from '../config';
import type { ContextOptions } from '../context';
import { startServer, type RunningServer } from '../http/listen';

export const TEST_SECRET = 'integration-test-secret-0123456789';

export interface CreatedBoard {
  id: string;
  tokens: Record<BoardRole, string>;
  links: Record<BoardRole, string>;
}

export interface TestServer {
  running: RunningServer;
  dataDir: string;
  syncUrl: string;
  api(urlPath: string, init?: RequestInit): Promise<Response>;
  /** A new board; with `id`, one published from a browser (nothing seeded, its doc syncs in). */
  createBoard(title?: string, id?: string): Promise<CreatedBoard>;
  /** Stops this server, keeping its data, and starts another on the same data directory. */
  restart(): Promise<TestServer>;
  stop(): Promise<void>;
}

/** A real server on a free loopback port with its own data directory. */
export async function startTestServer(
  env: Record<string, string> = {},
  dataDir = mkdtempSync(path.join(tmpdir(), 'beatboard-sync-test-')),
  options: ContextOptions = {},
): Promise<TestServer> {
  const running: RunningServer = await startServer(
    loadConfig({
      HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, BEATBOARD_SECRET: TEST_SECRET,
      BEATBOARD_ROOM_GRACE_MS: '50', BEATBOARD_CREATE_LIMIT: '1000', ...env,
    }),
    options,
  );
  return {
    running,
    dataDir,
    syncUrl: `ws://127.0.0.1:${running.port}/sync`,
    api: (urlPath: string, init?: RequestInit) => fetch(new URL(urlPath, running.url), init),
    async createBoard(title = 'Test board', id?: string): Promise<CreatedBoard> {
      const response = await fetch(new URL('/api/boards', running.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title, id }),
      });
      if (response.status !== 201) throw new Error(`create board: ${response.status} ${await response.text()}`);
      return (await response.json()) as CreatedBoard;
    },
    async restart() {
      await running.close();
      return startTestServer(env, dataDir, options);
    },
    async stop() {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

const clients = new Set<TestClient>();

/** A y-websocket client in Node, as a browser tab would connect. */
export function connectClient(syncUrl: string, room: string, token: string, doc = new Y.Doc()): TestClient {
  const provider = new WebsocketProvider(syncUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  const client = {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
      clients.delete(client);
    },
  };
  clients.add(client);
  return client;
}

export function destroyAllClients(): void {
  for (const client of [...clients]) client.destroy();
}

export function whenSynced(client: TestClient, timeoutMs = 5000): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return waitFor(() => client.provider.synced, timeoutMs, 'client to sync');
}

/** Polls until the condition holds; fails with what it was waiting for. */
export async function waitFor(condition: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens a raw websocket and reports how the upgrade went. Frames are collected from the
 * start: the server's greeting can arrive in the same packet as the upgrade answer.
 */
export function rawSocket(url: string): Promise<{ socket: WebSocket; received: Uint8Array[] } | { status: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const received: Uint8Array[] = [];
    socket.binaryType = 'arraybuffer';
    socket.on('message', (data: ArrayBuffer) => received.push(new Uint8Array(data)));
    socket.once('open', () => resolve({ socket, received }));
    socket.once('unexpected-response', (_request, response) => resolve({ status: response.statusCode ?? 0 }));
    socket.once('error', reject);
  });
}

export function closeOf(socket: WebSocket, timeoutMs = 5000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('socket did not close')), timeoutMs);
    socket.once('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
