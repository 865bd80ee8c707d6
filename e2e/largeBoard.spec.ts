import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { addStroke, initBoard, insertShots } from '../src/model';
import { handLikeStroke, seededRandom } from '../src/model/strokes/testing/handStrokes';
import { screenshotPath } from './support/artifacts';
import { colourShare, openBoardFromDoc, openBoardSnapshot, openFirstRun, reloadBoard, shotButton } from './support/fixtures';
import { BoardPage } from './support/boardPage';
import { nameYourself } from './support/live';
import { boardIdOf, ownerTokenOf, recordStatusTexts, statusTexts, storedRows } from './support/storage';

// Boards larger than one websocket frame (8 MiB) go live: published over HTTP with progress,
// opened from a link with progress, and a board id the server already has gets a way out.

const MAGENTA: readonly [number, number, number] = [255, 0, 170];

/** A sketched board of about 20 MB: sketches on every shot, and long scene notes. */
function buildLargeBoard(): Y.Doc {
  const random = seededRandom(5);
  const doc = new Y.Doc();
  const { episodeId } = initBoard(doc, { title: 'Series scale' });
  const notes = (i: number) => `Shot ${i} breakdown. ${'Rain on the canal, the barge rocks, she holds the rope. '.repeat(5800)}`;
  const shotIds = insertShots(doc, { episodeId, contents: Array.from({ length: 64 }, (_, i) => ({ notes: notes(i), durationMs: 2500 })) });
  shotIds.forEach((shotId, index) => {
    for (let k = 0; k < 20; k++) addStroke(doc, shotId, { tool: 'pen', color: '#1f2937', width: 0.01, points: handLikeStroke(random, 40) });
    // A bold magenta band across the first shot, to find on screen.
    if (index === 0) addStroke(doc, shotId, { tool: 'pen', color: '#ff00aa', width: 0.12, points: [0.05, 0.35, 0.95, 0.35] });
  });
  return doc;
}

test('a 20 MB sketched board is published with progress and opened whole by a second browser', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await recordStatusTexts(page);
  await openFirstRun(page);
  const doc = buildLargeBoard();
  const size = Y.encodeStateAsUpdate(doc).length;
  expect(size).toBeGreaterThan(20_000_000);
  const boardId = await openBoardFromDoc(page, doc);

  // Made in this browser, it publishes itself: over HTTP, since it is far over a frame.
  const pill = page.getByRole('status', { name: /^Sync status/ });
  await expect(pill).toHaveAccessibleName('Sync status: Live, All changes saved', { timeout: 60_000 });
  const published = await statusTexts(page);
  expect(published.some((text) => /Publishing \d+(\.\d)? of 2\d MB/.test(text))).toBe(true);

  // The owner's token is in this browser; the server hands out the other links.
  const ownerToken = await ownerTokenOf(page, boardId);
  const links = (await (await page.request.get(`/api/boards/${boardId}/links`, { headers: { Authorization: `Bearer ${ownerToken}` } })).json()) as {
    links: Record<string, string>;
  };

  const second = await (await browser.newContext()).newPage();
  await recordStatusTexts(second);
  // What this tab posts to the browser's other tabs: never the whole board (each would
  // decode it again), only small messages such as its storage's sequence numbers.
  await second.addInitScript(() => {
    const posted: number[] = ((window as unknown as { __posted: number[] }).__posted = []);
    const post = BroadcastChannel.prototype.postMessage;
    BroadcastChannel.prototype.postMessage = function (message: unknown) {
      posted.push(message instanceof Uint8Array ? message.byteLength : JSON.stringify(message ?? null).length);
      return post.call(this, message);
    };
  });
  await second.goto(links.links.writer!.replace(/^https?:\/\/[^/]+/, ''));
  const board = new BoardPage(second);
  await board.waitForCanvas();
  await nameYourself(second, 'Ren');
  const loading = await statusTexts(second);
  expect(loading.some((text) => /Loading board \d+%/.test(text))).toBe(true);
  const received = await openBoardSnapshot(second);
  expect(Object.keys(received!.shots)).toHaveLength(64);
  const largestPost = await second.evaluate(() => Math.max(0, ...(window as unknown as { __posted: number[] }).__posted));
  expect(largestPost).toBeLessThan(64 * 1024);
  expect(Object.values(received!.shots).every((shot) => shot.strokes.length >= 20)).toBe(true);
  // The magenta stroke is drawn on the first panel: zoomed in on it, so the panel is large.
  const firstShot = received!.shotsByEpisode[received!.episodes[0]!.id]![0]!;
  const rect = (await second.evaluate((id) => window.__beatboardCanvas!.panelScreenRect(id), firstShot))!;
  await second.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await second.keyboard.down('Control');
  for (let i = 0; i < 40 && (await second.evaluate(() => window.__beatboardCanvas!.scale())) < 0.8; i++) await second.mouse.wheel(0, -100);
  await second.keyboard.up('Control');
  await expect.poll(() => colourShare(second, shotButton(second, /^Shot 1\.1\b/), MAGENTA), { timeout: 20_000 }).toBeGreaterThan(0.02);
  await second.screenshot({ path: screenshotPath('large-board-second-browser.png') });

  // What it downloaded is kept in this browser as it came, once the board is drawn, without
  // anything asking for it: with the server out of reach (no API, no socket), a reload opens
  // the whole board from storage.
  await expect.poll(async () => (await storedRows(second, boardId)).largest, { timeout: 10_000 }).toBeGreaterThan(1_000_000);
  await second.context().route('**/api/**', (route) => route.abort('connectionrefused'));
  await second.context().routeWebSocket(/\/sync\//, (socket) => socket.close());
  const reopened = await reloadBoard(second);
  expect(Object.keys(reopened.shots)).toHaveLength(64);
  expect(Object.values(reopened.shots).every((shot) => shot.strokes.length >= 20)).toBe(true);
});

