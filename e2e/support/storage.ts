import type { BrowserContext, Page } from '@playwright/test';

/** What the page's IndexedDB holds for one doc, read straight from the database. */
export interface StoredRows {
  /** Rows of the `docUpdates` table for the doc, and the largest one's size in bytes. */
  rows: number;
  largest: number;
  /** Rows of the version 1-2 layout (y-dexie's tables) still there for the board. */
  legacyRows: number;
}

export function storedRows(page: Page, boardId: string, name: 'board' | 'notes' = 'board'): Promise<StoredRows> {
  return page.evaluate(async ({ boardId, name }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('beatboard');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const rows = (await all<{ doc: string; bytes: Uint8Array }>('docUpdates')).filter((row) => row.doc === `${boardId}/${name}`);
    const legacyTable = name === 'board' ? '$boards.doc_updates' : '$boards.notes_updates';
    const legacy = (await all<{ k: string; u?: Uint8Array }>(legacyTable)).filter((row) => row.k === boardId && row.u);
    db.close();
    return { rows: rows.length, largest: Math.max(0, ...rows.map((row) => row.bytes.length)), legacyRows: legacy.length };
  }, { boardId, name });
}

/** The id of the board open in the page, from its address. */
export function boardIdOf(page: Page): string {
  const match = /#\/board\/([^/?]+)/.exec(page.url());
  if (!match) throw new Error(`No board is open at ${page.url()}`);
  return decodeURIComponent(match[1]!);
}

/** Goes to the home screen and back to a board without reloading the page. */
export async function reopenBoard(page: Page, boardId: string): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.evaluate((id) => {
    window.location.hash = `#/board/${encodeURIComponent(id)}`;
  }, boardId);
}

/** The owner token this browser keeps for a board it published. */
export function ownerTokenOf(page: Page, boardId: string): Promise<string> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('beatboard');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const record = await new Promise<{ access?: { token: string } }>((resolve) => {
      const request = db.transaction('boards').objectStore('boards').get(id);
      request.onsuccess = () => resolve(request.result as { access?: { token: string } });
    });
    db.close();
    if (!record.access) throw new Error(`Board ${id} has no token in this browser`);
    return record.access.token;
  }, boardId);
}

/**
 * Keeps every text the status pill and the loading screen show, however briefly (a large
 * transfer's progress can pass in a moment on loopback); read them with `statusTexts`.
 */
export async function recordStatusTexts(target: Pick<BrowserContext, 'addInitScript'>): Promise<void> {
  await target.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { statusTexts: string[] }).statusTexts = seen;
    new MutationObserver(() => {
      for (const element of document.querySelectorAll('.status-pill, .app-loading')) {
        const text = element.textContent ?? '';
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

export function statusTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);
}
