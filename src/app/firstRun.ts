import type { BeatboardDb } from '../collab/db';
import type { LocalBoardLibrary } from '../collab/localLibrary';
import { SETTING_DEMO_SEEDED, readSetting, writeSetting } from '../collab/settings';
import { buildDemoBoard, demoLanguageFor, demoTitle } from '../io/demo/canalHeiress';
import { interfaceLanguage } from './interfaceLanguage';

/**
 * On the very first visit, create the demo series and return its id so the app can open it.
 * Later visits (or a user who deleted the demo) get the home screen as they left it. The demo
 * speaks the interface's language: a Chinese interface gets the Chinese edition.
 */
export function seedDemoOnFirstRun(db: BeatboardDb, library: LocalBoardLibrary): Promise<string | null> {
  // Effects may run twice (React StrictMode), but the demo must be created once per tab.
  seeding ??= seed(db, library);
  return seeding;
}

let seeding: Promise<string | null> | null = null;
let demoOpened = false;

/**
 * Whether to open the first visit's demo now: at most once per tab, for someone who arrived
 * at the home screen. Its seeding may be awaited again later, and someone who left the demo
 * stays where they went.
 */
export function claimDemoOpening(): boolean {
  if (demoOpened) return false;
  demoOpened = true;
  return true;
}

async function seed(db: BeatboardDb, library: LocalBoardLibrary): Promise<string | null> {
  // The demo's script, both editions, is part of the app's first download (a few KB each): a
  // first visit would otherwise wait for one more request before it can start making the demo.
  if (await readSetting(db, SETTING_DEMO_SEEDED, false)) return null;
  const language = demoLanguageFor(await interfaceLanguage(db));
  const id = await library.create(demoTitle(language), (doc) => buildDemoBoard(doc, language));
  // Only once the demo exists: a failed first attempt tries again on the next visit.
  await writeSetting(db, SETTING_DEMO_SEEDED, true);
  return id;
}
