import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { downloadFrom, screenshotPath } from './support/artifacts';
import { BoardPage } from './support/boardPage';
import { drawOn, openSketch } from './support/fixtures';
import { createServerBoard, openLink, type ServerBoard } from './support/live';

// Version history on a live board: naming a version, restoring part of it for the whole room,
// taking the restore back with Ctrl+Z, and what a read-only role sees.

const episodeIds = async (person: BoardPage) => (await person.snapshot()).episodes.map((episode) => episode.id);

async function openHistory(page: Page, tab = 'History') {
  await page.getByRole('tab', { name: tab }).click();
  return page.getByRole('tabpanel', { name: tab });
}

/** A version made through the server API with the owner's token, as the History tab would. */
async function nameOnServer(page: Page, board: ServerBoard, name: string) {
  const response = await page.request.post(`/api/boards/${board.id}/versions`, {
    headers: { Authorization: `Bearer ${board.tokens.owner}` },
    data: { name, author: { name: 'Ana', color: '#0f766e' } },
  });
  expect(response.status()).toBe(201);
}

/** Waits for the element's own animations (a dialog fading in), not for the rest of the page's. */
async function settled(locator: Locator) {
  await locator.evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
}

const shotCount = async (person: BoardPage) => Object.keys((await person.snapshot()).shots).length;

/** Two episodes with a shot each: 1.1 and 2.1. */
async function buildTwoEpisodes(owner: BoardPage, labels = { addShot: 'Add shot', addEpisode: 'Add episode' }) {
  await owner.topButton(labels.addShot).click();
  await expect.poll(() => shotCount(owner)).toBe(1);
  await owner.topButton(labels.addEpisode).click();
  await owner.page.keyboard.press('Escape');
  await owner.topButton(labels.addShot).click();
  await expect.poll(async () => (await owner.snapshot()).shotsByEpisode[(await episodeIds(owner))[1]]?.length).toBe(1);
}

