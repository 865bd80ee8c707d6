import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { loadConfig } from '../server/config';
import { startServer, type RunningServer } from '../server/http/listen';
import { startScaleOutServices, type ScaleOutServices } from '../server/testing/scaleOutServices';
import { settledScreenshot } from './support/artifacts';
import { createServerBoard, openLink } from './support/live';

// A server in scale-out mode on a real PostgreSQL and Redis of its own, so the database can be
// stopped under a writer: the pill must say so, and nothing typed meanwhile may be lost.

let services: ScaleOutServices;
let server: RunningServer;
let dataDir: string;

test.beforeAll(async () => {
  services = await startScaleOutServices();
  dataDir = mkdtempSync(path.join(tmpdir(), 'beatboard-scale-out-e2e-'));
  server = await startServer(loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dataDir,
    BEATBOARD_CLIENT_DIR: process.env.BEATBOARD_CLIENT_DIR,
    BEATBOARD_AI_PROVIDER: 'offline',
    ...(await services.settings()),
  }));
});

test.afterAll(async () => {
  await server?.close();
  await services?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('while the database is down the pill says the server cannot save, and the change arrives once it is back', async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({ baseURL: server.url });
  const created = await createServerBoard(await context.newPage(), 'Database outage');
  const writer = await openLink(browser, created.links.owner, undefined, server.url);
  const pill = writer.page.getByRole('status', { name: /^Sync status/ });
  await expect(pill).toContainText('All changes saved');
  await writer.topButton('Add shot').click();
  const action = writer.page.getByRole('complementary', { name: 'Side panel' }).getByRole('textbox', { name: 'Action' });

  await services.postgres.stop();
  try {
    await action.fill('Written while the database was down.');
    await action.blur();
    await expect(pill).toContainText('Server cannot save', { timeout: 20_000 });
    await expect(pill).toHaveAttribute('title', /Your changes are kept in this browser and sent once it can; nothing is lost/);
    await settledScreenshot(writer.page, 'scale-out-database-down.png');
  } finally {
    await services.postgres.start();
  }

  // The browser sends the change again once the server can store it, and says so.
  await expect(pill).toContainText('All changes saved', { timeout: 30_000 });
  await expect(pill).toContainText('Live');
  const viewer = await openLink(browser, created.links.viewer, 'Vic', server.url);
  await expect.poll(async () => Object.values((await viewer.snapshot()).shots).map((shot) => shot.action)).toContain('Written while the database was down.');
});
