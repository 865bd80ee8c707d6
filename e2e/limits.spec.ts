import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadConfig } from '../server/config';
import { startServer, type RunningServer } from '../server/http/listen';
import { settledScreenshot } from './support/artifacts';
import { makePng, sketchEditor } from './support/fixtures';
import { createServerBoard, openLink } from './support/live';

// The shared e2e server allows boards of 256 MiB; this spec runs a server of its own whose
// boards are full at about a hundred KB, so a writer can reach the limit in seconds.

// Small, so the paste that overflows it stays light: this spec shares two cores with live specs
// that time edits to the second.
const MAX_DOC_BYTES = 120_000;
let server: RunningServer;
let dataDir: string;

test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'beatboard-limits-'));
  server = await startServer(loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    BEATBOARD_CLIENT_DIR: process.env.BEATBOARD_CLIENT_DIR,
    BEATBOARD_AI_PROVIDER: 'offline',
    BEATBOARD_MAX_DOC_BYTES: String(MAX_DOC_BYTES),
    // No room for any image: the first one is refused.
    BEATBOARD_MAX_BOARD_ASSET_BYTES: '1',
  }));
});

test.afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('a writer who fills a board is told it is full, and what was saved before reaches everyone', async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({ baseURL: server.url });
  const created = await createServerBoard(await context.newPage(), 'Full up');
  const writer = await openLink(browser, created.links.owner, undefined, server.url);
  const pill = writer.page.getByRole('status', { name: /^Sync status/ });
  await expect(pill).toContainText('All changes saved');

  // A shot with a line of action, saved on the server.
  await writer.topButton('Add shot').click();
  const action = writer.page.getByRole('complementary', { name: 'Side panel' }).getByRole('textbox', { name: 'Action' });
  await action.fill('She keeps the ledger.');
  await action.blur();
  await expect(pill).toContainText('All changes saved');

  // A paste far larger than the board may grow: the server keeps nothing of it and says why.
  await writer.topButton('Add shot').click();
  await action.fill('The tide turns. '.repeat(MAX_DOC_BYTES / 8));
  await action.blur();
  // The pill names the state alone now: nothing more is saved, so it no longer says "saved".
  const full = writer.page.getByRole('status', { name: 'Board is full' });
  await expect(full).toBeVisible();
  await expect(full).not.toContainText('saved');
  await expect(full).toHaveAttribute('title', /Everything saved before is safe on the server/);
  await settledScreenshot(writer.page, 'board-full.png');

  // Someone else opening the board gets everything saved before the limit.
  const viewer = await openLink(browser, created.links.viewer, 'Vic', server.url);
  const actions = async () => Object.values((await viewer.snapshot()).shots).map((shot) => shot.action);
  await expect.poll(actions).toContain('She keeps the ledger.');
  // The second shot may have arrived, but nothing of the paste that did not fit.
  expect(Math.max(...(await actions()).map((text) => text.length))).toBeLessThan(100);
  // Read-only, so the pill names only the connection.
  await expect(viewer.page.getByRole('status', { name: 'Live' })).toBeVisible();
});

test('an image past the board\'s image quota is refused with a message and not added to the shot', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.url });
  const created = await createServerBoard(await context.newPage(), 'No room for pictures');
  const writer = await openLink(browser, created.links.owner, undefined, server.url);
  await writer.topButton('Add shot').click();
  const shotId = await writer.shotIdAt(1, 1);
  await writer.clickPanel(shotId);
  await writer.page.keyboard.press('Enter');
  const editor = sketchEditor(writer.page, '1.1');
  await editor.getByLabel('Reference image file').setInputFiles({ name: 'ref.png', mimeType: 'image/png', buffer: makePng(64, 64) });
  await expect(editor.getByRole('alert')).toContainText('This board has used all the image space the server allows');
  await settledScreenshot(writer.page, 'image-quota-full.png');
  expect((await writer.snapshot()).shots[shotId]?.imageAssetId).toBeNull();
});
