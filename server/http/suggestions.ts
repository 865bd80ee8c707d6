import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { ValidationError, type SuggestionRequest } from '../../src/model';
import { buildSuggestionContext } from '../../src/model/suggestions/context';
import type { SuggestionProvider } from '../ai/provider';
import { openSuggestionCards } from '../ai/suggestionCards';
import type { ServerContext } from '../context';
import { checkBoardToken } from './bearer';
import { apiError } from './errors';

const level = z.number().min(0).max(1).optional();
const SuggestBody = z.object({
  shotIds: z.array(z.string().min(1)).min(1, 'select at least one shot'),
  kind: z.enum(['beats', 'dialogue', 'both']),
  alternatives: z.number().int().min(1),
  tone: z.object({ intensity: level, melodrama: level, humour: level }).optional(),
  seed: z.number().int().optional(),
  /** The asker's display name, shown on the cards. */
  requestedBy: z.string().max(80).optional(),
});

/**
 * `POST /api/boards/:id/suggestions`: streams a provider's alternatives as server-sent events
 * and writes them into the board doc as they come, so the whole room sees the cards arrive.
 */
export function suggestionRoutes(context: ServerContext, provider: SuggestionProvider): Hono {
  const { access, rooms, config } = context;
  const limiter = context.limits.limiter('suggestions', config.ai.requestsPerMinute);
  // Shared by every server process in scale-out mode. A slot left by a process that died
  // frees itself once no request for the board came for a while longer than any can run.
  const running = context.limits.concurrency('suggestions', config.ai.concurrentPerBoard, 2 * config.ai.timeoutMs + 60_000);
  const routes = new Hono();

  routes.post('/:id/suggestions', async (c) => {
    const boardId = c.req.param('id');
    const check = await checkBoardToken(c, access, boardId);
    if (!check.ok) return apiError(c, 401, 'unauthorized', check.message ?? 'Not allowed.');
    if (check.token.r === 'viewer') return apiError(c, 403, 'forbidden', 'Viewers cannot ask for suggestions.');
    const wait = await limiter.take(check.token.id);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      return apiError(c, 429, 'rate_limited', `Too many suggestion requests; try again in ${wait} s.`);
    }
    const body = SuggestBody.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) {
      const issue = body.error.issues[0];
      return apiError(c, 400, 'invalid', `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
    }
    const { requestedBy, ...request } = body.data satisfies SuggestionRequest & { requestedBy?: string };
    if (request.shotIds.length > config.ai.maxShots) {
      return apiError(c, 400, 'too_many_shots', `Ask about at most ${config.ai.maxShots} shots at a time.`);
    }
    if (request.alternatives > config.ai.maxAlternatives) {
      return apiError(c, 400, 'too_many_alternatives', `Ask for at most ${config.ai.maxAlternatives} alternatives.`);
    }
    const slot = await running.acquire(boardId);
    if (!slot) {
      c.header('Retry-After', '5');
      return apiError(c, 429, 'busy', 'This board already has suggestions on the way; wait for them to finish.');
    }

    const lease = await rooms.lease(boardId).catch((error: unknown) => {
      slot();
      throw error;
    });
    const done = () => {
      lease.release();
      slot();
    };
    let suggestionContext;
    try {
      suggestionContext = buildSuggestionContext(lease.room.doc, request);
    } catch (error) {
      done();
      if (error instanceof ValidationError) return apiError(c, 400, 'invalid', error.message);
      throw error;
    }
    const cards = await openSuggestionCards(lease.room, suggestionContext, {
      kind: request.kind, provider: provider.name, model: provider.model, requestedBy: requestedBy?.trim() || check.token.r,
    });

    return streamSSE(c, async (stream) => {
      const abort = new AbortController();
      stream.onAbort(() => abort.abort());
      try {
        await stream.writeSSE({
          event: 'suggestion',
          data: JSON.stringify({ ids: Object.fromEntries(cards.ids), provider: provider.name, model: provider.model, context: suggestionContext }),
        });
        for await (const event of provider.suggest(request, suggestionContext, abort.signal)) {
          if (event.type === 'alternative') {
            const id = await cards.add(event.alternative);
            if (!id) continue;
            await stream.writeSSE({ event: 'alternative', data: JSON.stringify({ id, ...event.alternative }) });
          } else if (event.type === 'error') {
            await cards.finish(event.message);
            await stream.writeSSE({ event: 'error', data: JSON.stringify(event) });
          } else {
            await cards.finish();
            await stream.writeSSE({ event: 'done', data: '{}' });
          }
        }
        // The asker went away mid-stream; the room should not see cards streaming forever.
        await cards.finish(abort.signal.aborted ? 'The request was cancelled.' : undefined);
      } catch (error) {
        await cards.finish(`The suggestion failed on the server (${error instanceof Error ? error.message : String(error)}).`);
      } finally {
        done();
      }
    });
  });

  return routes;
}
