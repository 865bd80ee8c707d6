import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { BROWSER_ENV, ensureBrowser } from '../tools/find-browser.mjs';
import { buildHeavyBoard, HEAVY_BOARD } from './heavyBoard';
import { percentile } from './stats';

export interface ClientBenchResult {
  shots: number;
  openMs: number;
  panP50: number;
  panP95: number;
  zoomedOutP50: number;
  zoomedOutP95: number;
  zoomedOutScale: number;
  /** Share of frames that took longer than 1.5 frame intervals (a frame dropped), per phase. */
  panDropped: number;
  zoomedOutDropped: number;
  /** The longest single frame interval of both phases, as measured. */
  longestFrame: number;
  heapMiB: number;
  initialJsGzipKiB: number;
  /** Milliseconds since navigation at each step of opening (performance marks of the app). */
  openSteps: Record<string, number>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--disable-quic', '--no-first-run', '--enable-precise-memory-info',
  // The heap is read after a full collection, so it counts what the board keeps, not garbage.
  '--js-flags=--expose-gc',
];

/** The page's JS heap in bytes after a full garbage collection. */
export async function liveHeapBytes(page: Page): Promise<number> {
  return page.evaluate(() => {
    (window as unknown as { gc?: () => void }).gc?.();
    return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  });
}

/** The board opened without the shots it was stored with; the run measured nothing real. */
export class EmptyOpenError extends Error {}

/**
 * A page of `context` that cannot reach the server's API (its requests fail as if the server
 * were down). Blocked through the DevTools protocol rather than Playwright's routing, which
 * turns the browser's HTTP cache off: each open would then fetch and compile the app's script
 * anew, as no returning user does.
 */
export async function pageWithoutServer(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.setBlockedURLs', { urls: ['*/api/*'] });
  await page.goto('about:blank');
  // From about:blank the request is cross-origin: without CORS, a reachable server still answers.
  const reached = await page.evaluate((url) => fetch(url, { mode: 'no-cors' }).then(() => true, () => false), new URL('/api/boards', baseUrl).href);
  if (reached) throw new Error('The series bench could not keep the server out of reach of its browser.');
  return page;
}

/** Opens the heavy board in Chromium from IndexedDB and measures open time, frames and heap. */
export async function runClientBench(baseUrl: string, distDir: string): Promise<ClientBenchResult> {
  const doc = buildHeavyBoard();
  const update = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
  const browserPath = process.env[BROWSER_ENV] ?? (await ensureBrowser()).path;
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    // This part measures the board in the browser alone: the server API is kept out of reach,
    // so the generated board is not published and synced while frames are being timed.
    const setup = await pageWithoutServer(context, baseUrl);
    await setup.goto(baseUrl);
    await setup.waitForFunction(() => window.beatboardAutomation !== undefined);
    const boardId = await setup.evaluate((base64) => window.beatboardAutomation!.createBoardFromUpdate(base64), update);
    await setup.close();

    const page = await pageWithoutServer(context, baseUrl);
    await page.goto(`${baseUrl}#/board/${boardId}`);
    // The canvas records when it first drew every panel in view, relative to navigation start.
    const openMs = await page.waitForFunction(() => window.__beatboardCanvas?.firstFullPaintAt ?? null, null, {
      timeout: 60_000,
    }).then((handle) => handle.jsonValue() as Promise<number>);

    // A fast open of a board that came up empty would be a false result: check what opened.
    const shotsOpened = await page.evaluate(() => Object.keys(window.beatboardAutomation?.openBoard()?.shots ?? {}).length);
    if (shotsOpened !== HEAVY_BOARD.episodes * HEAVY_BOARD.shotsPerEpisode) {
      const banner = await page.getByRole('alert').allTextContents();
      throw new EmptyOpenError(`the generated board opened with ${shotsOpened} shots${banner.length > 0 ? ` (the page said: ${banner.join(' ')})` : ''}`);
    }
    const marks = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, Math.round(mark.startTime)])),
    );

    const canvas = page.getByRole('application', { name: /storyboard canvas/i });
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);

    // The board opens fitted (about 10% for 5,000 shots): pan at 100% first.
    await page.keyboard.press('Control+0');
    const pan = await measureFrames(page, async () => {
      for (let i = 0; i < 150; i++) await page.mouse.wheel(i % 50 < 25 ? 40 : -40, i % 30 < 15 ? 25 : -25);
    });
    // Zoom out to about 20%, where most of the board is in view at once.
    await page.keyboard.down('Control');
    for (let i = 0; i < 40 && (await page.evaluate(() => window.__beatboardCanvas!.scale())) > 0.21; i++) {
      await page.mouse.wheel(0, 40);
    }
    await page.keyboard.up('Control');
    const zoomedOutScale = await page.evaluate(() => window.__beatboardCanvas!.scale());
    const zoomedOut = await measureFrames(page, async () => {
      for (let i = 0; i < 150; i++) await page.mouse.wheel(i % 50 < 25 ? 60 : -60, i % 30 < 15 ? 40 : -40);
    });
    const heap = await liveHeapBytes(page);

    return {
      shots: HEAVY_BOARD.episodes * HEAVY_BOARD.shotsPerEpisode,
      openMs,
      panP50: percentile(onRefreshGrid(pan), 50),
      panP95: percentile(onRefreshGrid(pan), 95),
      zoomedOutP50: percentile(onRefreshGrid(zoomedOut), 50),
      zoomedOutP95: percentile(onRefreshGrid(zoomedOut), 95),
      longestFrame: Math.max(...pan, ...zoomedOut),
      zoomedOutScale,
      panDropped: droppedShare(pan),
      zoomedOutDropped: droppedShare(zoomedOut),
      heapMiB: heap / 2 ** 20,
      initialJsGzipKiB: initialJsGzipBytes(distDir) / 1024,
      openSteps: marks,
    };
  } finally {
    await browser.close();
  }
}

