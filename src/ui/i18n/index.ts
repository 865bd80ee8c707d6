import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import * as ai from './locales/ai';
import * as app from './locales/app';
import * as canvas from './locales/canvas';
import * as history from './locales/history';
import * as importer from './locales/importer';
import * as live from './locales/live';
import * as review from './locales/review';
import * as rhythm from './locales/rhythm';
import * as sketch from './locales/sketch';
import * as ui from './locales/ui';
import * as versionView from './locales/versionView';

// One i18n layer for every string the user sees. Each area keeps its own locale file so
// the areas can grow without stepping on each other; keys read as '<area>.<key>'.
export const SUPPORTED_LANGUAGES = ['en', 'zh-CN'] as const;
export type UiLanguage = (typeof SUPPORTED_LANGUAGES)[number];

export function pickLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    if (tag.toLowerCase().startsWith('zh')) return 'zh-CN';
    if (tag.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    resources: {
      en: { translation: { ai: ai.en, app: app.en, canvas: canvas.en, history: history.en, importer: importer.en, live: live.en, review: review.en, notes: review.notesEn, rhythm: rhythm.en, sketch: sketch.en, ui: ui.en, versionView: versionView.en } },
      'zh-CN': { translation: { ai: ai.zhCN, app: app.zhCN, canvas: canvas.zhCN, history: history.zhCN, importer: importer.zhCN, live: live.zhCN, review: review.zhCN, notes: review.notesZhCN, rhythm: rhythm.zhCN, sketch: sketch.zhCN, ui: ui.zhCN, versionView: versionView.zhCN } },
    },
  });
  return i18next;
}

export { i18next };
