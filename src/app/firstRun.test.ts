import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BeatboardDb } from '../collab/db';
import type { LocalBoardLibrary } from '../collab/localLibrary';
import { SETTING_DEMO_SEEDED, SETTING_LANGUAGE } from '../collab/settings';
import { readBoard } from '../model';

/** The settings table alone, which is all the first run reads and writes. */
function fakeDb(settings: Record<string, unknown> = {}): BeatboardDb {
  const rows = new Map(Object.entries(settings));
  return {
    settings: {
      get: async (key: string) => (rows.has(key) ? { key, value: rows.get(key) } : undefined),
      put: async ({ key, value }: { key: string; value: unknown }) => void rows.set(key, value),
    },
  } as unknown as BeatboardDb;
}

/** A library that builds what it is asked to create, and keeps it to look at. */
function fakeLibrary() {
  const created: Array<{ title: string; doc: Y.Doc }> = [];
  const library = {
    create: async (title: string, build?: (doc: Y.Doc) => void) => {
      const doc = new Y.Doc();
      build?.(doc);
      created.push({ title, doc });
      return `board-${created.length}`;
    },
  } as unknown as LocalBoardLibrary;
  return { library, created };
}

/** A first visit in a browser that prefers `languages`, with `settings` already stored. */
async function firstVisit(languages: string[], settings: Record<string, unknown> = {}) {
  vi.stubGlobal('navigator', { languages, language: languages[0] });
  // Each visit is a fresh tab: the module keeps its seeding per tab.
  vi.resetModules();
  const { seedDemoOnFirstRun } = await import('./firstRun');
  const db = fakeDb(settings);
  const { library, created } = fakeLibrary();
  const id = await seedDemoOnFirstRun(db, library);
  const seeded = await db.settings.get(SETTING_DEMO_SEEDED);
  return { id, created, seeded: seeded?.value, board: created[0] ? readBoard(created[0].doc) : null };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the first visit', () => {
  it('makes the Chinese demo for a Chinese browser', async () => {
    const { id, created, seeded, board } = await firstVisit(['zh-CN', 'zh', 'en']);
    expect(id).toBe('board-1');
    expect(seeded).toBe(true);
    expect(created.map((c) => c.title)).toEqual(['运河千金']);
    expect(board!.meta).toMatchObject({ title: '运河千金', language: 'zh-CN' });
    expect(board!.episodes[0].title).toBe('码头');
  });

  it('makes the English demo for an English browser, and for a language the app does not speak', async () => {
    for (const languages of [['en-GB', 'en'], ['fr-FR'], []]) {
      const { created, board } = await firstVisit(languages);
      expect(created.map((c) => c.title)).toEqual(['The Canal Heiress']);
      expect(board!.meta).toMatchObject({ title: 'The Canal Heiress', language: 'en' });
    }
  });

  it('follows a stored interface language over the browser, as main.tsx does', async () => {
    expect((await firstVisit(['en-US'], { [SETTING_LANGUAGE]: 'zh-CN' })).board!.meta.language).toBe('zh-CN');
    expect((await firstVisit(['zh-CN'], { [SETTING_LANGUAGE]: 'en' })).board!.meta.language).toBe('en');
    // A stored value the app does not know falls back to the browser, as in main.tsx.
    expect((await firstVisit(['zh-TW'], { [SETTING_LANGUAGE]: 'xx' })).board!.meta.language).toBe('zh-CN');
  });

  it('makes nothing once the demo was made', async () => {
    const { id, created } = await firstVisit(['zh-CN'], { [SETTING_DEMO_SEEDED]: true });
    expect(id).toBeNull();
    expect(created).toEqual([]);
  });

  it('makes the demo once per tab, however often it is asked', async () => {
    vi.stubGlobal('navigator', { languages: ['zh-CN'], language: 'zh-CN' });
    vi.resetModules();
    const { seedDemoOnFirstRun } = await import('./firstRun');
    const db = fakeDb();
    const { library, created } = fakeLibrary();
    const [a, b] = await Promise.all([seedDemoOnFirstRun(db, library), seedDemoOnFirstRun(db, library)]);
    expect(a).toBe(b);
    expect(created).toHaveLength(1);
  });
});