/** Frame times (ms between animation frames) while `drive` moves the canvas for ~`ms`. */
export async function measureFrames(page: Page, drive: () => Promise<void>, ms = 5000): Promise<number[]> {
  // A string, not a function: tsx's name-keeping helpers do not exist inside the page.
  await page.evaluate(`(() => {
    const frames = [];
    let last = performance.now();
    window.__benchFrames = frames;
    window.__benchStop = false;
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (!window.__benchStop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const started = Date.now();
  while (Date.now() - started < ms) await drive();
  return page.evaluate(() => {
    const w = window as unknown as { __benchFrames: number[]; __benchStop: boolean };
    w.__benchStop = true;
    return w.__benchFrames.slice(1);
  });
}

/**
 * Gzip size of the JavaScript the first page load fetches: the entry script, its preloads and
 * the interface strings of one language (the larger of the two: each visitor loads one).
 */
function initialJsGzipBytes(distDir: string): number {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  const gzipped = (file: string) => gzipSync(readFileSync(path.join(distDir, file))).length;
  const languageChunks = readdirSync(path.join(distDir, 'assets')).filter((name) => /^(en|zhCN)-[\w-]+\.js$/.test(name));
  if (languageChunks.length !== 2) throw new Error(`Expected the en and zhCN string chunks in ${distDir}/assets, found ${languageChunks.join(', ') || 'none'}.`);
  const language = Math.max(...languageChunks.map((name) => gzipped(`assets/${name}`)));
  return scripts.reduce((sum, file) => sum + gzipped(file), language);
}

/**
 * Frame intervals as whole numbers of display refreshes. Frames are locked to the 60 Hz
 * refresh, so an interval is really 16.67 ms, 33.33 ms...; but the page's clock is coarsened
 * to 0.1 ms, which makes the same 16.67 ms read 16.6, 16.7 or 16.8, and a p95 of "16.8" would
 * only be clock noise. The refresh period is the median interval.
 */
export function onRefreshGrid(frames: readonly number[]): number[] {
  const period = percentile(frames, 50);
  return frames.map((ms) => Math.max(1, Math.round(ms / period)) * period);
}

/** Share of frame intervals over 25 ms, i.e. frames that missed a 60 Hz vsync. */
export function droppedShare(frames: readonly number[]): number {
  return frames.length === 0 ? 0 : frames.filter((ms) => ms > 25).length / frames.length;
}
