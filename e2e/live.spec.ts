import { expect, test, type Page, type Request } from '@playwright/test';
import { screenshotPath } from './support/artifacts';
import { BoardPage } from './support/boardPage';
import { colourShare, makePng, sketchEditor } from './support/fixtures';
import { createServerBoard, nameYourself, openLink } from './support/live';

// Live co-editing through the real sync server: each browser context is one person.

const syncStatus = (page: Page) => page.getByRole('status').filter({ hasText: /Live|Connecting|Reconnecting|Offline|refused|browser/ });

test('two people on one board see each other’s edits within a second', async ({ page, browser }) => {
  const created = await createServerBoard(page, 'Harbour Vows');
  const ana = await openLink(browser, created.links.owner);
  const ben = await openLink(browser, created.links.writer, 'Ben');
  for (const person of [ana, ben]) {
    await expect(person.page.getByRole('heading', { name: 'Harbour Vows', level: 1 })).toBeVisible();
    await expect(syncStatus(person.page)).toContainText('Live');
  }
  // The address bar no longer carries the token once the link is stored.
  await expect(ben.page).toHaveURL(new RegExp(`#/board/${created.id}$`));

  await ana.topButton('Add shot').click();
  await expect(ben.shot('1.1')).toHaveCount(1, { timeout: 1_000 });

  await ben.shot('1.1').focus();
  await ben.page.keyboard.press('Enter');
  await ben.page.keyboard.press('Escape');
  const shotId = await ben.shotIdAt(1, 1);
  await ben.clickPanel(shotId);
  await ben.inspector().getByLabel('Scene').fill('EXT. HARBOUR - NIGHT');
  await expect.poll(async () => (await ana.snapshot()).shots[shotId]?.scene, { timeout: 1_000 }).toBe('EXT. HARBOUR - NIGHT');
  await expect(syncStatus(ben.page)).toContainText('All changes saved');
  await ben.page.screenshot({ path: screenshotPath('live-two-people.png') });
});

