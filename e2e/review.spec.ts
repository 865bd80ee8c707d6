import { expect, test } from '@playwright/test';
import { screenshotPath } from './support/artifacts';
import { openLink } from './support/live';


test('a director approves and notes a shot live for the writer, who replies; text stays text', async ({ page, browser }) => {
  const created = (await (await page.request.post('/api/boards', { data: { title: 'Review Test' } })).json()) as { links: Record<string, string> };
  const writer = await openLink(browser, created.links.writer!, 'Wen');
  await writer.topButton('Add shot').click();
  await writer.topButton('Add shot').click();
  const director = await openLink(browser, created.links.director!, 'Dee');
  await expect(director.page.getByRole('note', { name: 'Director · view only' })).toHaveText('Director');
  const shotId = await director.shotIdAt(1, 1);
  await writer.clickPanel(shotId);
  await director.clickPanel(shotId);

  // Writers see approvals but cannot set them; the director can, though the board is read-only to her.
  await expect(writer.page.getByRole('button', { name: 'Approved', exact: true })).toBeDisabled();
  await director.page.getByRole('button', { name: 'Approved', exact: true }).click();
  await expect(writer.page.getByRole('button', { name: 'Approved', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(writer.page.getByText('Set by Dee')).toBeVisible();
  // The lane's progress, as both read it (drawn on the canvas, listed for screen readers).
  for (const person of [writer, director]) {
    await expect(person.page.getByRole('list', { name: 'Approvals per episode' })).toContainText('Episode 1: 1/2 approved');
  }

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

  // The notes tab counts what is new for this person, lists the thread by filter, leads to
  // its shot, and exports it.
  await expect(writer.page.getByRole('tab', { name: 'Notes (1)' })).toBeVisible();
  await writer.page.getByRole('tab', { name: 'Notes' }).click();
  await expect(writer.page.getByRole('tab', { name: 'Notes', exact: true })).toBeVisible();
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

test('review mode steps with the keyboard, approves with one key, and the red pen reaches the writer', async ({ page, browser }) => {
  const created = (await (await page.request.post('/api/boards', { data: { title: 'Review Mode' } })).json()) as { links: Record<string, string> };
  const writer = await openLink(browser, created.links.writer!, 'Wen');
  for (let i = 0; i < 3; i++) await writer.topButton('Add shot').click();
  const director = await openLink(browser, created.links.director!, 'Dee');
  await expect(director.shot('1.3')).toHaveCount(1);

  await director.page.keyboard.press('r');
  const review = director.page.getByRole('dialog', { name: /^Review shot 1\.1 \(1 of 3\)/ });
  await expect(review).toBeVisible();
  await director.page.keyboard.press('a');
  await director.page.keyboard.press('ArrowRight');
  await expect(director.page.getByRole('dialog', { name: /^Review shot 1\.2/ })).toBeVisible();
  await director.page.keyboard.press('c');
  await director.page.keyboard.press('ArrowRight');
  await director.page.keyboard.press('a');

  const ids = [await writer.shotIdAt(1, 1), await writer.shotIdAt(1, 2), await writer.shotIdAt(1, 3)];
  await expect.poll(async () => {
    const notes = await writer.page.evaluate(() => window.beatboardAutomation!.notes());
    return ids.map((id) => notes?.approvals[id]?.status);
  }).toEqual(['approved', 'changes', 'approved']);
  // The lane's progress is drawn on the canvas; the writer's inspector shows who approved.
  await writer.clickPanel(ids[0]!);
  await expect(writer.page.getByText('Set by Dee')).toBeVisible();

  // The red pen on shot 1.3: a stroke across the frame.
  const dialog = director.page.getByRole('dialog', { name: /^Review shot 1\.3/ });
  await dialog.getByRole('button', { name: 'Red pen' }).click();
  const frame = dialog.getByRole('img', { name: /red-pen marks/ });
  // An unsketched shot says so, rather than showing a blank frame.
  await expect(frame.getByText('No sketch yet')).toBeVisible();
  const box = (await frame.boundingBox())!;
  await director.page.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.3);
  await director.page.mouse.down();
  await director.page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.6, { steps: 6 });
  await director.page.mouse.up();
  await expect(frame).toHaveAttribute('aria-label', 'The shot with 1 red-pen marks');
  const third = await writer.shotIdAt(1, 3);
  await expect.poll(async () => (await writer.page.evaluate(() => window.beatboardAutomation!.notes()))?.marks[third]?.length).toBe(1);
  // A note pinned to a region of the panel.
  await dialog.getByRole('button', { name: 'Pin a region' }).click();
  await director.page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.1);
  await director.page.mouse.down();
  await director.page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.35, { steps: 4 });
  await director.page.mouse.up();
  await expect(dialog.getByText('The next note is pinned to the region you drew.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Add a note for this shot' }).fill('Her face goes here.');
  await dialog.getByRole('button', { name: 'Add note' }).click();
  await expect(dialog.getByText('Region 1')).toBeVisible();
  await expect.poll(async () => {
    const notes = await writer.page.evaluate(() => window.beatboardAutomation!.notes());
    const region = notes?.comments.find((comment) => comment.text === 'Her face goes here.')?.region;
    return region ? [Math.round(region.x * 10), Math.round(region.y * 10), Math.round(region.w * 10), Math.round(region.h * 10)] : null;
  }).toEqual([1, 1, 4, 3]);
  await director.page.screenshot({ path: screenshotPath('review-mode.png') });
  await director.page.keyboard.press('Escape');
  await writer.page.screenshot({ path: screenshotPath('review-writer-canvas.png') });

  // The review state is in each panel's accessible name, and the board filter fades the rest.
  await expect(writer.shot('1.2')).toHaveText(/, Changes requested$/);
  await expect(writer.shot('1.1')).toHaveText(/, Approved$/);

  // The writer's "needs changes" view of the shot list.
  await writer.page.getByRole('tab', { name: 'Shot list' }).click();
  await writer.page.getByLabel('Needs changes only').check();
  await expect(writer.page.getByRole('table').getByRole('row')).toHaveCount(2);
  await expect(writer.page.getByText('1 shot', { exact: false }).first()).toBeVisible();
  // The same filter fades the board's other panels.
  await writer.page.getByRole('tab', { name: 'Board' }).click();
  await writer.waitForCanvas();
  await writer.page.screenshot({ path: screenshotPath('review-needs-changes.png') });
});
