import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { addStroke, initBoard, insertShots } from '../src/model';
import { screenshotPath } from './support/artifacts';
import { colourShare, openBoardFromDoc, openFirstRun } from './support/fixtures';

// Zoomed out, panels are drawn in strips, painted on a worker thread so that the page's frames
// stay smooth. A browser whose worker cannot start paints them on the page: the sketches show
// either way. Until a strip is painted, it shows the pictures its panels had just before; and
// zooming back in, until a panel is painted, it shows its part of the strip.

const MAGENTA: readonly [number, number, number] = [255, 0, 170];

/** An episode of 48 shots, each sketched with a bold magenta band. */
function sketchedBoard(): Y.Doc {
  const doc = new Y.Doc();
  const { episodeId } = initBoard(doc, { title: 'Low zoom' });
  const shotIds = insertShots(doc, { episodeId, contents: Array.from({ length: 48 }, () => ({ durationMs: 2000 })) });
  for (const shotId of shotIds) addStroke(doc, shotId, { tool: 'pen', color: '#ff00aa', width: 0.2, points: [0.05, 0.5, 0.95, 0.5] });
  return doc;
}

/** The real paint worker, except that it keeps every request but those of `kind` and never answers them. */
async function answerOnly(page: Page, kind: 'strip' | 'panel'): Promise<void> {
  await page.route(/paint\.worker/, async (route) => {
    const original = await (await route.fetch()).text();
    const filter = `const paintAll = self.onmessage; self.onmessage = (event) => { if (event.data.kind === '${kind}') paintAll(event); };`;
    await route.fulfill({ contentType: 'text/javascript', body: `${original}\n${filter}` });
  });
}

/** Zooms to 100% (and waits there, when asked, until `whenAtFull` resolves), then out with the wheel below the strips' threshold (a third). */
async function zoomOutToStrips(page: Page, whenAtFull?: () => Promise<void>): Promise<void> {
  const canvas = page.getByRole('application', { name: 'Storyboard canvas' });
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press('Control+0');
  await whenAtFull?.();
  await page.keyboard.down('Control');
  for (let i = 0; i < 60 && (await page.evaluate(() => window.__beatboardCanvas!.scale())) > 0.25; i++) await page.mouse.wheel(0, 100);
  await page.keyboard.up('Control');
}

/**
 * The magenta share of the canvas a second after a zoom, while the worker holds back what it
 * was given (with a screenshot then), and again once the page has given up on the worker (5 s)
 * and painted those itself; and how many of `kind` the worker painted meanwhile.
 */
async function bandsBeforeAndAfterGivingUp(page: Page, kind: 'strip' | 'panel', screenshot: string) {
  const canvas = page.getByRole('application', { name: 'Storyboard canvas' });
  await page.waitForTimeout(1000);
  const whileWaiting = await colourShare(page, canvas, MAGENTA);
  const paintedElsewhere = await page.evaluate((which) => {
    const hook = window.__beatboardCanvas!;
    return which === 'strip' ? hook.stripsPaintedElsewhere() : hook.panelsPaintedElsewhere();
  }, kind);
  await page.screenshot({ path: screenshotPath(screenshot) });
  await page.waitForTimeout(5500);
  return { whileWaiting, painted: await colourShare(page, canvas, MAGENTA), paintedElsewhere };
}

test('zoomed out, the sketches are painted in strips by a worker', async ({ page }) => {
  await openFirstRun(page);
  await openBoardFromDoc(page, sketchedBoard());
  await zoomOutToStrips(page);
  const canvas = page.getByRole('application', { name: 'Storyboard canvas' });
  await expect.poll(() => page.evaluate(() => window.__beatboardCanvas!.stripsPaintedElsewhere())).toBeGreaterThan(0);
  await expect.poll(() => colourShare(page, canvas, MAGENTA), { timeout: 10_000 }).toBeGreaterThan(0.005);
  await page.screenshot({ path: screenshotPath('low-zoom-strips.png') });
});

test('a worker that cannot start leaves the strips to the page, which paints them', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.route(/paint\.worker/, (route) => route.abort('connectionrefused'));
  await openFirstRun(page);
  await openBoardFromDoc(page, sketchedBoard());
  await zoomOutToStrips(page);
  const canvas = page.getByRole('application', { name: 'Storyboard canvas' });
  await expect.poll(() => colourShare(page, canvas, MAGENTA), { timeout: 10_000 }).toBeGreaterThan(0.005);
  expect(await page.evaluate(() => window.__beatboardCanvas!.stripsPaintedElsewhere())).toBe(0);
  expect(warnings.some((text) => text.startsWith('Strips and panels are painted on the page from now on'))).toBe(true);
});

