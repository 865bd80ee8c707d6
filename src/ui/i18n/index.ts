import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

// One i18n layer for every string the user sees. Each area keeps its own locale files so
// the areas can grow without stepping on each other; keys read as '<area>.<key>'. Each
// language is a chunk of its own, loaded before it is shown: a visitor downloads one.
export const SUPPORTED_LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof SUPPORTED_LANGUAGES)[number];

const LOADERS: Record<UiLanguage, () => Promise<{ translation: object }>> = {
  en: () => import('./locales/en'),
  'zh-CN': () => import('./locales/zhCN'),
};

export function pickLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    if (tag.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (tag.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

/**
 * Starts fetching a language's strings without waiting for them: the app asks for the likely
 * language while it reads the stored one, so the two waits overlap.
 */
export function preloadLanguage(language: UiLanguage): void {
  void LOADERS[language]().catch(() => undefined); // the real load reports any failure
}

/** Makes sure a language's strings are in i18next (each is fetched once). */
async function loadLanguage(language: UiLanguage): Promise<void> {
  if (i18next.hasResourceBundle(language, 'translation')) return;
  const { translation } = await LOADERS[language]();
  i18next.addResourceBundle(language, 'translation', translation);
}

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  const { translation } = await LOADERS[language]();
  await i18next.use(initReactI18next).init({
    lng: language,
    // Both languages have every key (each area's test checks it), so nothing falls back.
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes
    resources: { [language]: { translation } },
  });
  return i18next;
}

/** Switches the interface language once its strings are loaded. */
export async function changeUiLanguage(language: UiLanguage): Promise<void> {
  await loadLanguage(language);
  await i18next.changeLanguage(language);
}

export { i18next };
