import { chromium, type BrowserContext, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { BROWSER_ENV, ensureBrowser } from '../tools/find-browser.mjs';
import { CHROMIUM_ARGS, droppedShare, liveHeapBytes, measureFrames, onRefreshGrid, pageWithoutServer } from './clientBench';
import { buildSeriesBoard, SERIES_BOARD } from './seriesBoard';
import { percentile } from './stats';
import { ownerTokenOf, recordStatusTexts, statusTexts } from '../support/storage';

// The series-scale benchmark: a sketched 100-episode series (3,000 shots) opened from this
// browser's storage, panned and zoomed along a 10 s camera path, published to the server, and
// opened by a second browser from a share link.

export interface SeriesBenchResult {
  shots: number;
  docBytes: { v1: number; v2: number };
  /** Open from IndexedDB to first full paint, ms, over every open. */
  openMs: number[];
  /** Opens that came up without the whole board, or failed, and why. */
  failedOpens: string[];
  /**
   * The same open of a board of FLOOR_BOARD's size, in the same browser: what any board costs
   * to open on this machine (navigation, the app's script and start, a first paint), so that
   * what the series adds to it is told apart.
   */
  floorOpenMs: number[];
  /**
   * Frame times per phase of the camera path, and how long panels stood in view as placeholder
   * cards (ms, one per panel that did) and how many were painted before they came into view.
   */
  phases: { name: string; p95: number; dropped: number; scale: number; placeholdersInView: number[]; paintedAhead: number; enlargedInView: number[] }[];
  heapMiB: number;
  /** Milliseconds since navigation at each step of the last open (the app's performance marks). */
  openSteps: Record<string, number>;
  publishMs: number;
  publishProgressSeen: boolean;
  secondBrowserMs: number;
  loadingProgressSeen: boolean;
}

const OPENS = 20;
/** The floor's board: one episode of six shots, sketched like the series. */
export const FLOOR_BOARD = { ...SERIES_BOARD, episodes: 1, shotsPerEpisode: 6 };
const PHASE_MS = 2000;

async function expectWholeBoard(page: Page, shots: number): Promise<string | null> {
  const opened = await page.evaluate(() => Object.keys(window.beatboardAutomation?.openBoard()?.shots ?? {}).length);
  if (opened === shots) return null;
  const alerts = await page.getByRole('alert').allTextContents();
  return `opened with ${opened} of ${shots} shots${alerts.length > 0 ? ` (the page said: ${alerts.join(' ')})` : ''}`;
}

/** Navigates to a board and waits until every panel in view is drawn; ms since navigation. */
async function openAndPaint(page: Page, url: string): Promise<number> {
  // A real navigation each time (a change of the address's hash alone would not reload).
  await page.goto('about:blank');
  await page.goto(url);
  return page
    .waitForFunction(() => window.__beatboardCanvas?.firstFullPaintAt ?? null, null, { timeout: 90_000, polling: 50 })
    .then((handle) => handle.jsonValue() as Promise<number>);
}

/** Opens a small board OPENS times in `page`, as the series was opened; ms to first full paint. */
async function timeFloorOpens(context: BrowserContext, page: Page, baseUrl: string): Promise<number[]> {
  const base64 = Buffer.from(Y.encodeStateAsUpdate(buildSeriesBoard('v2', FLOOR_BOARD))).toString('base64');
  const boardId = await storeBoard(context, baseUrl, base64, () => pageWithoutServer(context, baseUrl));
  const shots = FLOOR_BOARD.episodes * FLOOR_BOARD.shotsPerEpisode;
  const openMs: number[] = [];
  for (let i = 0; i < OPENS; i++) {
    const ms = await openAndPaint(page, `${baseUrl}#/board/${boardId}`);
    const problem = await expectWholeBoard(page, shots);
    if (problem) throw new Error(`The small board for the open's floor ${problem}.`);
    openMs.push(ms);
  }
  return openMs;
}

async function storeBoard(context: BrowserContext, baseUrl: string, base64: string, newPage = () => context.newPage()): Promise<string> {
  const setup = await newPage();
  await setup.goto(baseUrl);
  await setup.waitForFunction(() => window.beatboardAutomation !== undefined);
  const boardId = await setup.evaluate((update) => window.beatboardAutomation!.createBoardFromUpdate(update), base64);
  await setup.close();
  return boardId;
}

/** The 10 s camera path: pan at 100%, zoom out to 20%, pan there, zoom in to 150%, pan there. */
async function cameraPath(page: Page): Promise<SeriesBenchResult['phases']> {
  const canvas = page.getByRole('application', { name: /storyboard canvas/i });
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press('Control+0');
  const scale = () => page.evaluate(() => window.__beatboardCanvas!.scale());
  let step = 0;
  const pan = async () => {
    step++;
    await page.mouse.wheel(step % 40 < 20 ? 50 : -50, step % 24 < 12 ? 30 : -30);
  };
  const zoomTowards = (target: number, direction: 1 | -1) => async () => {
    const now = await scale();
    if ((direction === 1 && now > target) || (direction === -1 && now < target)) await page.mouse.wheel(0, 30 * direction);
    else await page.mouse.wheel(0, 0);
  };
  const phases: SeriesBenchResult['phases'] = [];
  const phase = async (name: string, drive: () => Promise<void>, zoom = false) => {
    if (zoom) await page.keyboard.down('Control');
    const frames = await measureFrames(page, drive, PHASE_MS);
    if (zoom) await page.keyboard.up('Control');
    const placeholders = (await page.evaluate(() => window.__beatboardCanvas!.takePlaceholderTimes()));
    phases.push({
      name, p95: percentile(onRefreshGrid(frames), 95), dropped: droppedShare(frames), scale: await scale(),
      placeholdersInView: placeholders.inView, paintedAhead: placeholders.paintedAhead, enlargedInView: placeholders.enlargedInView,
    });
  };
  await phase('pan at 100%', pan);
  await phase('zoom out to 20%', zoomTowards(0.2, 1), true);
  await phase('pan at 20%', pan);
  await phase('zoom in to 150%', zoomTowards(1.5, -1), true);
  await phase('pan at 150%', pan);
  return phases;
}

export async function runSeriesBench(baseUrl: string): Promise<SeriesBenchResult> {
  const shots = SERIES_BOARD.episodes * SERIES_BOARD.shotsPerEpisode;
  const docBytes = { v1: Y.encodeStateAsUpdate(buildSeriesBoard('v1')).length, v2: 0 };
  const update = Y.encodeStateAsUpdate(buildSeriesBoard('v2'));
  docBytes.v2 = update.length;
  const base64 = Buffer.from(update).toString('base64');
  const browserPath = process.env[BROWSER_ENV] ?? (await ensureBrowser()).path;
  const browser = await chromium.launch({ executablePath: browserPath, args: CHROMIUM_ARGS });
  try {
    // 1. This browser alone: the API is out of reach, so nothing publishes while it is timed.
    const local = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const localId = await storeBoard(local, baseUrl, base64, () => pageWithoutServer(local, baseUrl));
    const page = await pageWithoutServer(local, baseUrl);
    const openMs: number[] = [];
    const failedOpens: string[] = [];
    for (let i = 0; i < OPENS; i++) {
      try {
        const ms = await openAndPaint(page, `${baseUrl}#/board/${localId}`);
        const problem = await expectWholeBoard(page, shots);
        if (problem) failedOpens.push(problem);
        else openMs.push(ms);
      } catch (error) {
        failedOpens.push(String(error).split('\n')[0]!);
      }
    }
    const openSteps = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, Math.round(mark.startTime)])),
    );
    await page.evaluate(() => window.__beatboardCanvas?.takePlaceholderTimes());
    const phases = await cameraPath(page);
    const heapMiB = (await liveHeapBytes(page)) / 2 ** 20;
    const floorOpenMs = await timeFloorOpens(local, page, baseUrl);
    await local.close();

    // 2. Publishing: a browser with the server in reach publishes the board it made.
    const owner = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await recordStatusTexts(owner);
    const boardId = await storeBoard(owner, baseUrl, base64);
    const ownerPage = await owner.newPage();
    const publishStart = Date.now();
    await ownerPage.goto(`${baseUrl}#/board/${boardId}`);
    await ownerPage.getByRole('status', { name: 'Sync status: Live, All changes saved' }).waitFor({ timeout: 180_000 });
    const publishMs = Date.now() - publishStart;
    const publishProgressSeen = (await statusTexts(ownerPage)).some((text) => /Publishing \d/.test(text));
    const token = await ownerTokenOf(ownerPage, boardId);
    const links = (await (await ownerPage.request.get(`${baseUrl}api/boards/${boardId}/links`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      links: Record<string, string>;
    };

    // 3. A second browser opens the writer's link: download, store, first full paint.
    const second = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await recordStatusTexts(second);
    const secondPage = await second.newPage();
    const link = links.links.writer!.replace(/^https?:\/\/[^/]+\//, baseUrl);
    const secondBrowserMs = await openAndPaint(secondPage, link);
    const problem = await expectWholeBoard(secondPage, shots);
    if (problem) failedOpens.push(`second browser: ${problem}`);
    const loadingProgressSeen = (await statusTexts(secondPage)).some((text) => /Loading board \d+%/.test(text));
    await owner.close();
    await second.close();

    return {
      shots, docBytes, openMs, failedOpens, floorOpenMs, phases, heapMiB, openSteps,
      publishMs, publishProgressSeen, secondBrowserMs, loadingProgressSeen,
    };
  } finally {
    await browser.close();
  }
}
