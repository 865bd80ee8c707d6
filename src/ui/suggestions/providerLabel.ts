import type { TFunction } from 'i18next';

/** "the offline engine (templates, no AI model)" or the model's name: honest about the source. */
export function providerLabel(t: TFunction, provider: string, model: string): string {
  return provider === 'offline' ? t('ai.provider.offline') : t('ai.provider.openai', { model });
}
