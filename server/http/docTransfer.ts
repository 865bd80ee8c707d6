import { Hono, type Context } from 'hono';
import type { ServerContext } from '../context';
import { canWriteDoc, isBoardDoc, roomOf } from '../sync/boardDocs';
import { ProtocolError } from '../sync/protocol';
import type { Room } from '../sync/room';
import { DocTooLargeError } from '../sync/roomContract';
import { checkBoardToken } from './bearer';
import { apiError } from './errors';
import { readBodyWithin } from './readBody';

/**
 * Whole docs over HTTP (docs/server-api.md "Large boards"): a board too large for one
 * websocket frame is downloaded and published here, in one streamed request, then kept live
 * over the socket. Room logic stays in the room; these routes check access and move bytes.
 */
export function docTransferRoutes(context: ServerContext): Hono {
  const { rooms } = context;
  const routes = new Hono();

  /** Runs `use` with the doc's room loaded; the room unloads after the usual grace. */
  async function withRoom(c: Context, access: 'read' | 'write', use: (room: Room) => Promise<Response>): Promise<Response> {
    const target = await resolveDoc(c, context, access);
    if (target instanceof Response) return target;
    const { room, release } = await rooms.lease(target);
    try {
      return await use(room);
    } finally {
      release();
    }
  }

  routes.get('/:id/docs/:doc', (c) =>
    withRoom(c, 'read', async (room) => {
      const encoding = c.req.query('encoding') ?? 'v1';
      if (encoding !== 'v1' && encoding !== 'v2') return apiError(c, 400, 'invalid', 'encoding is v1 (the default) or v2.');
      return octets(c, await room.encodeState(encoding));
    }),
  );

  routes.get('/:id/docs/:doc/state-vector', (c) =>
    withRoom(c, 'read', async (room) => octets(c, await room.encodeStateVector())),
  );

  routes.post('/:id/docs/:doc/updates', (c) =>
    withRoom(c, 'write', async (room) => {
      try {
        const bytes = await room.upload((bytesLeft) => readBodyWithin(c.req.raw, bytesLeft));
        return c.json({ stored: true, bytes });
      } catch (error) {
        if (error instanceof DocTooLargeError) return tooLarge(c, room);
        if (error instanceof ProtocolError) {
          return apiError(c, 400, 'bad_update', 'The body is not a Yjs update (V1 encoding); nothing was stored.');
        }
        throw error;
      }
    }),
  );

  return routes;
}

/** The room name of `:id/docs/:doc`, or the error answer: 404, 401 or 403, in that order. */
async function resolveDoc(c: Context, context: ServerContext, access: 'read' | 'write'): Promise<string | Response> {
  const boardId = c.req.param('id')!;
  const doc = c.req.param('doc')!;
  if (!isBoardDoc(doc)) return apiError(c, 404, 'not_found', `A board has no doc "${doc}"; its docs are board and notes.`);
  if (!(await context.registry.hasBoard(boardId))) return apiError(c, 404, 'not_found', 'There is no such board on this server.');
  const check = await checkBoardToken(c, context.access, boardId);
  if (!check.ok) return apiError(c, 401, 'unauthorized', check.message ?? 'Not allowed.');
  if (access === 'write' && !canWriteDoc(doc, check.token.r)) {
    return apiError(c, 403, 'forbidden', `This link may not change the ${doc} doc.`);
  }
  return roomOf(boardId, doc);
}

function octets(c: Context, bytes: Uint8Array): Response {
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/octet-stream',
    // Set explicitly: clients show download progress against it.
    'Content-Length': String(bytes.byteLength),
    // A doc changes with every edit and is private to the link's holders.
    'Cache-Control': 'no-store',
  });
}

function tooLarge(c: Context, room: Room): Response {
  return apiError(
    c,
    413,
    'too_large',
    `The board is at its size limit: it can take ${room.bytesLeft} more bytes; nothing of this update was stored.`,
  );
}
