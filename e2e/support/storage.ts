import type { Page } from '@playwright/test';

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
