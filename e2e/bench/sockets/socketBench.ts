import { spawn } from 'node:child_process';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { encodeSyncStep1 } from '../../../server/sync/protocol';
import { runLoad, type LoadResult } from '../sync/loadGenerator';
import { startOurServer, type BenchServer } from '../sync/serverProcess';

const root = path.resolve(import.meta.dirname, '../../..');
const MEMORY_BUDGET_MIB = 512;

export interface SocketBenchResult {
  idleSockets: number;
  rooms: number;
  /** The server's RSS with nothing loaded, with the rooms loaded (one socket each), and with every socket open. */
  rssIdleMiB: number;
  rssRoomsMiB: number;
  rssSocketsMiB: number;
  perSocketKiB: number;
  /** Idle sockets the server holds in 512 MiB, from its empty RSS and the memory per socket. */
  socketsIn512MiB: number;
  /** Each round: the rooms' relay on a quiet server, then while one address floods it. */
  rounds: { quiet: LoadResult; flooded: LoadResult; flood: FloodResult }[];
}

export interface FloodResult {
  attempts: number;
  ms: number;
  kept: number;
  errors: number;
  codes: Record<string, number>;
}

/** Quiet and flooded runs, taking turns: one comparison swings by a few ms on a shared 2-core machine. */
export const FLOOD_ROUNDS = 3;

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An idle client socket: it sends its sync step 1, takes the answer, and then says nothing. */
function idleSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    let greeted = false;
    socket.once('open', () => socket.send(encodeSyncStep1(new Y.Doc())));
    socket.on('message', () => {
      if (greeted) return;
      greeted = true;
      resolve(socket);
    });
    socket.once('error', reject);
    socket.once('close', (code) => !greeted && reject(new Error(`closed with ${code} before the greeting`)));
  });
}

async function createBoards(server: BenchServer, count: number) {
  const boards: { url: string; room: string; token?: string }[] = [];
  for (let i = 0; i < count; i++) boards.push(await server.createRoom(i));
  return boards.map((board) => `${board.url}/${board.room}?token=${board.token}`);
}

/** Memory per idle socket: `sockets` over `rooms` rooms, the server in its own process. */
async function measureIdleSockets(sockets: number, rooms: number) {
  const server = await startOurServer();
  const open: WebSocket[] = [];
  try {
    await settle(1000);
    const rssIdleMiB = server.rssMiB();
    const urls = await createBoards(server, rooms);
    for (const url of urls) open.push(await idleSocket(url));
    await settle(2000);
    const rssRoomsMiB = server.rssMiB();
    // In batches, as people arrive, not all in one instant.
    for (let i = rooms; i < sockets; i += 100) {
      const batch = Array.from({ length: Math.min(100, sockets - i) }, (_, k) => idleSocket(urls[(i + k) % rooms]!));
      open.push(...(await Promise.all(batch)));
    }
    await settle(3000);
    const rssSocketsMiB = server.rssMiB();
    const perSocketMiB = (rssSocketsMiB - rssRoomsMiB) / (sockets - rooms);
    return {
      rssIdleMiB,
      rssRoomsMiB,
      rssSocketsMiB,
      perSocketKiB: perSocketMiB * 1024,
      socketsIn512MiB: Math.floor((MEMORY_BUDGET_MIB - rssIdleMiB) / perSocketMiB),
    };
  } finally {
    for (const socket of open) socket.terminate();
    await server.stop();
  }
}

function runFlood(url: string, attempts: number, inFlight: number, localAddress: string): Promise<FloodResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'flood.ts'), url, String(attempts), String(inFlight), localAddress], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      try {
        resolve(JSON.parse(output.trim().split('\n').at(-1)!));
      } catch {
        reject(new Error(`the flood exited (${code}) without a result: ${output}`));
      }
    });
  });
}

/**
 * Relay latency of rooms in use, on a quiet server and while one address floods it with
 * connection attempts (the server at its default socket caps; the flood comes from another
 * loopback address than the rooms' clients).
 */
async function measureFlood(attempts: number, seconds: number) {
  const scenario = { rooms: 10, clientsPerRoom: 5, editEveryMs: 500, seconds };
  const server = await startOurServer({ BEATBOARD_MAX_SOCKETS_PER_ADDRESS: '200', BEATBOARD_MAX_SOCKETS_PER_TOKEN: '200' });
  try {
    // A short run first, so no measured run pays for the server warming up.
    await runLoad(server, { name: 'warm-up', ...scenario, seconds: 3 });
    const rounds: SocketBenchResult['rounds'] = [];
    for (let round = 0; round < FLOOD_ROUNDS; round++) {
      const quiet = await runLoad(server, { name: 'quiet', ...scenario });
      const [target] = await createBoards(server, 1);
      let flood: Promise<FloodResult> | undefined;
      const flooded = await runLoad(server, { name: 'flooded', ...scenario }, () => {
        flood = runFlood(target!, attempts, 200, '127.0.0.2');
      });
      rounds.push({ quiet, flooded, flood: await flood! });
    }
    return { rounds };
  } finally {
    await server.stop();
  }
}

export async function runSocketBench(options: { idleSockets: number; rooms: number; floodAttempts: number; seconds: number }): Promise<SocketBenchResult> {
  const memory = await measureIdleSockets(options.idleSockets, options.rooms);
  const flood = await measureFlood(options.floodAttempts, options.seconds);
  return { idleSockets: options.idleSockets, rooms: options.rooms, ...memory, ...flood };
}
