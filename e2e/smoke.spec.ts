import { expect, test } from '@playwright/test';
import { screenshotPath } from './support/artifacts';

test('the app opens at / without console errors', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));

  await page.goto('/');
  // A first run opens the demo series, and the tab is named after the open board.
  await expect(page).toHaveTitle('The Canal Heiress · Beatboard');
  // Errors from start-up work (storage, first render) arrive after the load event.
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: screenshotPath('smoke-home.png') });

  expect(problems).toEqual([]);
});

const SAVED: Record<string, RegExp> = { 'en-US': /All changes saved$/, 'zh-CN': /所有更改已保存$/ };

for (const locale of ['en-US', 'zh-CN']) {
  test.describe(`at 1280 px, ${locale}`, () => {
    test.use({ locale, viewport: { width: 1280, height: 720 } });

    test("the board's title reads whole beside the top bar's buttons", async ({ page }) => {
      await page.goto('/');
      await page.waitForURL(/#\/board\/[^/]+$/);
      // Once published and saved: a longer passing state ("Publishing 1 of 2 MB") may shorten the
      // title with its ellipsis for a moment.
      await expect(page.getByRole('status', { name: SAVED[locale] })).toBeVisible({ timeout: 15_000 });
      const title = page.locator('.top-bar__title');
      await expect(title).not.toBeEmpty();
      // Not cut with an ellipsis, and not cut off by its column either (which hides the ellipsis).
      expect(await title.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
      const titleBox = (await title.boundingBox())!;
      const startBox = (await page.locator('.top-bar__start').boundingBox())!;
      const centreBox = (await page.locator('.top-bar__center').boundingBox())!;
      expect(titleBox.x + titleBox.width).toBeLessThanOrEqual(startBox.x + startBox.width);
      expect(startBox.x + startBox.width).toBeLessThanOrEqual(centreBox.x);
      // Too narrow for the words "All changes saved": the pill says it with a tick.
      await expect(page.locator('.status-pill__saved-mark')).toBeVisible();
      await expect(page.locator('.status-pill__saved')).toBeHidden();
      await page.locator('header.top-bar').screenshot({ path: screenshotPath(`top-bar-1280-${locale}.png`) });
    });
  });
}
