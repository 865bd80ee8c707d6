import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { downloadFrom, screenshotPath } from './support/artifacts';
import { BoardPage } from './support/boardPage';
import { openFirstRun } from './support/fixtures';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/io/script/testing/fixtures');

test('a Fountain script imports through the file chooser after a preview; a bad file is refused', async ({ page }) => {
  await openFirstRun(page);
  await page.getByRole('button', { name: 'All boards' }).click();
  const fileInput = page.getByLabel('Script (Fountain or Chinese layout) or Beatboard backup file');

  // A binary file: a clear message, and no board is made.
  // Only the demo board so far; counted once the list has loaded.
  const boardsBefore = 1;
  await expect(page.getByRole('article')).toHaveCount(boardsBefore);
  await fileInput.setInputFiles({ name: 'photo.fountain', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) });
  await expect(page.getByRole('alert')).toContainText('photo.fountain could not be imported: This file is not a text script.');
  await page.getByRole('button', { name: 'Close' }).first().click();
  await expect(page.getByRole('article')).toHaveCount(boardsBefore);

  // A script over 5 MB: a message naming the limit, and no board is made.
  await fileInput.setInputFiles({ name: 'epic.fountain', mimeType: 'text/plain', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a') });
  await expect(page.getByRole('alert')).toContainText('epic.fountain is larger than 5 MB, the most a script can be.');
  await page.getByRole('button', { name: 'Close' }).first().click();
  await expect(page.getByRole('article')).toHaveCount(boardsBefore);

  await fileInput.setInputFiles(path.join(fixtures, 'last-ferry.zh.fountain'));
  const preview = page.getByRole('dialog', { name: 'Import a script' });
  await expect(preview).toContainText('末班渡');
  await expect(preview).toContainText('2 episodes, 11 shots, 3 characters');
  await expect(preview).toContainText('Logline竖屏短剧测试剧本。');
  await expect(preview.getByRole('list', { name: 'Characters' }).getByRole('listitem')).toHaveText(['顾辰', '许晴', '老白']);
  await page.screenshot({ path: screenshotPath('import-preview.png') });
  await preview.getByRole('button', { name: 'Create board' }).click();

  const board = new BoardPage(page);
  await board.waitForCanvas();
  await expect(page.getByRole('heading', { name: '末班渡', level: 1 })).toBeVisible();
  const snapshot = await board.snapshot();
  expect(snapshot.meta.language).toBe('zh-CN');
  const lane = snapshot.shotsByEpisode[snapshot.episodes[0]!.id]!;
  const lines = lane.flatMap((id) => snapshot.shots[id]!.dialogue.map((line) => line.line));
  expect(lines).toContain('江不停，船就不停。');
  expect(readFileSync(path.join(fixtures, 'last-ferry.zh.fountain'), 'utf8')).toContain('江不停，船就不停。');

  // Exports from the series tab: the Fountain script re-imports to the same lines, the CSV has a row per shot.
  await page.getByRole('tab', { name: 'Series' }).click();
  const script = readFileSync(await (await downloadFrom(page, page.getByRole('button', { name: 'Fountain script' }))).path(), 'utf8');
  expect(script).toContain('Title: 末班渡');
  expect(script).toContain('@许晴\n(盯着江面)\n江不停，船就不停。');
  const csvFile = await downloadFrom(page, page.getByRole('button', { name: 'Shot list (CSV)' }));
  expect(csvFile.suggestedFilename()).toBe('末班渡-shot-list.csv');
  const csv = readFileSync(await csvFile.path(), 'utf8');
  expect(csv.startsWith('\ufeff')).toBe(true);
  const allShots = snapshot.episodes.reduce((sum, episode) => sum + snapshot.shotsByEpisode[episode.id]!.length, 0);
  expect(csv.trim().split('\r\n')).toHaveLength(1 + allShots);

  // A backup of both docs restores as a new board, identical to the first.
  const backupPath = await (await downloadFrom(page, page.getByRole('button', { name: 'Backup (JSON)' }))).path();
  const original = await board.snapshot();
  await page.getByRole('button', { name: 'All boards' }).click();
  await page.getByLabel('Script (Fountain or Chinese layout) or Beatboard backup file').setInputFiles({
    name: 'canal-backup.json', mimeType: 'application/json', buffer: readFileSync(backupPath),
  });
  await page.getByRole('dialog', { name: 'Restore a backup' }).getByRole('button', { name: 'Restore as a new board' }).click();
  await board.waitForCanvas();
  await expect.poll(async () => JSON.stringify(await board.snapshot())).toBe(JSON.stringify(original));
  // A JSON file from another program: a message, and nothing new.
  await page.getByRole('button', { name: 'All boards' }).click();
  // The demo, the imported board and its restored copy, once the list has loaded.
  const count = 3;
  await expect(page.getByRole('article')).toHaveCount(count);
  await page.getByLabel('Script (Fountain or Chinese layout) or Beatboard backup file').setInputFiles({
    name: 'diagram.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ nodes: [], edges: [] })),
  });
  await expect(page.getByRole('dialog', { name: 'Restore a backup' }).getByRole('alert')).toContainText('diagram.json could not be imported: This JSON file is not a Beatboard backup');
  await page.getByRole('button', { name: 'Close' }).first().click();
  await expect(page.getByRole('article')).toHaveCount(count);
});

test('a script dropped on the home screen opens the same preview', async ({ page }) => {
  await openFirstRun(page);
  await page.getByRole('button', { name: 'All boards' }).click();
  await expect(page.getByRole('article')).toHaveCount(1);
  const text = readFileSync(path.join(fixtures, 'last-ferry.fountain'), 'utf8');
  const dataTransfer = await page.evaluateHandle((script) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([script], 'last-ferry.fountain', { type: 'text/plain' }));
    return transfer;
  }, text);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await expect(page.getByText('Drop a script or a backup to import it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.getByText('Drop a script or a backup to import it')).toBeHidden();
  const preview = page.getByRole('dialog', { name: 'Import a script' });
  await expect(preview).toContainText('The Last Ferry');
  await expect(preview).toContainText('3 episodes');
  await preview.getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByRole('heading', { name: 'The Last Ferry', level: 1 })).toBeVisible();
});

test('a script without a title page makes a board named after its file', async ({ page }) => {
  await openFirstRun(page);
  await page.getByRole('button', { name: 'All boards' }).click();
  const script = '第1集 相遇\n\n1-1 夜 外 码头\n\n△ 雨夜。苏晚站在码头边。\n\n顾沉：你就是苏家二小姐？\n';
  await page.getByLabel('Script (Fountain or Chinese layout) or Beatboard backup file').setInputFiles({
    name: '雨夜契约.txt', mimeType: 'text/plain', buffer: Buffer.from(script),
  });
  const preview = page.getByRole('dialog', { name: 'Import a script' });
  await expect(preview.locator('.importer__title')).toHaveText('雨夜契约');
  await preview.getByRole('button', { name: 'Create board' }).click();
  await expect(page.getByRole('heading', { name: '雨夜契约', level: 1 })).toBeVisible();
});
