import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { BoardAccess } from '../auth/access';
import type { TokenPayload } from '../auth/tokens';
import { canWriteDoc, roomOf, type BoardDoc } from './boardDocs';
import type { RoomLog, RoomPeer } from './room';
import type { Rooms } from './rooms';

/** Close code when the token a socket was opened with is revoked. */
export const CLOSE_REVOKED = 4401;
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
  deps: { access: BoardAccess; rooms: Rooms; maxFrameBytes: number; log: RoomLog },
): SyncTransport {
  const { access, rooms, log } = deps;
  // maxPayload bounds frames clients send; what the server sends (a large board's sync step 2,
  // the relay of an update posted over HTTP) has no cap, as the doc's own limit bounds it.
  const wss = new WebSocketServer({ noServer: true, maxPayload: deps.maxFrameBytes });
  const connections = new Set<Connection>();

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = ROOM_PATH.exec(url.pathname);
    if (!match) return refuse(socket, 404, 'Not Found', 'No sync room at this address.');
    const boardId = match[1]!;
    const doc: BoardDoc = match[2] ? 'notes' : 'board';
    const check = access.check(url.searchParams.get('token'), boardId);
    if (!check.ok) return refuse(socket, 401, 'Unauthorized', `The link's token is not valid (${check.reason}).`);
    wss.handleUpgrade(request, socket, head, (ws) => {
      connect(ws, roomOf(boardId, doc), check.token, canWriteDoc(doc, check.token.r));
    });
  });

  function connect(socket: WebSocket, roomName: string, token: TokenPayload, canWrite: boolean): void {
    const connection: Connection = { socket, token, alive: true };
    connections.add(connection);
    const peer: RoomPeer = {
      canWrite,
      send(frame) {
        if (socket.readyState === WebSocket.OPEN) socket.send(frame);
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
