import type { SuggestionContext, SuggestionRequest } from '../model';
import { createSseParser } from './sse';

/** What the stream tells the asker; the room learns the same through the board doc. */
export type SuggestionStreamEvent =
  | { type: 'started'; ids: Record<string, string>; provider: string; model: string; context: SuggestionContext }
  | { type: 'alternative'; suggestionId: string; shotId: string }
  | { type: 'error'; message: string; retryAfterSeconds?: number }
  | { type: 'done' };

export interface SuggestionCall {
  boardId: string;
  /** The board link's token; the server checks it may ask (owner, writer, director). */
  token: string;
  request: SuggestionRequest;
  requestedBy: string;
  signal?: AbortSignal;
  onEvent(event: SuggestionStreamEvent): void;
}

/**
 * Asks the server for suggestions and follows its event stream. The cards themselves are
 * read from the board doc, where the server writes them; this stream only tells the asker
 * what was sent and when it ends. Failures end in one `error` event with a message to show.
 */
export async function requestSuggestions(call: SuggestionCall): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/boards/${encodeURIComponent(call.boardId)}/suggestions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${call.token}` },
      body: JSON.stringify({ ...call.request, requestedBy: call.requestedBy }),
      signal: call.signal,
    });
  } catch (error) {
    if (call.signal?.aborted) return;
    call.onEvent({ type: 'error', message: `The server cannot be reached (${String(error)}).` });
    return;
  }
  if (!response.ok || !response.body) {
    const body = (await response.json().catch(() => null)) as { message?: string } | null;
    const retry = Number(response.headers.get('retry-after'));
    call.onEvent({
      type: 'error',
      message: body?.message ?? `The server answered ${response.status}.`,
      ...(Number.isFinite(retry) && retry > 0 ? { retryAfterSeconds: retry } : {}),
    });
    return;
  }

  let finished = false;
  const feed = createSseParser(({ event, data }) => {
    const payload = JSON.parse(data) as Record<string, unknown>;
    if (event === 'suggestion') {
      call.onEvent({
        type: 'started',
        ids: payload.ids as Record<string, string>,
        provider: String(payload.provider),
        model: String(payload.model),
        context: payload.context as SuggestionContext,
      });
    } else if (event === 'alternative') {
      call.onEvent({ type: 'alternative', suggestionId: String(payload.id), shotId: String(payload.shotId) });
    } else if (event === 'error') {
      finished = true;
      call.onEvent({ type: 'error', message: String(payload.message), retryAfterSeconds: payload.retryAfterSeconds as number | undefined });
    } else if (event === 'done') {
      finished = true;
      call.onEvent({ type: 'done' });
    }
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      feed(value);
    }
  } catch (error) {
    if (call.signal?.aborted) return;
    call.onEvent({ type: 'error', message: `The connection to the server broke off (${String(error)}).` });
    return;
  }
  if (!finished) call.onEvent({ type: 'error', message: 'The server ended the stream early.' });
}
