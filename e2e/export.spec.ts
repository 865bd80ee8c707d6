import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { layoutBoard } from '../src/editor/layout';
import { buildBoardFromScript } from '../src/io/script/importScript';
import { parseScript } from '../src/io/script/parseScript';
import { addStroke, readBoard } from '../src/model';
import { pdfFileText } from '../src/io/pdf/testing/pdfText';
import { downloadFrom, screenshotPath, settledScreenshot } from './support/artifacts';
import { BoardPage } from './support/boardPage';
import { openBoardFromDoc, openFirstRun } from './support/fixtures';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/io/script/testing/fixtures');

async function openChineseBoard(page: Page): Promise<{ doc: Y.Doc }> {
  await openFirstRun(page);
  const doc = new Y.Doc();
  buildBoardFromScript(doc, parseScript(readFileSync(path.join(fixtures, 'last-ferry.zh.fountain'), 'utf8')), 'zh-CN');
  return { doc };
}

test('storyboard PDF of chosen episodes downloads with the board\'s Chinese dialogue as text', async ({ page }) => {
  const { doc } = await openChineseBoard(page);
  await openBoardFromDoc(page, doc);
  await new BoardPage(page).waitForCanvas();
  await page.getByRole('tab', { name: 'Series' }).click();
  await page.getByRole('button', { name: 'Storyboard PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Storyboard PDF' });
  await dialog.getByLabel('Panels per page').selectOption('3x2');
  await settledScreenshot(page, 'export-pdf-dialog.png');
  const file = await downloadFrom(page, dialog.getByRole('button', { name: 'Export PDF' }));
  expect(file.suggestedFilename()).toBe('末班渡-storyboard.pdf');
  const text = pdfFileText(await file.path());
  // The first sheet as a picture, to look at alongside the screenshots.
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', await file.path(), screenshotPath('storyboard-pdf-page-1')]);
  expect(text).toContain('末班渡');
  expect(text).toContain('Episode 1 · 渡口');
  expect(text).toContain('许晴 (盯着江面): 江不停，船就不停。');
  expect(text).toContain('Page 1 of 2');
  await expect(dialog).toBeHidden();
});

test('the PDF leaves out unticked episodes, and nothing can be exported with none ticked', async ({ page }) => {
  await openFirstRun(page);
  await page.getByRole('tab', { name: 'Series' }).click();
  await page.getByRole('button', { name: 'Storyboard PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Storyboard PDF' });
  await dialog.getByRole('checkbox', { name: 'All episodes' }).uncheck();
  await expect(dialog.getByRole('button', { name: 'Export PDF' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /^Episode 2 · / }).check();
  const text = pdfFileText(await (await downloadFrom(page, dialog.getByRole('button', { name: 'Export PDF' }))).path());
  expect(text).toContain('Episode 2 · ');
  expect(text).not.toContain('Episode 1 · ');
  expect(text).not.toContain('Episode 3 · ');
  expect(text).toContain('2.1');
});

test('an episode lane exports as a PNG at twice its board size, panels off screen included', async ({ page }) => {
  const { doc } = await openChineseBoard(page);
  const board = readBoard(doc);
  const lane = board.shotsByEpisode[board.episodes[0]!.id]!;
  // A magenta stroke on the last panel, which is outside the viewport once zoomed in.
  addStroke(doc, lane[lane.length - 1]!, { tool: 'pen', color: '#ff00aa', width: 0.06, points: [0.1, 0.5, 0.9, 0.5] });
  await openBoardFromDoc(page, doc);
  await new BoardPage(page).waitForCanvas();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: 'Zoom in' }).click();

  await page.getByRole('tab', { name: 'Series' }).click();
  await page.getByRole('button', { name: 'Episode image (PNG)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Episode image' });
  await expect(dialog.getByLabel('Episode')).toHaveValue(board.episodes[0]!.id);
  await settledScreenshot(page, 'export-png-dialog.png');
  const file = await downloadFrom(page, dialog.getByRole('button', { name: 'Export PNG' }));
  expect(file.suggestedFilename()).toBe('末班渡-episode-1.png');
  const png = readFileSync(await file.path());
  await file.saveAs(screenshotPath('episode-lane-2x.png'));
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  const expected = layoutBoard(board, board.meta.aspect).lanes[0]!;
  expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
    width: 2 * (expected.width + 48), height: 2 * (expected.height + 48),
  });
  // The magenta stroke is in the picture: decoded in the page, pixels counted.
  const magenta = await page.evaluate(async (base64) => {
    // Decoded from bytes: the app's policy does not let fetch() read data: URLs.
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! > 220 && data[i + 1]! < 60 && data[i + 2]! > 130 && data[i + 2]! < 210) count++;
    return count;
  }, png.toString('base64'));
  expect(magenta).toBeGreaterThan(500);
});
