import { expect, test, type Page } from '@playwright/test';
import { screenshotPath } from './support/artifacts';
import { BoardPage } from './support/boardPage';
import { openLink } from './support/live';
import { AI_KEY_SENTINEL } from './support/sentinel';


const card = (page: Page, number: string) => page.getByRole('article', { name: `Suggestions for shot ${number}` });

test('select two panels, suggest with the offline engine, accept one and undo it; the room sees the cards', async ({ page, browser }) => {
  const created = (await (await page.request.post('/api/boards', { data: { title: 'Suggest Test' } })).json()) as {
    links: Record<string, string>;
  };
  const ana = await openLink(browser, created.links.owner!);
  await ana.topButton('Add shot').click();
  await ana.topButton('Add shot').click();
  const ben = await openLink(browser, created.links.writer!, 'Ben');
  await ben.page.getByRole('tab', { name: 'Suggestions' }).click();

  const [first, second] = [await ana.shotIdAt(1, 1), await ana.shotIdAt(1, 2)];
  await ana.clickPanel(first);
  await ana.clickPanel(second, ['Shift']);
  await ana.page.keyboard.press('s');
  const dialog = ana.page.getByRole('dialog', { name: 'Suggest for 2 shots' });
  await expect(dialog.getByText('From: the offline engine (templates, no AI model)')).toBeVisible();
  await dialog.getByRole('button', { name: 'Suggest' }).click();

  await expect(card(ana.page, '1.1')).toContainText('Ready');
  await expect(card(ana.page, '1.2')).toContainText('Ready');
  await expect(card(ana.page, '1.1')).toContainText('Hook');
  // The co-writer sees the same cards arrive, with who asked.
  await expect(card(ben.page, '1.1')).toContainText('Asked by Guest');
  await ana.page.screenshot({ path: screenshotPath('suggestions.png') });

  await card(ana.page, '1.1').getByRole('button', { name: 'Accept alternative 1 for shot 1.1' }).click();
  await expect.poll(async () => (await ana.snapshot()).shots[first]?.beat.type).toBe('hook');
  await expect(card(ana.page, '1.1')).toContainText('Accepted');
  await expect.poll(async () => (await ben.snapshot()).shots[first]?.beat.type).toBe('hook');

  await ana.page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await ana.snapshot()).shots[first]?.beat.type).toBeNull();
  await expect(card(ana.page, '1.1')).toContainText('Ready');
  await ana.page.getByRole('group', { name: 'What was sent' }).or(ana.page.getByText('What was sent')).first().click();
  await expect(ana.page.locator('.suggestions__sent pre')).toContainText('"selected": true');
});

test('the server’s API key never reaches the browser', async ({ page }) => {
  await page.goto('/');
  const assets = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLScriptElement | HTMLLinkElement>('script[src], link[href]')].map((el) =>
      'src' in el && el.src ? el.src : (el as HTMLLinkElement).href,
    ),
  );
  expect(assets.length).toBeGreaterThan(0);
  const bodies = await Promise.all([...assets, '/', '/api/ai'].map(async (url) => (await page.request.get(url)).text()));
  for (const body of bodies) expect(body).not.toContain(AI_KEY_SENTINEL);
  // Lazily loaded chunks too: every script the built client can load.
  const chunks = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.js')));
  for (const chunk of chunks) expect(await (await page.request.get(chunk)).text()).not.toContain(AI_KEY_SENTINEL);
});

test('a suggestion with dialogue says which of the shot’s lines accepting it replaces', async ({ page }) => {
  const board = new BoardPage(page);
  await board.openDemo();
  const shotId = await board.shotIdAt(1, 3);
  const spoken = (await board.snapshot()).shots[shotId]!.dialogue.filter((line) => line.line.trim() !== '');
  expect(spoken.length).toBeGreaterThan(0);
  await board.clickPanel(shotId);
  await page.keyboard.press('s');
  await page.getByRole('dialog', { name: /^Suggest for/ }).getByRole('button', { name: 'Suggest' }).click();
  await expect(card(page, '1.3')).toContainText('Ready');
  await expect(card(page, '1.3').locator('.suggestion__replaces')).toContainText(`Accepting replaces the line in the shot now: Zhou Hao: ${spoken[0]!.line}`);
  await page.screenshot({ path: screenshotPath('suggestions-replaces.png') });
});
