import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { addEpisode, initBoard, insertShots, updateEpisode } from '../src/model';
import { downloadFrom, screenshotPath, settledScreenshot } from './support/artifacts';
import { BoardPage } from './support/boardPage';
import { openBoardFromDoc, openFirstRun } from './support/fixtures';
import { nameYourself } from './support/live';

// The rhythm of the series: the Checks tab, dismissals, the Arc screen and its way back to
// the board, with two people in one room.

const checksTab = (page: Page) => page.getByRole('complementary', { name: 'Side panel' }).getByRole('tab', { name: /^Checks/ });
const checksList = (page: Page) => page.getByRole('list', { name: 'Checks' });
const finding = (page: Page, rule: string) => checksList(page).locator(`li[data-rule="${rule}"]`);

/** Pixels of emotion colour (saturated) the canvas shows in a lane's curve strip. */
function colouredPixelsUnderLane(page: Page, episodeId: string): Promise<number> {
  return page.evaluate((id) => {
    const strip = window.__beatboardCanvas!.rhythmStripScreenRect(id)!;
    let count = 0;
    for (const canvas of document.querySelectorAll('canvas')) {
      const bounds = canvas.getBoundingClientRect();
      if (bounds.width === 0) continue;
      const ratio = canvas.width / bounds.width;
      const x = Math.max(0, Math.floor((strip.x - bounds.left) * ratio));
      const y = Math.max(0, Math.floor((strip.y - bounds.top) * ratio));
      const width = Math.min(canvas.width - x, Math.floor(strip.width * ratio));
      const height = Math.min(canvas.height - y, Math.floor(strip.height * ratio));
      if (width <= 0 || height <= 0) continue;
      const data = canvas.getContext('2d')!.getImageData(x, y, width, height).data;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 200 && Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 60) count++;
      }
    }
    return count;
  }, episodeId);
}

test('the demo shows its curves and its two fixable findings', async ({ page }) => {
  const board = new BoardPage(page);
  await board.openDemo();
  // Every lane draws its emotion curve, dots in the colours of the beats' emotions.
  // (The rhythm module loads just after the board opens.)
  for (const episode of (await board.snapshot()).episodes) {
    await expect.poll(() => colouredPixelsUnderLane(page, episode.id)).toBeGreaterThan(50);
  }
  await page.screenshot({ path: screenshotPath('rhythm-board.png') });
  await checksTab(page).click();
  await expect(checksTab(page)).toHaveText('Checks (3)');
  await expect(finding(page, 'hook')).toContainText('Ep 1 · shot 1.1 · Hook');
  await expect(finding(page, 'repeated-endings')).toContainText('3 episodes in a row end on a Cliffhanger');
  await settledScreenshot(page, 'rhythm-checks.png');

  // The fix takes a minute: the finding leads to shot 1.1, whose hook goes up to 6.
  await finding(page, 'hook').getByRole('button', { name: /^Problem: Ep 1 · shot 1.1/ }).click();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await expect(board.inspector().getByRole('heading', { name: 'Shot 1.1' })).toBeVisible();
  await board.inspector().getByRole('spinbutton', { name: 'Intensity' }).fill('6');
  await expect(checksTab(page)).toHaveText('Checks (2)');
});

test('a writer ends an episode on a payoff and a second browser sees the finding within a second; dismissing it needs a reason', async ({ page, browser }) => {
  const owner = new BoardPage(page);
  await owner.openDemo();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Share' }).click();
  const link = await page.getByRole('textbox', { name: /^Link for Writer/ }).inputValue();
  await page.keyboard.press('Escape');

  const writerPage = await (await browser.newContext()).newPage();
  await writerPage.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  const writer = new BoardPage(writerPage);
  await writer.waitForCanvas();
  await nameYourself(writerPage, 'Wen');
  await checksTab(writerPage).click();
  await expect(finding(writerPage, 'hook')).toHaveCount(1);
  await expect(finding(writerPage, 'open-ending')).toHaveCount(0);

  // The owner ends episode 1 on a payoff instead of a cliffhanger.
  const lastShot = await owner.shotIdAt(1, 12);
  await owner.clickPanel(lastShot);
  await owner.inspector().getByRole('combobox', { name: 'Beat', exact: true }).selectOption('payoff');
  await expect(finding(writerPage, 'open-ending')).toContainText('Ends on a Payoff', { timeout: 1_000 });

  // The writer dismisses it, for this episode, with a reason; the owner sees who and why.
  await finding(writerPage, 'open-ending').getByRole('button', { name: 'Dismiss "Open ending" for Ep 1' }).click();
  const form = writerPage.getByRole('form', { name: 'Dismiss "Open ending" for Ep 1' });
  await expect(form.getByRole('button', { name: 'Dismiss' })).toBeDisabled();
  await form.getByLabel('Why does it not apply here?').fill('A breather before the auction, on purpose');
  await form.getByRole('button', { name: 'Dismiss' }).click();
  await expect(finding(writerPage, 'open-ending')).toHaveCount(0);
  await checksTab(page).click();
  await expect(finding(page, 'open-ending')).toHaveCount(0);
  await page.getByLabel('Show dismissed').check();
  await expect(finding(page, 'open-ending')).toContainText('Dismissed by Wen: A breather before the auction, on purpose');
  await settledScreenshot(page, 'rhythm-dismissed.png');
  await writerPage.context().close();
});