test('until a strip is painted, it shows its panels\u2019 pictures from just before, not plain cards', async ({ page }) => {
  // A worker that takes the strips and never answers: for 5 s, when the page gives up on it and
  // paints them itself, only the panels' last pictures can show the sketches at this zoom.
  await answerOnly(page, 'panel');
  await openFirstRun(page);
  await openBoardFromDoc(page, sketchedBoard());
  const canvas = page.getByRole('application', { name: 'Storyboard canvas' });
  await zoomOutToStrips(page, () => expect.poll(() => colourShare(page, canvas, MAGENTA)).toBeGreaterThan(0.005));
  const zoomedOutAt = Date.now();
  expect(await page.evaluate(() => window.__beatboardCanvas!.scale())).toBeLessThan(0.33);
  await expect.poll(() => colourShare(page, canvas, MAGENTA), { timeout: 3000 }).toBeGreaterThan(0.002);
  expect(Date.now() - zoomedOutAt).toBeLessThan(4500);
  expect(await page.evaluate(() => window.__beatboardCanvas!.stripsPaintedElsewhere())).toBe(0);
  await page.screenshot({ path: screenshotPath('low-zoom-stand-ins.png') });
});

test('zooming in from far out, a panel shows its part of the strip until its own picture is painted', async ({ page }) => {
  // The real worker, except that it keeps the full-detail panels it is given and never answers:
  // it takes four, for 5 s, when the page gives up on them and paints them itself.
  await answerOnly(page, 'strip');
  await openFirstRun(page);
  await openBoardFromDoc(page, sketchedBoard());
  const canvas = page.getByRole('application', { name: 'Storyboard canvas' });
  expect(await page.evaluate(() => window.__beatboardCanvas!.scale())).toBeLessThan(0.33); // opened in strips
  await expect.poll(() => colourShare(page, canvas, MAGENTA)).toBeGreaterThan(0.001);
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press('Control+0');
  await expect.poll(() => page.evaluate(() => window.__beatboardCanvas!.scale())).toBe(1);
  // The worker has painted no panel, yet every panel in view shows its band; once the page has
  // painted the four itself, the bands are the same, only sharp.
  const { whileWaiting, painted, paintedElsewhere } = await bandsBeforeAndAfterGivingUp(page, 'panel', 'zoom-in-enlarged-strips.png');
  expect(paintedElsewhere).toBe(0);
  expect(painted).toBeGreaterThan(0.01);
  expect(whileWaiting).toBeGreaterThan(painted * 0.8);
});

test('zooming out past a third again, a strip not yet painted at that zoom shows its picture from further out', async ({ page }) => {
  // The real worker, except that it keeps the strips it is given and never answers (for 5 s,
  // when the page gives up on them and paints them itself). The board opens in strips, which
  // the page paints while it opens, at the open's low zoom.
  await answerOnly(page, 'panel');
  await openFirstRun(page);
  await openBoardFromDoc(page, sketchedBoard());
  const canvas = page.getByRole('application', { name: 'Storyboard canvas' });
  expect(await page.evaluate(() => window.__beatboardCanvas!.scale())).toBeLessThan(0.33);
  await expect.poll(() => colourShare(page, canvas, MAGENTA)).toBeGreaterThan(0.001);
  // At 100% a few panels are painted; zoomed out again, most strips hold panels never seen at
  // 100%, so they have no pictures of their panels to show, only their own from the open.
  await zoomOutToStrips(page, () => expect.poll(() => colourShare(page, canvas, MAGENTA)).toBeGreaterThan(0.005));
  await page.evaluate(() => window.__beatboardCanvas!.takePlaceholderTimes());
  // Once the page has painted them itself, the bands are the same, only sharp; and no strip
  // stood in view as plain cards meanwhile.
  const { whileWaiting, painted, paintedElsewhere } = await bandsBeforeAndAfterGivingUp(page, 'strip', 'zoom-out-blurrier-strips.png');
  expect(paintedElsewhere).toBe(0);
  expect(painted).toBeGreaterThan(0.005);
  expect(whileWaiting).toBeGreaterThan(painted * 0.8);
  const waits = await page.evaluate(() => window.__beatboardCanvas!.takePlaceholderTimes());
  expect(waits.inView).toEqual([]);
  expect(waits.enlargedInView.length).toBeGreaterThan(0);
});
