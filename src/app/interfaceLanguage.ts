import type { BeatboardDb } from '../collab/db';
import { SETTING_LANGUAGE, readSetting } from '../collab/settings';
import { pickLanguage, SUPPORTED_LANGUAGES, type UiLanguage } from '../ui/i18n';

/** The browser's first language the app speaks (English when it speaks none of them). */
export function browserLanguage(): UiLanguage {
  return pickLanguage(typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]));
}

/**
 * The interface's language: the one the person chose in Settings, else the browser's. The app
 * starts in it, and a first visit's demo is written in it (the two are decided at the same
 * time, so both ask here).
 */
export async function interfaceLanguage(db: BeatboardDb): Promise<UiLanguage> {
  const stored = await readSetting<string | null>(db, SETTING_LANGUAGE, null);
  return SUPPORTED_LANGUAGES.includes(stored as UiLanguage) ? (stored as UiLanguage) : browserLanguage();
}