/** Opens a board of this browser whose id the server already has, this browser holding no link to it. */
async function openBoardWithTakenId(page: Page, shotsListName?: string): Promise<string> {
  await openFirstRun(page, shotsListName);
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Taken id' });
  const boardId = await openBoardFromDoc(page, doc);
  await expect(page.locator('.status-pill--ok')).toBeVisible();
  // This browser loses its link to the board (its storage was cleared, say), then reopens it.
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('beatboard');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = db.transaction('boards', 'readwrite').objectStore('boards');
    await new Promise<void>((resolve) => {
      const request = store.get(id);
      request.onsuccess = () => {
        const record = request.result as { access?: unknown };
        delete record.access;
        store.put(record).onsuccess = () => resolve();
      };
    });
    db.close();
  }, boardId);
  await page.reload();
  return boardId;
}

/** The pill's label is shown whole (not cut with an ellipsis), and lies clear of the centre buttons. */
async function expectPillClear(page: Page): Promise<void> {
  const label = page.locator('.status-pill__label');
  expect(await label.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  const pill = (await page.locator('.status-pill').boundingBox())!;
  const centre = (await page.locator('.top-bar__center').boundingBox())!;
  expect(pill.x).toBeGreaterThanOrEqual(centre.x + centre.width);
}

test('a board whose id the server already has says so, and publishes as a copy', async ({ page }) => {
  const boardId = await openBoardWithTakenId(page);
  const conflict = page.getByRole('button', { name: /^Already on the server/ });
  await expect(conflict).toBeVisible({ timeout: 30_000 });
  await expect(conflict).toHaveAttribute('title', /this browser has no link to it/);
  await expectPillClear(page);
  await page.screenshot({ path: screenshotPath('large-board-conflict-pill.png') });

  await conflict.click();
  const dialog = page.getByRole('dialog', { name: 'This board is already on the server' });
  await dialog.getByLabel('Paste the link the owner shared').fill('not a link');
  await dialog.getByRole('button', { name: 'Open link' }).click();
  await expect(dialog.getByRole('alert')).toContainText('not a Beatboard board link');
  await page.screenshot({ path: screenshotPath('large-board-conflict-dialog.png') });

  await dialog.getByRole('button', { name: 'Publish as a copy' }).click();
  await expect(page).not.toHaveURL(new RegExp(`#/board/${boardId}$`));
  await expect(page.getByRole('status', { name: /^Sync status: Live/ })).toBeVisible({ timeout: 30_000 });
  expect(boardIdOf(page)).not.toBe(boardId);
  await expect(page.getByRole('heading', { name: 'Taken id' })).toBeVisible();
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the taken-id state reads whole in the pill and in its dialog', async ({ page }) => {
    await openBoardWithTakenId(page, '画布上的镜头');
    const conflict = page.getByRole('button', { name: /^服务器上已有此故事板/ });
    await expect(conflict).toBeVisible({ timeout: 30_000 });
    await expectPillClear(page);
    await conflict.click();
    await expect(page.getByRole('dialog', { name: '服务器上已有这个故事板' })).toBeVisible();
    await page.screenshot({ path: screenshotPath('large-board-conflict-zh.png') });
  });
});
