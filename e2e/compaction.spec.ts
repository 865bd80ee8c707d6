import { expect, test, type Page } from '@playwright/test';
import { BoardPage } from './support/boardPage';
import { openBoard, openFirstRun, reloadBoard } from './support/fixtures';

/** How many stored updates the board docs have, read straight from IndexedDB (y-dexie's
 *  bookkeeping row, which holds no update, is not counted). */
function storedUpdateRows(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('beatboard');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const count = await new Promise<number>((resolve) => {
      const request = db.transaction('$boards.doc_updates').objectStore('$boards.doc_updates').getAll();
      request.onsuccess = () => resolve((request.result as { u?: Uint8Array }[]).filter((row) => row.u).length);
    });
    db.close();
    return count;
  });
}

test('stored board updates are folded into one in a worker, and the board reopens the same', async ({ page }) => {
  await openFirstRun(page);
  const board = new BoardPage(page);
  await board.waitForCanvas();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Add shot', exact: true }).first().click();
  await expect.poll(async () => Object.keys((await openBoard(page)).shots).length).toBeGreaterThan(4);
  const before = await openBoard(page);
  // Each edit was stored as an update of its own.
  await expect.poll(() => storedUpdateRows(page)).toBeGreaterThan(4);

  await page.evaluate(() => window.beatboardAutomation!.compactStorage());
  // One row per doc that has any (the demo's board doc).
  expect(await storedUpdateRows(page)).toBe(1);
  // Editing goes on as before after the fold, and a reload has everything.
  await page.getByRole('button', { name: 'Add shot', exact: true }).first().click();
  await expect.poll(async () => Object.keys((await openBoard(page)).shots).length).toBe(Object.keys(before.shots).length + 1);
  const expected = await openBoard(page);
  const reloaded = await reloadBoard(page);
  expect(reloaded).toEqual(expected);
});
