import { expect, test } from '@playwright/test';
import * as Y from 'yjs';
import { addStroke, readBoard } from '../src/model';
import { buildBoardFromScript } from '../src/io/script/importScript';
import { parseScript } from '../src/io/script/parseScript';
import { settledScreenshot } from './support/artifacts';
import { BoardPage } from './support/boardPage';
import { openBoardFromDoc, openFirstRun } from './support/fixtures';

// The common Chinese layout: 第X集 headings, 角色：台词 lines, 【特写】 camera notes.
const SCRIPT = `剧名：运河千金
第一集 码头
第1场 货船甲板 日 外
△细雨落在运河上。林玥正在盘缆绳。
周浩：这船是谁的？告诉船主，周家要买了。
林玥：（头也不抬）船主不卖。
他一脚把缆绳踢进河里。
【特写】林玥的手，满是伤疤。
`;

const EDITED = `剧名：运河千金
第一集 码头
第1场 货船甲板 日 外
△细雨落在运河上。林玥正在盘缆绳。
周浩：这船是谁的？告诉船主，周家买定了。
林玥：（头也不抬）船主不卖。
梅姨：住手！
【特写】林玥的手，满是伤疤。
第二集 照片
周浩握着一张旧照片。
`;

test('a Chinese-layout script imports through the file chooser into the shot list', async ({ page }) => {
  await openFirstRun(page);
  await page.getByRole('button', { name: 'All boards' }).click();
  await page.getByLabel('Script (Fountain or Chinese layout) or Beatboard backup file').setInputFiles({
    name: '运河千金.txt', mimeType: 'text/plain', buffer: Buffer.from(SCRIPT),
  });
  const preview = page.getByRole('dialog', { name: 'Import a script' });
  await expect(preview).toContainText('1 episode, 5 shots, 2 characters');
  await preview.getByRole('button', { name: 'Create board' }).click();
  await new BoardPage(page).waitForCanvas();

  await page.getByRole('tab', { name: 'Shot list' }).click();
  const table = page.getByRole('table', { name: 'Shots' });
  await expect(table.getByRole('row')).toHaveCount(1 + 5);
  await expect(table.getByRole('textbox', { name: 'Scene of shot 1.1' })).toHaveValue('第1场 货船甲板 日 外');
  await expect(table.getByRole('textbox', { name: 'Action of shot 1.5' })).toHaveValue('林玥的手，满是伤疤。');
  await expect(table.getByRole('combobox', { name: 'Size of shot 1.5' })).toHaveValue('CU');
  await expect(table.getByRole('row').nth(3)).toContainText('船主不卖。');
});

test('an edited script updates the board in place, keeping its sketch, after the user confirms what goes', async ({ page }) => {
  await openFirstRun(page);
  const doc = new Y.Doc();
  buildBoardFromScript(doc, parseScript(SCRIPT), 'zh-CN');
  const original = readBoard(doc);
  const lane = original.shotsByEpisode[original.episodes[0]!.id]!;
  addStroke(doc, lane[1]!, { tool: 'pen', color: '#222222', width: 0.01, points: [0.1, 0.1, 0.9, 0.9] });
  await openBoardFromDoc(page, doc);
  const board = new BoardPage(page);
  await board.waitForCanvas();

  await page.getByRole('tab', { name: 'Series' }).click();
  const fileInput = page.getByLabel('Edited script file');
  // A file that is not a script: a message, and the board is unchanged.
  await fileInput.setInputFiles({ name: 'cover.txt', mimeType: 'text/plain', buffer: Buffer.from([0x47, 0x49, 0x46, 0x38, 0, 0, 0]) });
  await expect(page.getByRole('alert')).toContainText('cover.txt could not be imported: This file is not a text script.');
  await page.getByRole('button', { name: 'Close' }).first().click();

  await fileInput.setInputFiles({ name: '运河千金-第二稿.txt', mimeType: 'text/plain', buffer: Buffer.from(EDITED) });
  const dialog = page.getByRole('dialog', { name: 'Update the board from a script' });
  await expect(dialog).toContainText('1 shot updated, 2 new shots, 3 unchanged, 1 new episode.');
  await expect(dialog).toContainText('New characters: 梅姨');
  const kicked = dialog.getByRole('checkbox', { name: 'Delete 1.4: 他一脚把缆绳踢进河里。' });
  await expect(kicked).not.toBeChecked();
  await kicked.check();
  await settledScreenshot(page, 'reimport-preview.png');
  await dialog.getByRole('button', { name: 'Update board' }).click();
  const report = page.getByRole('dialog', { name: 'Board updated' });
  await expect(report).toContainText('1 shot deleted.');
  await report.getByRole('button', { name: 'Close' }).first().click();

  const after = await board.snapshot();
  const first = after.shotsByEpisode[after.episodes[0]!.id]!.map((id) => after.shots[id]!);
  expect(first.map((shot) => shot.action || shot.dialogue[0]?.line)).toEqual([
    '细雨落在运河上。林玥正在盘缆绳。', '这船是谁的？告诉船主，周家买定了。', '船主不卖。', '住手！', '林玥的手，满是伤疤。',
  ]);
  // The updated shot is the same shot: its sketch is still there.
  expect(first[1]!.id).toBe(lane[1]);
  expect(first[1]!.strokes).toHaveLength(1);
  expect(after.episodes.map((episode) => episode.title)).toEqual(['码头', '照片']);

  // One undo takes the whole update back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => Object.keys((await board.snapshot()).shots).length).toBe(lane.length);
});
