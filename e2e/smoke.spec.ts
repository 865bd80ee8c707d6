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
