import type { AiConfig } from '../config';
import { createOfflineProvider } from './offline/offlineProvider';
import type { SuggestionProvider } from './provider';

/** The provider the settings name (DESIGN.md "LLM settings"); the key stays on the server. */
export async function createProvider(ai: AiConfig): Promise<SuggestionProvider> {
  if (ai.provider === 'openai') {
    // The openai SDK is loaded only when it is configured: the offline default never needs it.
    const { createOpenAiProvider } = await import('./openai/openaiProvider');
    return createOpenAiProvider({ baseUrl: ai.baseUrl, apiKey: ai.apiKey, model: ai.model, timeoutMs: ai.timeoutMs });
  }
  return createOfflineProvider();
}
