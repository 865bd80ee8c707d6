import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { BoardAccess } from '../auth/access';
import { clientAddress } from '../http/clientAddress';
import { RateLimiter } from '../http/rateLimit';
import type { TokenPayload } from '../auth/tokens';
import { canWriteDoc, roomOf, type BoardDoc } from './boardDocs';
import type { RoomLog, RoomPeer } from './roomContract';
import { OutgoingQueueCheck } from './outgoingQueue';
import { writesJoinedPerTick } from './joinedWrites';
import type { Rooms } from './rooms';

/** Close code when the token a socket was opened with is revoked. */
export const CLOSE_REVOKED = 4401;
/** Close code for a socket over the cap of its client address or its share link. */
export const CLOSE_TOO_MANY_SOCKETS = 4429;
export const TOO_MANY_FROM_ADDRESS = 'too many connections from this address';
export const TOO_MANY_WITH_LINK = 'too many connections with this link';
/**
 * Sockets over an address's cap that get the 4429 handshake and close, per address and window.
 * An app refused that way waits a minute before it tries again, so this is plenty for a room
 * of tabs behind one NAT. Attempts beyond it come from a script, and are cut off before any
 * handshake or answer: a flood then costs the server little more than accepting the
 * connection (an HTTP 429 answer measured about as costly as the handshake and close).
 */
export const CLOSE_CODED_REFUSALS = 20;
const CLOSE_CODED_REFUSALS_WINDOW_MS = 10_000;
/**
 * After an attempt is cut off, the address's new connections of any kind are closed as they
 * are accepted, for this long: a flood then does not even cost the server parsing its
 * requests. Short, so that people behind the same address are back within seconds.
 */
export const CUT_OFF_MS = 2_000;
const NO_PROXIES: ReadonlySet<string> = new Set();
// Sockets that stop answering pings are dropped, so their presence does not linger.
const PING_INTERVAL_MS = 30_000;

/** `/sync/<boardId>` is the board doc, `/sync/<boardId>/notes` the notes doc. */
const ROOM_PATH = /^\/sync\/([A-Za-z0-9_-]{1,64})(\/notes)?$/;

interface Connection {
  socket: WebSocket;
  token: TokenPayload;
  alive: boolean;
}

export interface SyncTransport {
  /** Closes every socket (server shutdown). */
  closeAll(): void;
}

/**
 * Websocket transport for the rooms: checks the token at the upgrade (401 before any
 * websocket exists), then turns each socket into a room peer with its role's write rights.
 */
