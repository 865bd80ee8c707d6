import { timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono, type Context } from 'hono';
import * as Y from 'yjs';
import { z } from 'zod';
import {
  BOARD_ROLES, MAX_BOARD_TITLE_LENGTH, MAX_LANGUAGE_TAG_LENGTH, initBoard, isBoardRole, newId, type BoardRole,
} from '../../src/model';
import type { RoleTokens } from '../../src/model';
import type { ServerContext } from '../context';
import { checkBoardToken } from './bearer';
import { apiError } from './errors';
import { clientAddress } from './clientAddress';

const CreateBoardBody = z.object({
  title: z.string().max(MAX_BOARD_TITLE_LENGTH),
  language: z.string().max(MAX_LANGUAGE_TAG_LENGTH).optional(),
  // A board made offline in a browser brings its own id; its doc syncs in afterwards.
  id: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'must be 6-64 characters of A-Z, a-z, 0-9, _ and -').optional(),
});

/** Board creation and share links (docs/server-api.md). */
export function boardRoutes(context: ServerContext): Hono {
  const { access, registry, storage, config } = context;
  const limiter = context.limits.limiter('create-board', config.createLimitPerMinute);
  const routes = new Hono();

  routes.post('/', async (c) => {
    if (config.adminToken && !matchesAdminToken(c, config.adminToken)) {
      return apiError(c, 401, 'unauthorized', 'Creating boards on this server needs the admin token.');
    }
    const wait = await limiter.take(requestAddress(c, config.trustedProxies));
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return apiError(c, 429, 'rate_limited', `Too many new boards from this address; try again in ${wait} s.`);
    }
    const body = CreateBoardBody.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) {
      const issue = body.error.issues[0];
      return apiError(c, 400, 'invalid', `The request needs {"title": "…"}: ${issue?.path.join('.') || 'body'} ${issue?.message ?? ''}`.trim());
    }
    const { title, language, id: requestedId } = body.data;
    const id = requestedId ?? newId();
    if (!(await registry.addBoard(id))) return apiError(c, 409, 'conflict', `A board with the id ${id} already exists.`);
    if (!requestedId) {
      const doc = new Y.Doc();
      try {
        initBoard(doc, { title, language });
      } catch (error) {
        return apiError(c, 400, 'invalid', error instanceof Error ? error.message : String(error));
      }
      await storage.compact(id, Y.encodeStateAsUpdate(doc));
      doc.destroy();
      // Its first version; a board published from a browser gets its own once its doc is in
      // (server/versions/autoVersions.ts). The board is made even if this fails.
      await context.versions.create(id, { reason: 'publish' }).catch((error: unknown) => {
        console.warn(`board ${id}: could not make its publish version: ${String(error)}`);
      });
    }
    const tokens = await access.issueAll(id);
    return c.json({ id, tokens, links: linksFor(c, config.publicUrl, id, tokens) }, 201);
  });

  routes.get('/:id/access', async (c) => {
    const check = await checkBoardToken(c, access, c.req.param('id'));
    if (!check.ok) return apiError(c, 401, 'unauthorized', check.message ?? 'Not allowed.');
    return c.json({ boardId: check.token.b, role: check.token.r });
  });

  routes.get('/:id/links', async (c) => {
    const id = c.req.param('id');
    const denied = await requireOwner(c, context, id);
    if (denied) return denied;
    const tokens = await access.issueAll(id);
    return c.json({ tokens, links: linksFor(c, config.publicUrl, id, tokens) });
  });

  routes.post('/:id/links/:role/revoke', async (c) => {
    const id = c.req.param('id');
    const role = c.req.param('role');
    const denied = await requireOwner(c, context, id);
    if (denied) return denied;
    if (!isBoardRole(role)) return apiError(c, 400, 'invalid', `There is no role "${role}"; roles are ${BOARD_ROLES.join(', ')}.`);
    const revokedAt = await access.revoke(id, role);
    const token = await access.issue(id, role, revokedAt + 1);
    return c.json({ role, token, link: linkFor(c, config.publicUrl, id, token) });
  });

  return routes;
}

async function requireOwner(c: Context, context: ServerContext, boardId: string): Promise<Response | null> {
  const check = await checkBoardToken(c, context.access, boardId);
  if (!check.ok) return apiError(c, 401, 'unauthorized', check.message ?? 'Not allowed.');
  if (check.token.r !== 'owner') return apiError(c, 403, 'forbidden', 'Only the board owner manages its links.');
  return null;
}

function linksFor(c: Context, publicUrl: string | undefined, id: string, tokens: RoleTokens): RoleTokens {
  return Object.fromEntries(
    BOARD_ROLES.map((role: BoardRole) => [role, linkFor(c, publicUrl, id, tokens[role])]),
  ) as RoleTokens;
}

/** The app's hash route for a board, carrying the token. */
function linkFor(c: Context, publicUrl: string | undefined, id: string, token: string): string {
  const origin = publicUrl ?? new URL(c.req.url).origin;
  return `${origin}/#/board/${encodeURIComponent(id)}?token=${encodeURIComponent(token)}`;
}

function matchesAdminToken(c: Context, adminToken: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(adminToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

function requestAddress(c: Context, trustedProxies: ReadonlySet<string>): string {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    peer = undefined;
  }
  return clientAddress(peer, c.req.header('x-forwarded-for'), trustedProxies);
}
