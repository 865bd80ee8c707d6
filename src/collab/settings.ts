import type { BeatboardDb } from './db';

/** Local settings of this browser (interface language, first-run flag, the user's name later). */
export async function readSetting<T>(db: BeatboardDb, key: string, fallback: T): Promise<T> {
  try {
    const record = await db.settings.get(key);
    return record === undefined ? fallback : (record.value as T);
  } catch {
    // A damaged settings row must never keep the app from starting.
    return fallback;
  }
}

export async function writeSetting(db: BeatboardDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export const SETTING_LANGUAGE = 'uiLanguage';
export const SETTING_DEMO_SEEDED = 'demoSeeded';
