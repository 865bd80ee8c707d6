import { expect, test, type Page } from '@playwright/test';
import { BoardPage } from './support/boardPage';
import { DEMO_TITLE } from './support/fixtures';
import { nameYourself } from './support/live';

const syncStatus = (page: Page) => page.getByRole('status').filter({ hasText: /Live|Connecting|Reconnecting|Offline|browser/ });

test('a board made while the server is unreachable works, is published once it answers, and offline edits follow', async ({ page, browser }) => {
  // The page loads, but the API cannot be reached: the demo board is made in this browser only.
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  const owner = new BoardPage(page);
  await owner.openDemo();
  await expect(syncStatus(page)).toContainText('Only in this browser');
  await owner.topButton('Add shot').click();
  const board = await owner.snapshot();
  const shotCount = Object.keys(board.shots).length;

  // The server becomes reachable; the browser coming back online retries at once.
  await page.unroute('**/api/**');
  await page.context().setOffline(true);
  await page.context().setOffline(false);
  await expect(syncStatus(page)).toContainText('Live', { timeout: 15_000 });
  await expect(syncStatus(page)).toContainText('All changes saved');

  // Edits made offline are sent on reconnect.
  await page.context().setOffline(true);
  await expect(syncStatus(page)).toContainText(/Reconnecting|Offline/);
  await owner.topButton('Add shot').click();
  // Kept here, not "Saving…": nothing is on its way until the server is back.
  await expect(page.getByRole('status', { name: /^Sync status: (Reconnecting…|Offline), Changes kept here$/ })).toBeVisible();
  await page.context().setOffline(false);
  await expect(syncStatus(page)).toContainText('All changes saved', { timeout: 15_000 });

  // A writer opening the owner's link sees all of it, the offline edit included.
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByRole('textbox', { name: /^Link for Writer/ }).inputValue();
  const writerPage = await (await browser.newContext()).newPage();
  await writerPage.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  const writer = new BoardPage(writerPage);
  await writer.waitForCanvas();
  await nameYourself(writerPage, 'Wen');
  await expect(writerPage.getByRole('heading', { name: DEMO_TITLE, level: 1 })).toBeVisible();
  await expect.poll(async () => Object.keys((await writer.snapshot()).shots).length).toBe(shotCount + 1);
});