test('the arc screen shows every episode and leads to a shot on the board', async ({ page }) => {
  const board = new BoardPage(page);
  await board.openDemo();
  await page.getByRole('tab', { name: 'Arc' }).click();
  const grid = page.getByRole('list', { name: 'Series arc' });
  await expect(grid.getByRole('listitem')).toHaveCount(3);
  await expect(grid.getByRole('listitem').first()).toContainText('1:25 / 1:30');
  await settledScreenshot(page, 'rhythm-arc.png');

  await grid.getByRole('listitem').nth(1).getByRole('button', { name: /^Peak/ }).click();
  await expect(page.getByRole('application', { name: 'Storyboard canvas' })).toBeVisible();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await expect(board.inspector().getByRole('heading', { name: 'Shot 2.11' })).toBeVisible();
  const peakShot = await board.shotIdAt(2, 11);
  await expect.poll(() => page.evaluate((id) => window.__beatboardCanvas!.panelScreenRect(id) !== null, peakShot)).toBe(true);
  await page.screenshot({ path: screenshotPath('rhythm-arc-to-shot.png') });

  // A card names its episode's findings, and each leads to its shot.
  await page.getByRole('tab', { name: 'Arc' }).click();
  const first = grid.getByRole('listitem').first();
  await first.getByRole('button', { name: 'Problem: Hook' }).click();
  await expect(page.getByRole('application', { name: 'Storyboard canvas' })).toBeVisible();
  await expect(board.inspector().getByRole('heading', { name: 'Shot 1.1' })).toBeVisible();
});

test('a board without beats says on its arc what is missing, instead of drawing empty axes', async ({ page }) => {
  await openFirstRun(page);
  const doc = new Y.Doc();
  const { episodeId } = initBoard(doc, { title: 'Imported', now: 1 });
  insertShots(doc, { episodeId, contents: [{ action: 'Rain on the canal.' }, { action: 'She coils a rope.' }] });
  await openBoardFromDoc(page, doc);
  await page.getByRole('tab', { name: 'Arc' }).click();
  const endings = page.getByRole('region', { name: 'Episode endings' });
  await expect(endings.getByRole('note')).toContainText('No beats yet. Give shots a beat in the Inspector');
  await expect(endings.getByRole('img')).toHaveCount(0);
  await settledScreenshot(page, 'rhythm-arc-no-beats.png');
});

test('the arc stays usable at 100 episodes on a 1440-pixel screen, and exports as a PNG', async ({ page }) => {
  await openFirstRun(page);
  // Two early paywalls too many: 14 for 100 episodes, a finding about the series as a whole.
  await openBoardFromDoc(page, hundredEpisodes({ extraPaywalls: [3, 6] }));
  await page.getByRole('tab', { name: 'Arc' }).click();
  const grid = page.getByRole('list', { name: 'Series arc' });
  await expect(grid.getByRole('listitem')).toHaveCount(100);
  const series = page.getByRole('region', { name: 'The series as a whole' });
  await expect(series.locator('li[data-rule="paywall-placement"]')).toContainText('14 paywalls for 100 episodes: 10-13 suit this length.');
  // Six small multiples a row in the space left by the side panel.
  const boxes = await grid.getByRole('listitem').evaluateAll((items) => items.slice(0, 8).map((item) => item.getBoundingClientRect().top));
  expect(boxes.filter((top) => top === boxes[0]).length).toBeGreaterThanOrEqual(5);
  await settledScreenshot(page, 'rhythm-arc-100.png');

  const download = await downloadFrom(page, page.getByRole('button', { name: 'Export PNG' }));
  expect(download.suggestedFilename()).toBe('Hundred-arc.png');
  const path = screenshotPath('rhythm-arc-export.png');
  await download.saveAs(path);
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  // Twice the 1400-pixel picture.
  expect(bytes.readUInt32BE(16)).toBe(2800);

  // The board opens zoomed out to fit 100 lanes; they still show their curves.
  await page.getByRole('tab', { name: 'Board' }).click();
  await new BoardPage(page).waitForCanvas();
  await page.waitForTimeout(500);
  await page.screenshot({ path: screenshotPath('rhythm-board-overview.png') });
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the checks and the arc read in Chinese', async ({ page }) => {
    await openFirstRun(page, '画布上的镜头');
    await page.getByRole('complementary', { name: '侧边栏' }).getByRole('tab', { name: /^节奏检查/ }).click();
    const list = page.getByRole('list', { name: '节奏检查' });
    await expect(list.locator('li[data-rule="hook"]')).toContainText('第 1 集 · 镜头 1.1 · 开场钩子');
    await expect(list.locator('li[data-rule="repeated-endings"]')).toContainText('连续 3 集以「卡点悬念」结尾');
    await settledScreenshot(page, 'rhythm-checks-zh.png');
    await page.getByRole('tab', { name: '弧线' }).click();
    await expect(page.getByRole('heading', { name: '全剧情绪弧线' })).toBeVisible();
    await settledScreenshot(page, 'rhythm-arc-zh.png');
  });
});

