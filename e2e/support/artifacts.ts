import type { Download, Locator, Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where e2e runs leave files for people to look at (ignored by git). */
export const ARTIFACTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '.artifacts');

/** The path for a screenshot a spec takes on purpose, e.g. for the README or a review. */
export function screenshotPath(name: string): string {
  return path.join(ARTIFACTS_DIR, 'screenshots', name);
}

/** A screenshot once every CSS animation (a dialog fading in, say) has finished. */
export async function settledScreenshot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await page.screenshot({ path: screenshotPath(name) });
}

/** Clicks `trigger` and waits for the download it starts. */
export async function downloadFrom(page: Page, trigger: Locator): Promise<Download> {
  const download = page.waitForEvent('download');
  await trigger.click();
  return download;
}
