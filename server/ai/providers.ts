import type { AiConfig } from '../config';
import { createOfflineProvider } from './offline/offlineProvider';
import { createOpenAiProvider } from './openai/openaiProvider';
import type { SuggestionProvider } from './provider';

/** The provider the settings name (DESIGN.md "LLM settings"); the key stays on the server. */
export function createProvider(ai: AiConfig): SuggestionProvider {
  if (ai.provider === 'openai') {
    return createOpenAiProvider({ baseUrl: ai.baseUrl, apiKey: ai.apiKey, model: ai.model, timeoutMs: ai.timeoutMs });
  }
  return createOfflineProvider();
}
