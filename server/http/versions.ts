import { Hono, type Context } from 'hono';
import * as Y from 'yjs';
import { z } from 'zod';
import { canWriteBoard, MAX_PERSON_NAME_LENGTH, type BoardRole } from '../../src/model';
import { MAX_VERSION_NAME_LENGTH } from '../../src/model/versions/types';
import type { ServerContext } from '../context';
import { acceptsUpdateList, encodeUpdateList, UPDATE_LIST_TYPE } from '../../src/model/versions/updateList';
import { isBoardDoc } from '../sync/boardDocs';
import { checkBoardToken } from './bearer';
import { apiError } from './errors';

/** The automatic versions a client asks for, right before it applies such a change. */
const CLIENT_REASONS = ['before-script-update', 'before-backup-restore', 'before-restore'] as const;

const CreateVersionBody = z
  .object({
    name: z.string().trim().min(1, 'must not be blank').max(MAX_VERSION_NAME_LENGTH).optional(),
    reason: z.enum(CLIENT_REASONS, `must be one of ${CLIENT_REASONS.join(', ')}`).optional(),
    author: z
      .object({
        // Clipped like every person's name the app stores, not refused.
        name: z.string().trim().min(1, 'must not be blank').transform((name) => name.slice(0, MAX_PERSON_NAME_LENGTH)),
        color: z.string().max(32).optional(),
      })
      .optional(),
  })
  .refine((body) => (body.name === undefined) !== (body.reason === undefined), {
    message: 'give exactly one of "name" (a named version) and "reason" (an automatic one)',
  });

/**
 * Versions one board may be asked for per minute. Each may store both docs whole and cost a
 * read of the board (up to a few hundred ms for a large one): a stuck or hostile client must
 * not be able to make the server do that in a loop.
 */
export const VERSIONS_PER_MINUTE = 20;

type Allowed = (role: BoardRole) => boolean;
const anyRole: Allowed = () => true;
const ownerOnly: Allowed = (role) => role === 'owner';

/** Versions of a board (docs/server-api.md "Versions"). */
export function versionRoutes(context: ServerContext): Hono {
  const { versions, versionStorage, config } = context;
  const limiter = context.limits.limiter('versions', VERSIONS_PER_MINUTE);
  const routes = new Hono();

  // As for images: snapshots are long-lived, cacheable URLs, so no token may ride in them.
  routes.use('/:id/versions/*', refuseTokenInUrl);
  routes.use('/:id/versions', refuseTokenInUrl);

  routes.get('/:id/versions', async (c) => {
    const denied = await checkAccess(c, context, anyRole, '');
    if (denied) return denied;
    return c.json({ versions: await versionStorage.list(c.req.param('id')) });
  });

  routes.post('/:id/versions', async (c) => {
    const denied = await checkAccess(c, context, canWriteBoard, 'Only the owner and writers make versions.');
    if (denied) return denied;
    const body = CreateVersionBody.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) {
      const issue = body.error.issues[0];
      const where = issue?.path.join('.') || 'body';
      return apiError(c, 400, 'invalid', `The request needs {"name": "…"} or {"reason": "…"}: ${where} ${issue?.message ?? ''}`.trim());
    }
    const boardId = c.req.param('id');
    const wait = await limiter.take(boardId);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return apiError(c, 429, 'rate_limited', `Too many versions of this board at once; try again in ${wait} s.`);
    }
    const { name, reason, author } = body.data;
    // Named versions are kept until the owner deletes them, so they are what could fill the disk.
    if (name !== undefined && (await countNamed(context, boardId)) >= config.maxNamedVersions) {
      return apiError(
        c, 409, 'too_many_versions',
        `This board has ${config.maxNamedVersions} named versions, the most it may keep; the owner can delete some.`,
      );
    }
    const request = name !== undefined ? { name, author } : { reason: reason!, author };
    const version = await versions.create(boardId, request);
    return c.json({ version }, 201);
  });

  routes.get('/:id/versions/:versionId/docs/:doc', async (c) => {
    const doc = c.req.param('doc');
    if (!isBoardDoc(doc)) return apiError(c, 404, 'not_found', `A version has no doc "${doc}"; its docs are board and notes.`);
    const denied = await checkAccess(c, context, anyRole, '');
    if (denied) return denied;
    const updates = await versionStorage.snapshot(c.req.param('id'), c.req.param('versionId'), doc);
    if (!updates) return noSuchVersion(c);
    // A client that reads a list of updates gets them as stored; any other one update, the
    // parts merged here (a version on a base is stored as two).
    const asList = acceptsUpdateList(c.req.header('accept'));
    const bytes = asList ? encodeUpdateList(updates) : oneUpdate(updates);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': asList ? UPDATE_LIST_TYPE : 'application/octet-stream',
      'Content-Length': String(bytes.byteLength),
      // A version never changes once made, so a copy can never be stale.
      'Cache-Control': 'private, max-age=31536000, immutable',
      Vary: 'Accept',
    });
  });

  routes.delete('/:id/versions/:versionId', async (c) => {
    const denied = await checkAccess(c, context, ownerOnly, 'Only the board owner deletes versions.');
    if (denied) return denied;
    const outcome = await versions.deleteNamed(c.req.param('id'), c.req.param('versionId'));
    if (outcome === 'not_found') return noSuchVersion(c);
    if (outcome === 'not_named') {
      return apiError(c, 409, 'not_named', 'Only named versions can be deleted; automatic ones are thinned out on their own.');
    }
    return c.body(null, 204);
  });

  return routes;
}

async function refuseTokenInUrl(c: Context, next: () => Promise<void>) {
  if (c.req.query('token') !== undefined) {
    return apiError(c, 401, 'token_in_url', 'Versions take the board token in the Authorization: Bearer <token> header, never in the URL (?token=).');
  }
  await next();
}

/** The error answer for `:id` and the token, or null when the role may go on: 404, 401, 403 in that order. */
async function checkAccess(c: Context, context: ServerContext, allowed: Allowed, forbidden: string): Promise<Response | null> {
  const boardId = c.req.param('id')!;
  if (!(await context.registry.hasBoard(boardId))) return apiError(c, 404, 'not_found', 'There is no such board on this server.');
  const check = await checkBoardToken(c, context.access, boardId);
  if (!check.ok) return apiError(c, 401, 'unauthorized', check.message ?? 'Not allowed.');
  if (!allowed(check.token.r)) return apiError(c, 403, 'forbidden', forbidden);
  return null;
}

async function countNamed(context: ServerContext, boardId: string): Promise<number> {
  return (await context.versionStorage.list(boardId)).filter((version) => version.kind === 'named').length;
}

function noSuchVersion(c: Context): Response {
  return apiError(c, 404, 'not_found', 'This board has no such version.');
}

/** The updates of a version's doc as one: the only one, or all of them applied to a doc and encoded whole. */
function oneUpdate(updates: readonly Uint8Array[]): Uint8Array {
  if (updates.length === 1) return updates[0]!;
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