test('a viewer link cannot edit, and says so instead of failing', async ({ page, browser }) => {
  const created = await createServerBoard(page, 'Viewer Test');
  const owner = await openLink(browser, created.links.owner);
  await owner.topButton('Add shot').click();
  const viewer = await openLink(browser, created.links.viewer, 'Vic');
  await expect(viewer.shot('1.1')).toHaveCount(1);
  await expect(viewer.page.getByRole('note', { name: 'Viewer · view only' })).toHaveText('Viewer');
  await expect(viewer.topButton('Add shot')).toBeDisabled();
  await expect(viewer.topButton('Add episode')).toBeDisabled();
  await expect(viewer.page.getByRole('button', { name: 'Share' })).toHaveCount(0);

  const shotId = await viewer.shotIdAt(1, 1);
  await viewer.clickPanel(shotId);
  const scene = viewer.inspector().getByLabel('Scene');
  await expect(scene).toBeDisabled();
  // Shortcuts that would edit do nothing: no new shot, no error notice.
  await viewer.page.keyboard.press('n');
  await viewer.page.keyboard.press('Delete');
  // A shortcut a viewer may use, pressed after them: once its sheet shows, the keys before it
  // have been handled too.
  await viewer.page.keyboard.press('?');
  await expect(viewer.page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await viewer.page.keyboard.press('Escape');
  expect((await viewer.snapshot()).shotsByEpisode[(await viewer.snapshot()).episodes[0]!.id]).toHaveLength(1);
  expect((await owner.snapshot()).shots[shotId]).toBeDefined();
  await expect(viewer.page.getByRole('alert')).toHaveCount(0);
  await viewer.page.screenshot({ path: screenshotPath('live-viewer.png') });
});

test('the owner shares links per role, and a revoked link stops working with a clear message', async ({ page, browser }) => {
  const created = await createServerBoard(page, 'Share Test');
  const owner = await openLink(browser, created.links.owner);
  // Someone already working with the writer link, in review mode.
  await owner.topButton('Add shot').click();
  const open = await openLink(browser, created.links.writer!, 'Olu');
  await expect(open.shot('1.1')).toHaveCount(1);
  await open.topButton('Review').click();
  await expect(open.page.getByRole('dialog', { name: /^Review shot/ })).toBeVisible();
  await owner.page.getByRole('button', { name: 'Share' }).click();
  const dialog = owner.page.getByRole('dialog', { name: 'Share this board' });
  for (const role of ['Writer', 'Director', 'Viewer']) {
    await expect(dialog.getByRole('textbox', { name: new RegExp(`^Link for ${role}`) })).toHaveValue(new RegExp(`#/board/${created.id}\\?token=`));
  }
  const oldWriterLink = created.links.writer;
  await owner.page.screenshot({ path: screenshotPath('live-share-dialog.png') });
  await dialog.getByRole('button', { name: 'Revoke and reissue: Link for Writer' }).click();
  await owner.page.getByRole('dialog', { name: 'Revoke and reissue' }).getByRole('button', { name: 'Revoke and reissue' }).click();
  await expect(dialog.getByText('Old Writer links no longer work')).toBeVisible();
  // Their page says so across the board, and review mode closes: nothing they do reaches anyone.
  await expect(open.page.getByRole('alert')).toContainText('This link no longer works', { timeout: 5_000 });
  await expect(open.page.getByRole('dialog', { name: /^Review shot/ })).toHaveCount(0);
  await expect(open.page.getByRole('status', { name: 'Link refused' })).toBeVisible();
  await open.page.screenshot({ path: screenshotPath('live-link-revoked-while-open.png') });
  const newWriterLink = await dialog.getByRole('textbox', { name: /^Link for Writer/ }).inputValue();
  expect(newWriterLink).not.toBe(oldWriterLink);

  const context = await browser.newContext();
  const late = await context.newPage();
  await late.goto(oldWriterLink.replace(/^https?:\/\/[^/]+/, ''));
  await expect(late.getByRole('alert')).toContainText('refused this link');
  await expect(late.getByRole('button', { name: 'Back to all boards' })).toBeVisible();
  await late.screenshot({ path: screenshotPath('live-link-refused.png') });

  const writer = await openLink(browser, newWriterLink, 'Wen');
  await expect(writer.page.getByRole('heading', { name: 'Share Test', level: 1 })).toBeVisible();
});

test('people see who is here, each other’s cursors and selections, can follow a view, and leave at once', async ({ page, browser }) => {
  const created = await createServerBoard(page, 'Presence');
  const ana = await openLink(browser, created.links.owner);
  await ana.topButton('Add shot').click();
  await ana.page.getByRole('button', { name: /^You: Guest \d+/ }).click();
  await nameYourself(ana.page, 'Ana');
  const ben = await openLink(browser, created.links.writer, 'Ben');

  await expect(ana.page.getByRole('button', { name: 'Follow Ben' })).toBeVisible();
  await expect(ben.page.getByRole('button', { name: 'Follow Ana' })).toBeVisible();
  await expect(ben.page.getByRole('button', { name: 'You: Ben. Change your name or colour' })).toBeVisible();

  // Ana points at her shot and selects it; Ben sees the cursor and the selection within a second.
  const shotId = await ana.shotIdAt(1, 1);
  await ana.clickPanel(shotId);
  const rect = await ana.panelRect(shotId);
  await ana.page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
  const anaSeenByBen = () =>
    ben.page.evaluate(() => window.beatboardAutomation!.peers().find((peer) => peer.user.name === 'Ana') ?? null);
  await expect.poll(async () => (await anaSeenByBen())?.selection, { timeout: 1_000 }).toEqual([shotId]);
  await expect.poll(async () => (await anaSeenByBen())?.cursor !== null, { timeout: 1_000 }).toBe(true);
  await ben.page.screenshot({ path: screenshotPath('live-presence.png') });

  // Ben follows Ana: her zoom becomes his view, until he moves himself.
  await ben.page.getByRole('button', { name: 'Follow Ana' }).click();
  await expect(ben.page.getByText('Following Ana')).toBeVisible();
  await ana.page.getByRole('button', { name: 'Zoom in' }).click();
  const anaScale = await ana.page.evaluate(() => window.beatboardAutomation!.camera()!.scale);
  await expect.poll(() => ben.page.evaluate(() => window.beatboardAutomation!.camera()!.scale)).toBe(anaScale);
  await ben.page.getByRole('button', { name: 'Stop' }).click();
  await expect(ben.page.getByText('Following Ana')).toBeHidden();

  await ben.page.close();
  await expect(ana.page.getByRole('button', { name: 'Follow Ben' })).toBeHidden({ timeout: 1_500 });
});

test('two writers typing in the same dialogue line merge character by character', async ({ page, browser }) => {
  const created = await createServerBoard(page, 'Typing');
  const ana = await openLink(browser, created.links.owner);
  await ana.topButton('Add shot').click();
  const shotId = await ana.shotIdAt(1, 1);
  await ana.clickPanel(shotId);
  await ana.inspector().getByRole('button', { name: 'Add line' }).click();
  const ben = await openLink(browser, created.links.writer, 'Ben');
  await ben.clickPanel(shotId);
  const lineOf = (person: BoardPage) => person.inspector().getByRole('textbox', { name: 'Dialogue line 1' });
  await lineOf(ana).fill('We meet at dawn.');
  await expect(lineOf(ben)).toHaveValue('We meet at dawn.');

  // Ana types at the start, Ben at the end, at the same time.
  await lineOf(ana).focus();
  await ana.page.keyboard.press('Home');
  await lineOf(ben).focus();
  await ben.page.keyboard.press('End');
  await Promise.all([
    ana.page.keyboard.type('So ', { delay: 60 }),
    ben.page.keyboard.type(' Bring the key.', { delay: 40 }),
  ]);
  const merged = 'So We meet at dawn. Bring the key.';
  await expect(lineOf(ana)).toHaveValue(merged);
  await expect(lineOf(ben)).toHaveValue(merged);
});

test('a reference image one writer adds shows up for the other at once', async ({ page, browser }) => {
  // Three browsers, the sketch editor and an image upload: on two busy cores this takes most
  // of the default minute before anything is wrong.
  test.slow();
  const created = await createServerBoard(page, 'Pictures');
  const ana = await openLink(browser, created.links.owner);
  await ana.topButton('Add shot').click();
  const ben = await openLink(browser, created.links.writer, 'Ben');
  const shotId = await ana.shotIdAt(1, 1);
  await expect(ben.shot('1.1')).toHaveCount(1);
  // Every HTTP request either page makes from here on, to check where the token goes.
  const requests: Request[] = [];
  for (const person of [ana, ben]) person.page.on('request', (request) => requests.push(request));

  await ana.clickPanel(shotId);
  await ana.page.keyboard.press('Enter');
  const editor = sketchEditor(ana.page, '1.1');
  const magenta = [230, 20, 200] as const;
  await editor.getByLabel('Reference image file').setInputFiles({ name: 'ref.png', mimeType: 'image/png', buffer: makePng(64, 64, [magenta, magenta]) });
  await expect.poll(async () => (await ana.snapshot()).shots[shotId]?.imageAssetId).not.toBeNull();
  await ana.page.keyboard.press('Escape');

  // Ben never had the image: his browser fetches it from the server with his link's token.
  await expect.poll(async () => (await ben.snapshot()).shots[shotId]?.imageAssetId).not.toBeNull();
  await expect.poll(() => colourShare(ben.page, ben.shot('1.1'), magenta), { timeout: 5_000 }).toBeGreaterThan(0.2);

  // The token travels in the Authorization header, never in an image URL (logs, Referer).
  const assetRequests = requests.filter((request) => new URL(request.url()).pathname.startsWith(`/api/boards/${created.id}/assets/`));
  expect(assetRequests.map((request) => request.method()).sort()).toEqual(['GET', 'PUT']);
  for (const request of assetRequests) {
    expect(request.url()).not.toContain('token=');
    expect((await request.allHeaders()).authorization).toMatch(/^Bearer \S+$/);
  }
  expect(requests.map((request) => request.url()).filter((url) => url.includes('token='))).toEqual([]);
});
