import { expect, test, type Browser } from '@playwright/test';
import { screenshotPath } from './support/artifacts';
import { BoardPage } from './support/boardPage';

async function openLink(browser: Browser, link: string, name?: string): Promise<BoardPage> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  const board = new BoardPage(page);
  await board.waitForCanvas();
  if (name) {
    const dialog = page.getByRole('dialog', { name: 'Your name on shared boards' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByRole('button', { name: 'Save' }).click();
  }
  return board;
}

test('a director approves and notes a shot live for the writer, who replies; text stays text', async ({ page, browser }) => {
  const created = (await (await page.request.post('/api/boards', { data: { title: 'Review Test' } })).json()) as { links: Record<string, string> };
  const writer = await openLink(browser, created.links.writer!, 'Wen');
  await writer.topButton('Add shot').click();
  await writer.topButton('Add shot').click();
  const director = await openLink(browser, created.links.director!, 'Dee');
  await expect(director.page.getByText('Director · view only')).toBeVisible();
  const shotId = await director.shotIdAt(1, 1);
  await writer.clickPanel(shotId);
  await director.clickPanel(shotId);

  // Writers see approvals but cannot set them; the director can, though the board is read-only to her.
  await expect(writer.page.getByRole('button', { name: 'Approved' })).toBeDisabled();
  await director.page.getByRole('button', { name: 'Approved' }).click();
  await expect(writer.page.getByRole('button', { name: 'Approved' })).toHaveAttribute('aria-pressed', 'true');
  await expect(writer.page.getByText('Set by Dee')).toBeVisible();

  const note = director.page.getByRole('textbox', { name: 'Add a note for this shot' });
  await expect(director.page.getByRole('button', { name: 'Add note' })).toBeDisabled();
  await note.fill('<b>Tighter</b> on her eyes, @Wen');
  await director.page.getByRole('button', { name: 'Add note' }).click();
  const thread = writer.page.getByRole('article', { name: 'Note by Dee' });
  await expect(thread).toContainText('<b>Tighter</b> on her eyes, @Wen');
  await expect(thread.locator('.comment__mention')).toHaveText('@Wen');
  await thread.getByRole('textbox', { name: 'Reply' }).fill('Will redraw.');
  await thread.getByRole('button', { name: 'Reply' }).click();
  const directorThread = director.page.getByRole('article', { name: 'Note by Dee' });
  await expect(directorThread).toContainText('Will redraw.');
  await directorThread.getByRole('button', { name: 'Resolve' }).click();
  await expect(thread).toContainText('Resolved');
  await director.page.screenshot({ path: screenshotPath('review-director.png') });

  // The notes tab lists the thread by filter, leads to its shot, and exports it.
  await writer.page.getByRole('tab', { name: 'Notes' }).click();
  const panel = writer.page.getByRole('tabpanel', { name: 'Notes' });
  await expect(panel.getByText('No notes here.')).toBeVisible();
  await panel.getByRole('button', { name: 'Resolved' }).click();
  await expect(panel.getByRole('button', { name: /Shot 1\.1 · Resolved/ })).toBeVisible();
  const download = writer.page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Review-Test-notes.csv');
  const csv = (await import('node:fs')).readFileSync(await file.path(), 'utf8');
  expect(csv).toContain('<b>Tighter</b> on her eyes, @Wen');
  expect(csv).toContain('1.1,approved,approval,Dee');
  await panel.getByRole('button', { name: /Shot 1\.1 · Resolved/ }).click();
  await expect(writer.page.getByRole('tab', { name: 'Inspector' })).toHaveAttribute('aria-selected', 'true');
  await expect(writer.inspector().getByRole('heading', { name: 'Shot 1.1' })).toBeVisible();
});
