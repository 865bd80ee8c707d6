import OpenAI from 'openai';

/** What went wrong upstream, as a sentence for the creator (the key never appears in it). */
export interface ProviderFailure {
  message: string;
  retryAfterSeconds?: number;
}

export function describeUpstreamError(error: unknown, baseUrl: string, model: string): ProviderFailure {
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return { message: 'The AI server did not answer in time. Try again, or ask for fewer shots.' };
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return { message: `The AI server at ${baseUrl} cannot be reached. Is it running?` };
  }
  if (error instanceof OpenAI.AuthenticationError || error instanceof OpenAI.PermissionDeniedError) {
    return { message: 'The AI server refused the API key. The server admin should check OPENAI_API_KEY.' };
  }
  if (error instanceof OpenAI.NotFoundError) {
    return { message: `The AI server does not know the model "${model}". The server admin should check BEATBOARD_AI_MODEL.` };
  }
  if (error instanceof OpenAI.RateLimitError) {
    const retryAfterSeconds = retryAfter(error.headers);
    return {
      message: `The AI provider is rate limiting requests${retryAfterSeconds ? `; try again in ${retryAfterSeconds} s` : '; try again shortly'}.`,
      retryAfterSeconds,
    };
  }
  if (error instanceof OpenAI.APIError && typeof error.status === 'number') {
    return { message: `The AI server failed (HTTP ${error.status}). Try again in a moment.` };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { message: `The AI server's answer broke off (${detail.slice(0, 200)}). Try again.` };
}

function retryAfter(headers: Headers | undefined): number | undefined {
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(1, Math.ceil(seconds));
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(1, Math.ceil((date - Date.now()) / 1000));
}