export function attachSync(
  server: Server,
  deps: {
    access: BoardAccess;
    rooms: Rooms;
    maxFrameBytes: number;
    maxSocketsPerAddress: number;
    maxSocketsPerToken: number;
    /** Bytes queued for one socket beyond its largest frame before it is dropped (OutgoingQueueCheck). */
    maxOutgoingBytes: number;
    /** Proxies whose X-Forwarded-For names the client (BEATBOARD_TRUSTED_PROXIES). */
    trustedProxies: ReadonlySet<string>;
    log: RoomLog;
  },
): SyncTransport {
  const { access, rooms, log } = deps;
  const perAddress = new SocketCounts();
  const perToken = new SocketCounts();
  const lastWarned = new Map<string, number>();
  const closeCodedRefusals = new RateLimiter(CLOSE_CODED_REFUSALS, CLOSE_CODED_REFUSALS_WINDOW_MS);
  const cutOff = new CutOffAddresses();
  const peerOf = (socket: Socket) => clientAddress(socket.remoteAddress, undefined, NO_PROXIES);
  server.on('connection', (socket: Socket) => {
    if (cutOff.has(peerOf(socket))) socket.destroy();
  });
  // maxPayload bounds frames clients send; a frame the server sends (a large board's sync step
  // 2, the relay of an update posted over HTTP) has no cap, as the doc's own limit bounds it,
  // but what piles up behind it for a reader that does not keep up does (OutgoingQueueCheck).
  const wss = new WebSocketServer({ noServer: true, maxPayload: deps.maxFrameBytes });
  const connections = new Set<Connection>();

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    void upgrade(request, socket, head).catch((error: unknown) => {
      log.warn(`refusing a socket: the access check failed (${String(error)})`);
      refuse(socket, 503, 'Service Unavailable', 'The server cannot check links right now; try again shortly.');
    });
  });

  async function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = ROOM_PATH.exec(url.pathname);
    if (!match) return refuse(socket, 404, 'Not Found', 'No sync room at this address.');
    const boardId = match[1]!;
    const doc: BoardDoc = match[2] ? 'notes' : 'board';
    // An upgrade is headers only: a body would sit unread on the socket.
    if (Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding']) {
      return refuse(socket, 400, 'Bad Request', 'A websocket upgrade has no body.');
    }
    // Counted from the upgrade until the socket is gone, handshakes and access checks
    // included, so a burst of attempts cannot slip past the cap before any of them is open.
    const address = clientAddress((socket as Socket).remoteAddress, request.headers['x-forwarded-for'], deps.trustedProxies);
    const overAddressCap = perAddress.get(address) >= deps.maxSocketsPerAddress;
    perAddress.add(address);
    socket.once('close', () => perAddress.remove(address));
    if (overAddressCap && closeCodedRefusals.take(address) > 0) {
      // A proxy is never cut off: it speaks for many clients (see clientAddress).
      const peer = peerOf(socket as Socket);
      if (!deps.trustedProxies.has(peer)) cutOff.add(peer);
      socket.destroy();
      return;
    }
    // An address over its cap is refused before its link is checked: in a flood, the checks
    // (a signature and two store reads per attempt) would be most of what each attempt costs.
    const check = overAddressCap ? null : await access.check(url.searchParams.get('token'), boardId);
    if (socket.destroyed) return;
    if (check && !check.ok) return refuse(socket, 401, 'Unauthorized', `The link's token is not valid (${check.reason}).`);
    let overCap: string | null = overAddressCap ? TOO_MANY_FROM_ADDRESS : null;
    if (check) {
      const tokenId = check.token.id;
      if (perToken.get(tokenId) >= deps.maxSocketsPerToken) overCap = TOO_MANY_WITH_LINK;
      perToken.add(tokenId);
      socket.once('close', () => perToken.remove(tokenId));
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      // Accepted and closed rather than refused with HTTP 429, which a browser cannot read:
      // the close code tells the client to stop and say why (docs/server-api.md "Limits").
      if (overCap) {
        // Once a minute per address: a flood should not flood the log as well.
        const now = Date.now();
        if (now - (lastWarned.get(address) ?? 0) >= 60_000) {
          if (lastWarned.size > 10_000) lastWarned.clear();
          lastWarned.set(address, now);
          log.warn(`refusing sockets: ${overCap} (${address}, room ${roomOf(boardId, doc)})`);
        }
        ws.close(CLOSE_TOO_MANY_SOCKETS, overCap);
        // A client that never answers the close frame is not waited for (ws would wait 30 s).
        setTimeout(() => ws.terminate(), 1000).unref();
        return;
      }
      if (!check?.ok) return; // not reached: only a capped address comes without a check
      connect(ws, socket, roomOf(boardId, doc), check.token, canWriteDoc(doc, check.token.r));
    });
  }

  function connect(socket: WebSocket, stream: Duplex, roomName: string, token: TokenPayload, canWrite: boolean): void {
    const connection: Connection = { socket, token, alive: true };
    connections.add(connection);
    const outgoing = new OutgoingQueueCheck(deps.maxOutgoingBytes);
    const joinWritesOfThisTick = writesJoinedPerTick(stream);
    const peer: RoomPeer = {
      canWrite,
      send(frame) {
        if (socket.readyState !== WebSocket.OPEN) return;
        if (!outgoing.accepts(socket.bufferedAmount, frame.byteLength)) {
          // A close frame would wait behind everything queued: the connection is dropped at
          // once, and its memory with it. The client reconnects and syncs what it missed.
          log.warn(`room ${roomName}: dropping a socket that does not keep up (${socket.bufferedAmount} bytes unsent)`);
          socket.terminate();
          return;
        }
        joinWritesOfThisTick();
        socket.send(frame);
      },
      close(code, reason) {
        socket.close(code, reason);
      },
    };
    const joined = rooms.join(roomName, peer);
    socket.on('message', (data: RawData) => {
      const frame = toBytes(data);
      void joined.then((room) => room.receive(peer, frame));
    });
    socket.on('pong', () => {
      connection.alive = true;
    });
    socket.on('error', (error) => log.warn(`room ${roomName}: socket error: ${error.message}`));
    socket.on('close', () => {
      connections.delete(connection);
      void joined.then((room) => rooms.leave(room, peer));
    });
  }

  const pinger = setInterval(() => {
    for (const connection of connections) {
      if (!connection.alive) connection.socket.terminate();
      else {
        connection.alive = false;
        connection.socket.ping();
      }
    }
  }, PING_INTERVAL_MS);
  pinger.unref();

  const stopListening = access.onRevoke((boardId, role, revokedAt) => {
    for (const { socket, token } of connections) {
      if (token.b === boardId && token.r === role && token.iat <= revokedAt) {
        socket.close(CLOSE_REVOKED, 'This link was revoked by the board owner.');
      }
    }
  });

  return {
    closeAll() {
      stopListening();
      clearInterval(pinger);
      for (const { socket } of connections) socket.close(1001, 'The server is shutting down.');
      wss.close();
    },
  };
}

/** Open sockets per key (client address or token id); keys at zero are dropped. */
class SocketCounts {
  private readonly counts = new Map<string, number>();

  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  add(key: string): void {
    this.counts.set(key, this.get(key) + 1);
  }

  remove(key: string): void {
    const left = this.get(key) - 1;
    if (left > 0) this.counts.set(key, left);
    else this.counts.delete(key);
  }
}

function refuse(socket: Duplex, status: number, statusText: string, message: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${statusText}\r\nContent-Type: text/plain; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(message)}\r\nConnection: close\r\n\r\n${message}`,
  );
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** Addresses whose connections are closed as they are accepted, each until its time is up. */
class CutOffAddresses {
  private readonly until = new Map<string, number>();

  add(address: string, now = Date.now()): void {
    if (this.until.size > 10_000) {
      for (const [known, end] of this.until) if (end <= now) this.until.delete(known);
    }
    this.until.set(address, now + CUT_OFF_MS);
  }

  has(address: string, now = Date.now()): boolean {
    const end = this.until.get(address);
    if (end === undefined) return false;
    if (end > now) return true;
    this.until.delete(address);
    return false;
  }
}
