import { chromium, type Page } from '@playwright/test';
import { BROWSER_ENV, ensureBrowser } from '../../tools/find-browser.mjs';
import { CHROMIUM_ARGS, measureFrames, onRefreshGrid } from '../clientBench';
import { percentile } from '../stats';

// The animatic in Chromium: frame times while the demo's first episode plays with its picture
// at 1080 x 1920, and the time to export that episode as a video at both sizes, as a ratio to
// its running time (1.0 is real time).

export interface AnimaticBenchResult {
  /** The picture canvas's size in device pixels while playing. */
  picture: { width: number; height: number };
  playP50: number;
  playP95: number;
  runtimeMs: number;
  /** Export seconds per second of episode, by size. */
  exportRatio: Record<'720x1280' | '1080x1920', number>;
  format: string;
}

export async function runAnimaticBench(baseUrl: string): Promise<AnimaticBenchResult> {
  const browserPath = process.env[BROWSER_ENV] ?? (await ensureBrowser()).path;
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
  try {
    // Tall enough that the player's picture is drawn at 1080 x 1920 pixels.
    const context = await browser.newContext({ viewport: { width: 1440, height: 2200 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.waitForFunction(() => window.__beatboardCanvas?.firstFullPaintAt != null, null, { timeout: 60_000 });
    await page.getByRole('button', { name: 'Play animatic', exact: true }).click();
    const player = page.getByRole('dialog', { name: /^Animatic · Episode 1/ });
    const picture = player.getByRole('img').first();
    await picture.waitFor();
    const size = await picture.evaluate((canvas) => ({ width: (canvas as HTMLCanvasElement).width, height: (canvas as HTMLCanvasElement).height }));
    await page.keyboard.press('Space');
    const frames = onRefreshGrid(await measureFrames(page, () => page.waitForTimeout(250), 6000));
    await page.keyboard.press('Space');
    // The running time the player shows after the playhead: "00:06.12 / 01:24.15".
    const total = /\/\s*(\d\d):(\d\d)\.(\d\d)/.exec((await player.textContent()) ?? '');
    const runtimeMs = total ? (Number(total[1]) * 60 + Number(total[2]) + Number(total[3]) / 30) * 1000 : 0;
    if (runtimeMs <= 0) throw new Error('The player did not show the episode\'s running time.');

    const exportRatio = { '720x1280': 0, '1080x1920': 0 };
    let format = '';
    for (const exportSize of ['720x1280', '1080x1920'] as const) {
      const ms = await exportOnce(page, exportSize, (said) => (format = said));
      exportRatio[exportSize] = ms / runtimeMs;
    }
    await context.close();
    return { picture: size, playP50: percentile(frames, 50), playP95: percentile(frames, 95), runtimeMs, exportRatio, format };
  } finally {
    await browser.close();
  }
}

/** Exports episode 1 at `size` through the player's dialog; the milliseconds from Export to the download. */
async function exportOnce(page: Page, size: string, onFormat: (format: string) => void): Promise<number> {
  const player = page.getByRole('dialog', { name: /^Animatic · Episode 1/ });
  await player.getByRole('button', { name: 'Export video…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export video' });
  const format = dialog.getByText(/^Format: /);
  await format.waitFor({ timeout: 20_000 });
  onFormat(((await format.textContent()) ?? '').replace(/^Format: /, '').split(',')[0]!);
  await dialog.getByLabel('Size').selectOption(size);
  const downloaded = page.waitForEvent('download', { timeout: 600_000 });
  const start = Date.now();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloaded;
  const elapsed = Date.now() - start;
  await download.delete();
  await dialog.getByRole('button', { name: 'Close', exact: true }).first().click().catch(() => page.keyboard.press('Escape'));
  await dialog.waitFor({ state: 'hidden' });
  return elapsed;
}
