import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getDatabase } from '../collab/db';
import { SETTING_LANGUAGE, readSetting } from '../collab/settings';
import { initI18n, pickLanguage, preloadLanguage, SUPPORTED_LANGUAGES, type UiLanguage } from '../ui/i18n';
import '../ui/styles.css';
import { App } from './App';

async function start() {
  performance.mark('beatboard:script-start');
  const db = getDatabase();
  const browserLanguage = pickLanguage(navigator.languages ?? [navigator.language]);
  // Usually the stored choice is the browser's language (always on a first visit).
  preloadLanguage(browserLanguage);
  const stored = await readSetting<string | null>(db, SETTING_LANGUAGE, null);
  const language: UiLanguage = SUPPORTED_LANGUAGES.includes(stored as UiLanguage) ? (stored as UiLanguage) : browserLanguage;
  await initI18n(language);
  performance.mark('beatboard:settings-ready');
  document.documentElement.lang = language;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App db={db} initialLanguage={language} />
    </StrictMode>,
  );
}

void start();
