import { expect, test } from '@playwright/test';
import { BoardPage } from './support/boardPage';
import { openBoard, openFirstRun, reloadBoard } from './support/fixtures';
import { boardIdOf, storedRows } from './support/storage';

test('stored board updates are folded into one in a worker, and the board reopens the same', async ({ page }) => {
  await openFirstRun(page);
  const board = new BoardPage(page);
  await board.waitForCanvas();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Add shot', exact: true }).first().click();
  await expect.poll(async () => Object.keys((await openBoard(page)).shots).length).toBeGreaterThan(4);
  const before = await openBoard(page);
  const boardId = boardIdOf(page);
  // The edits were stored as updates of their own (on a busy machine a few share one write).
  await expect.poll(async () => (await storedRows(page, boardId)).rows).toBeGreaterThan(1);

  await page.evaluate(() => window.beatboardAutomation!.compactStorage());
  // The demo board is small: its folded state is one row.
  expect((await storedRows(page, boardId)).rows).toBe(1);
  // Editing goes on as before after the fold, and a reload has everything.
  await page.getByRole('button', { name: 'Add shot', exact: true }).first().click();
  await expect.poll(async () => Object.keys((await openBoard(page)).shots).length).toBe(Object.keys(before.shots).length + 1);
  const expected = await openBoard(page);
  const reloaded = await reloadBoard(page);
  expect(reloaded).toEqual(expected);
});