/** 100 episodes of 30 shots, paywalls every 8 from episode 10 (and before the extra episode numbers), endings that vary. */
function hundredEpisodes({ extraPaywalls = [] as number[] } = {}): Y.Doc {
  const doc = new Y.Doc();
  const { episodeId } = initBoard(doc, { title: 'Hundred', now: 1 });
  const types = ['cliffhanger', 'reveal', 'reversal', 'betrayal'] as const;
  let previous = episodeId;
  for (let e = 0; e < 100; e++) {
    const id = e === 0 ? episodeId : addEpisode(doc, { afterEpisodeId: previous });
    updateEpisode(doc, id, { title: `Episode ${e + 1}`, targetSeconds: 100, paywall: (e >= 9 && (e - 9) % 8 === 0) || extraPaywalls.includes(e + 1) });
    insertShots(doc, {
      episodeId: id,
      contents: Array.from({ length: 30 }, (_, s) => ({
        durationMs: 3000,
        beat: {
          type: s === 0 ? 'hook' : s === 29 ? types[e % 4] : 'setup',
          emotion: (['fear', 'anger', 'surprise', 'joy', 'sadness'] as const)[(s + e) % 5],
          intensity: s === 29 ? 7 + (e % 4) : Math.min(10, 3 + ((s * 7 + e) % 6)),
        },
      })),
    });
    previous = id;
  }
  return doc;
}

test('a suggestion for a shot under a finding names the check and clears it once accepted', async ({ page }) => {
  const board = new BoardPage(page);
  await board.openDemo();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({ timeout: 15_000 });
  await board.clickPanel(await board.shotIdAt(1, 1));
  await page.keyboard.press('s');
  const dialog = page.getByRole('dialog', { name: 'Suggest for shot 1.1' });
  await dialog.getByRole('button', { name: 'Suggest' }).click();
  const card = page.getByRole('article', { name: 'Suggestions for shot 1.1' });
  await expect(card).toContainText('Ready');
  await expect(card.getByText('Aims to clear: Hook').first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('rhythm-suggestion.png') });
  await card.getByRole('button', { name: 'Accept alternative 1 for shot 1.1' }).click();
  await expect(checksTab(page)).toHaveText('Checks (2)');
  await checksTab(page).click();
  await expect(finding(page, 'hook')).toHaveCount(0);
});

test('the Series tab sets the thresholds for the whole board', async ({ page }) => {
  const board = new BoardPage(page);
  await board.openDemo();
  await expect(checksTab(page)).toHaveText('Checks (3)');
  await page.getByRole('tab', { name: 'Series' }).click();
  const rhythm = page.getByRole('region', { name: 'Rhythm' });
  await rhythm.scrollIntoViewIfNeeded();
  await rhythm.getByLabel('Hook intensity at least').fill('11');
  await expect(rhythm.getByText('From 0 to 10.')).toBeVisible();
  await rhythm.getByLabel('Hook intensity at least').fill('4');
  await expect(checksTab(page)).toHaveText('Checks (2)');
  await expect(rhythm.getByText('default 6')).toBeVisible();
  await settledScreenshot(page, 'rhythm-thresholds.png');
  await rhythm.getByRole('button', { name: 'Back to defaults' }).click();
  await expect(checksTab(page)).toHaveText('Checks (3)');

  // A paywall-count band for short series: the demo's 3 episodes with 1 paywall fall short of 2-3.
  await rhythm.getByLabel('Band 1: episodes from').fill('1');
  await rhythm.getByLabel('Band 1: episodes up to').fill('5');
  await rhythm.getByLabel('Band 1: paywalls from').fill('2');
  await rhythm.getByLabel('Band 1: paywalls up to').fill('3');
  await expect(checksTab(page)).toHaveText('Checks (4)');
  // A band whose "from" passes its "to" is explained and not stored.
  await rhythm.getByLabel('Band 1: paywalls up to').fill('1');
  await expect(rhythm.getByText('Band 1: whole numbers, each first one no more than the second.')).toBeVisible();
  await expect(checksTab(page)).toHaveText('Checks (4)');
  await settledScreenshot(page, 'rhythm-paywall-bands.png');
  await rhythm.getByRole('button', { name: 'Back to defaults' }).click();
  await expect(checksTab(page)).toHaveText('Checks (3)');
});