test('a named version brings a deleted episode back for the room, and the restorer’s Ctrl+Z takes it back', async ({ page, browser }) => {
  const created = await createServerBoard(page, 'Harbour History');
  const ana = await openLink(browser, created.links.owner);
  const ben = await openLink(browser, created.links.writer, 'Ben');
  await buildTwoEpisodes(ana);
  const [, second] = await episodeIds(ana);
  await expect.poll(() => episodeIds(ben)).toContain(second);

  // Ana names the board as it is.
  const history = await openHistory(ana.page);
  await history.getByRole('button', { name: 'Name this version…' }).click();
  const nameDialog = ana.page.getByRole('dialog', { name: 'Name this version' });
  await nameDialog.getByLabel('Name').fill('Before cuts');
  await nameDialog.getByRole('button', { name: 'Save version' }).click();
  await expect(nameDialog).toBeHidden();
  const named = history.getByRole('listitem', { name: 'Before cuts' });
  await expect(named).toBeVisible();
  await expect(named).toContainText('+2 shots');

  // Then changes a sketch and deletes episode 2.
  const editor = await openSketch(ana.page, ana.shot('1.1'), '1.1');
  await drawOn(ana.page, editor.getByRole('img', { name: 'Drawing area for shot 1.1' }), [[0.2, 0.3], [0.5, 0.32], [0.8, 0.3]]);
  const shotId = await ana.shotIdAt(1, 1);
  await expect.poll(async () => (await ana.snapshot()).shots[shotId]?.strokes.length).toBe(1);
  await ana.page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  await ana.page.getByRole('tab', { name: 'Series' }).click();
  await ana.page.getByRole('button', { name: 'Delete episode 2' }).click();
  await ana.page.getByRole('dialog', { name: 'Delete episode 2?' }).getByRole('button', { name: 'Delete episode' }).click();
  await expect.poll(() => episodeIds(ben)).not.toContain(second);

  // Restore only episode 2 from the named version.
  await openHistory(ana.page);
  await named.getByRole('button', { name: 'Restore…' }).click();
  const restore = ana.page.getByRole('dialog', { name: 'Restore from “Before cuts”' });
  await restore.getByRole('radio', { name: /Only chosen episodes/ }).check();
  const episodeTwo = restore.getByRole('checkbox', { name: /deleted since/ });
  await expect(episodeTwo).toHaveCount(1);
  await episodeTwo.check();
  await settled(ana.page.locator('.dialog-backdrop'));
  await ana.page.screenshot({ path: screenshotPath('history-restore-dialog.png') });
  await restore.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(restore).toBeHidden();

  // Ben sees it come back with its shot; Ana's sketch change stays.
  await expect.poll(() => episodeIds(ben)).toContain(second);
  await expect.poll(async () => (await ben.snapshot()).shotsByEpisode[second]?.length).toBe(1);
  expect((await ana.snapshot()).shots[shotId]?.strokes).toHaveLength(1);
  // The board as it was just before is kept as an automatic version.
  await expect(history.getByRole('listitem').first()).toHaveAccessibleName('Before a restore');
  await ana.page.screenshot({ path: screenshotPath('history-restored.png') });

  // Ana's Ctrl+Z takes the restore back, for Ben too.
  await ana.page.getByRole('application', { name: 'Storyboard canvas' }).focus();
  await ana.page.keyboard.press('Control+z');
  await expect.poll(() => episodeIds(ana)).not.toContain(second);
  await expect.poll(() => episodeIds(ben)).not.toContain(second);

  // A writer may restore but not delete; the owner deletes a named version for everyone.
  const benHistory = await openHistory(ben.page);
  await expect(benHistory.getByRole('listitem', { name: 'Before cuts' }).getByRole('button', { name: 'Restore…' })).toBeVisible();
  await expect(benHistory.getByRole('button', { name: 'Delete the version “Before cuts”' })).toHaveCount(0);
  await openHistory(ana.page);
  await history.getByRole('button', { name: 'Delete the version “Before cuts”' }).click();
  await ana.page.getByRole('dialog', { name: 'Delete this version?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(history.getByRole('listitem', { name: 'Before cuts' })).toHaveCount(0);
});

test('a viewer sees the versions and can look at them, but not name or restore them', async ({ page, browser }) => {
  const created = await createServerBoard(page, 'Viewer History');
  const owner = await openLink(browser, created.links.owner);
  await owner.topButton('Add shot').click();
  await expect(owner.shot('1.1')).toHaveCount(1);
  await nameOnServer(page, created, 'First pass');

  const viewer = await openLink(browser, created.links.viewer, 'Vic');
  const history = await openHistory(viewer.page);
  const version = history.getByRole('listitem', { name: 'First pass' });
  await expect(version).toBeVisible();
  await expect(version).toContainText('by Ana');
  await expect(version.getByRole('button', { name: 'Preview' })).toBeEnabled();
  await expect(version.getByRole('button', { name: 'Compare' })).toBeEnabled();
  await expect(version.getByRole('button', { name: 'Restore…' })).toHaveCount(0);
  await expect(version.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
  await expect(history.getByRole('button', { name: 'Name this version…' })).toHaveCount(0);
  await expect(history.getByText('You can look at and compare versions')).toBeVisible();
});

test('restoring a backup into the board and updating from a script each keep the board as it was first', async ({ page, browser }) => {
  const created = await createServerBoard(page, 'Backup History');
  const owner = await openLink(browser, created.links.owner);
  await buildTwoEpisodes(owner);
  await owner.page.getByRole('tab', { name: 'Series' }).click();
  const backup = readFileSync(await (await downloadFrom(owner.page, owner.page.getByRole('button', { name: 'Backup (JSON)' }))).path());

  // A shot more, then the backup from before it, restored into this board.
  await owner.topButton('Add shot').click();
  await expect.poll(() => shotCount(owner)).toBe(3);
  const history = await openHistory(owner.page);
  await history.getByLabel('Backup file (.json)').setInputFiles({ name: 'harbour-backup.json', mimeType: 'application/json', buffer: backup });
  await owner.page.getByRole('dialog', { name: 'Restore the board from a backup' }).getByRole('button', { name: 'Restore' }).click();
  await expect.poll(() => shotCount(owner)).toBe(2);
  await expect(history.getByRole('listitem').first()).toHaveAccessibleName('Before backup restore');

  // An edited script: the board before the update is kept too.
  await owner.page.getByRole('tab', { name: 'Series' }).click();
  await owner.page.getByLabel('Edited script file').setInputFiles({
    name: 'harbour.fountain', mimeType: 'text/plain', buffer: Buffer.from('Title: Backup History\n\n# Episode 1\n\nEXT. DOCK - NIGHT\n\nRain on the water.\n\nA rope slips.\n'),
  });
  await owner.page.getByRole('dialog', { name: 'Update the board from a script' }).getByRole('button', { name: 'Update board' }).click();
  await owner.page.getByRole('dialog', { name: 'Board updated' }).getByRole('button', { name: 'Close' }).first().click();
  await openHistory(owner.page);
  await expect(history.getByRole('listitem').first()).toHaveAccessibleName('Before script update');
});

test('a board only in this browser keeps its versions here, and restores from them', async ({ page }) => {
  // The server cannot be reached: the demo board is made in this browser only.
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  const owner = new BoardPage(page);
  await owner.openDemo();
  await expect(page.getByRole('status').filter({ hasText: 'Only in this browser' })).toBeVisible();
  const before = await shotCount(owner);

  const history = await openHistory(page);
  await expect(history.getByText('This board is only in this browser')).toBeVisible();
  await history.getByRole('button', { name: 'Name this version…' }).click();
  const nameDialog = page.getByRole('dialog', { name: 'Name this version' });
  await nameDialog.getByLabel('Name').fill('Offline draft');
  await nameDialog.getByRole('button', { name: 'Save version' }).click();
  const named = history.getByRole('listitem', { name: 'Offline draft' });
  await expect(named).toContainText(`+${before} shots`);

  await owner.clickPanel(await owner.shotIdAt(1, 1));
  await page.keyboard.press('Delete');
  await expect.poll(() => shotCount(owner)).toBe(before - 1);
  await named.getByRole('button', { name: 'Restore…' }).click();
  const restore = page.getByRole('dialog', { name: 'Restore from “Offline draft”' });
  await expect(restore.getByRole('radio', { name: /The whole board/ })).toBeChecked();
  await restore.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect.poll(() => shotCount(owner)).toBe(before);

  // Both versions are in this browser's storage: they outlive a reload.
  await owner.reload();
  const reloaded = await openHistory(page);
  await expect(reloaded.getByRole('listitem', { name: 'Offline draft' })).toBeVisible();
  await expect(reloaded.getByRole('listitem', { name: 'Before a restore' })).toContainText('−1 shot');
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the History tab lists versions in Chinese', async ({ page }) => {
    const created = await createServerBoard(page, '运河千金');
    // The page of this test is the Chinese browser; the owner needs no name.
    await page.goto(created.links.owner.replace(/^https?:\/\/[^/]+/, ''));
    const owner = new BoardPage(page);
    await owner.waitForCanvas();
    await buildTwoEpisodes(owner, { addShot: '添加镜头', addEpisode: '添加一集' });
    await nameOnServer(page, created, '第一稿');
    const history = await openHistory(owner.page, '历史');
    await history.getByRole('button', { name: '为此版本命名…' }).click();
    const dialog = owner.page.getByRole('dialog', { name: '为此版本命名' });
    await dialog.getByLabel('名称').fill('导演意见之后');
    await dialog.getByRole('button', { name: '保存版本' }).click();
    await expect(history.getByRole('listitem', { name: '导演意见之后' })).toBeVisible();
    await expect(history.getByRole('listitem', { name: '第一稿' })).toContainText('+2 个镜头');
    await settled(history);
    await owner.page.screenshot({ path: screenshotPath('history-panel-zh.png') });
  });
});
