import type { SuggestionProvider } from '../provider';
import { suggestOffline } from './offlineEngine';

/** The default provider: the embedded engine, instant and free, labelled as such in the UI. */
export function createOfflineProvider(): SuggestionProvider {
  return {
    name: 'offline',
    model: 'beatboard-offline-1',
    async *suggest(request, context, signal) {
      for (const alternative of suggestOffline(context, request)) {
        if (signal.aborted) return;
        yield { type: 'alternative', alternative };
      }
      yield { type: 'done' };
    },
  };
}
