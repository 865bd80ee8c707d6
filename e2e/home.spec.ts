import { expect, test, type Page } from '@playwright/test';
import { DEMO_TITLE, openBoard, openFirstRun } from './support/fixtures';

// The home screen: the boards kept in this browser. Every test starts in a fresh browser
// context, which is a first run: the app creates the demo series and opens it.

/** The card of one board in the home screen's list, found by its title. */
function boardCard(page: Page, title: string) {
  return page.getByRole('list', { name: 'Boards' }).getByRole('article', { name: title, exact: true });
}

function boardCards(page: Page) {
  return page.getByRole('list', { name: 'Boards' }).getByRole('article');
}

async function goHome(page: Page) {
  await page.getByRole('button', { name: 'All boards' }).click();
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Boards' })).toBeVisible();
}

test('a first run opens the demo series, and All boards lists it with its counts', async ({ page }) => {
  await openFirstRun(page);
  await expect(page.getByRole('heading', { level: 1, name: DEMO_TITLE })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Shots on canvas' }).getByRole('button', { name: /^Shot 1\.1, / })).toBeVisible();
  const demo = await openBoard(page);
  expect(demo.meta.title).toBe(DEMO_TITLE);
  expect(demo.episodes).toHaveLength(3);
  const shotCount = Object.keys(demo.shots).length;
  expect(shotCount).toBeGreaterThan(20);

  await goHome(page);
  // Back home, no board is open any more.
  expect(await page.evaluate(() => window.beatboardAutomation?.openBoard() ?? null)).toBeNull();
  await expect(boardCards(page)).toHaveCount(1);
  const card = boardCard(page, DEMO_TITLE);
  await expect(card).toContainText(`3 episodes · ${shotCount} shots`);
  await expect(card).toContainText('Edited just now');

  // The card's title opens the board again.
  await card.getByRole('button', { name: DEMO_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: DEMO_TITLE })).toBeVisible();
  await expect(page).toHaveURL(/#\/board\/[^/]+$/);
});

test('boards are created, renamed, duplicated and deleted, and the list survives a reload', async ({ page }) => {
  await openFirstRun(page);
  await goHome(page);

  // New board asks for a title, and refuses an empty one.
  await page.getByRole('button', { name: 'New board' }).click();
  const create = page.getByRole('dialog', { name: 'New board' });
  const title = create.getByRole('textbox', { name: 'Title' });
  await expect(title).toHaveValue('Untitled series');
  await title.fill('   ');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create.getByRole('alert')).toHaveText('Give the board a title.');
  await title.fill('Night Ferry');
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create).toBeHidden();

  // ...and opens it: its meta and one empty episode.
  await expect(page.getByRole('heading', { level: 1, name: 'Night Ferry' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add shot to episode 1' })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Add shot to episode 2' })).toHaveCount(0);
  const created = await openBoard(page);
  expect(created.meta.title).toBe('Night Ferry');
  expect(created.episodes).toHaveLength(1);
  expect(Object.keys(created.shots)).toHaveLength(0);

  await goHome(page);
  await expect(boardCards(page)).toHaveCount(2);
  await expect(boardCard(page, 'Night Ferry')).toContainText('1 episode · 0 shots');

  // Rename.
  await page.getByRole('button', { name: 'Rename Night Ferry' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename board' });
  await expect(rename.getByRole('textbox', { name: 'Title' })).toHaveValue('Night Ferry');
  await rename.getByRole('textbox', { name: 'Title' }).fill('Night Ferry Redux');
  await rename.getByRole('button', { name: 'Rename', exact: true }).click();
  await expect(rename).toBeHidden();
  await expect(boardCard(page, 'Night Ferry Redux')).toBeVisible();
  await expect(boardCard(page, 'Night Ferry')).toHaveCount(0);

  // Duplicate: a "(copy)" with the same counts appears beside the original.
  const demoCounts = (await boardCard(page, DEMO_TITLE).getByText(/^\d+ episodes? · \d+ shots?$/).textContent()) ?? '';
  expect(demoCounts).toMatch(/^3 episodes · \d+ shots$/);
  await page.getByRole('button', { name: `Duplicate ${DEMO_TITLE}` }).click();
  await expect(page.getByText(`Made a copy of “${DEMO_TITLE}”.`)).toBeVisible();
  const copy = boardCard(page, `${DEMO_TITLE} (copy)`);
  await expect(copy).toBeVisible();
  await expect(copy).toContainText(demoCounts);
  await expect(boardCard(page, DEMO_TITLE)).toBeVisible();
  await expect(boardCards(page)).toHaveCount(3);

  // Delete asks first: Cancel keeps the board...
  await page.getByRole('button', { name: 'Delete Night Ferry Redux' }).click();
  let confirm = page.getByRole('dialog', { name: 'Delete board?' });
  await expect(confirm).toContainText('“Night Ferry Redux” and everything on it will be deleted from this browser.');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(boardCard(page, 'Night Ferry Redux')).toBeVisible();
  await expect(boardCards(page)).toHaveCount(3);

  // ...and confirming removes it.
  await page.getByRole('button', { name: 'Delete Night Ferry Redux' }).click();
  confirm = page.getByRole('dialog', { name: 'Delete board?' });
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('Deleted “Night Ferry Redux”.')).toBeVisible();
  await expect(boardCard(page, 'Night Ferry Redux')).toHaveCount(0);
  await expect(boardCards(page)).toHaveCount(2);

  // A reload shows the list as it was left (and does not seed the demo again).
  await page.reload();
  await expect(page).toHaveURL(/#\/$/);
  await expect(boardCards(page)).toHaveCount(2);
  await expect(boardCard(page, DEMO_TITLE)).toContainText(demoCounts);
  await expect(boardCard(page, `${DEMO_TITLE} (copy)`)).toContainText(demoCounts);
  await expect(boardCard(page, 'Night Ferry Redux')).toHaveCount(0);

  // The copy is a whole board of its own.
  await boardCard(page, `${DEMO_TITLE} (copy)`).getByRole('button', { name: `${DEMO_TITLE} (copy)`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${DEMO_TITLE} (copy)` })).toBeVisible();
  await expect.poll(async () => (await openBoard(page).catch(() => null))?.meta.title).toBe(`${DEMO_TITLE} (copy)`);
  const copied = await openBoard(page);
  expect(copied.episodes).toHaveLength(3);
  expect(`3 episodes · ${Object.keys(copied.shots).length} shots`).toBe(demoCounts);
});

test('a link to a board this browser does not have says so and leads home', async ({ page }) => {
  await page.goto('/#/board/not-a-board');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('This board could not be opened');
  await expect(alert).toContainText('This board is not in this browser');
  await alert.getByRole('button', { name: 'Back to all boards' }).click();
  await expect(page.getByRole('heading', { name: 'Boards' })).toBeVisible();
  // A first visit that began at a link: the demo is made once this person comes home (not
  // while the linked board opens), and listed there, not opened for them.
  await expect(boardCard(page, DEMO_TITLE)).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page).not.toHaveURL(/#\/board\//);
});
