import type { ProviderEvent, SuggestionContext, SuggestionRequest } from '../../src/model';

/**
 * One source of suggestions. A provider turns a request and its context into a stream of
 * events; the caller's abort signal stops it (a closed browser tab stops the upstream call).
 * Providers never throw for expected failures: they end with an `error` event whose message
 * can be shown to the user as is.
 */
export interface SuggestionProvider {
  readonly name: 'offline' | 'openai';
  readonly model: string;
  suggest(request: SuggestionRequest, context: SuggestionContext, signal: AbortSignal): AsyncIterable<ProviderEvent>;
}
