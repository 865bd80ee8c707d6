import { expect, test } from '@playwright/test';
import { screenshotPath } from './support/artifacts';
import { BoardPage } from './support/boardPage';

// The whole path of the foundation issue, as a new user walks it: the demo series, a new
// episode with shots, a sketch, inspector and shot-list edits, a drag reorder, undo, reload.

test('a solo creator storyboards the demo series and finds everything after a reload', async ({ page }) => {
  const board = new BoardPage(page);
  await board.openDemo();
  await expect(page.getByRole('heading', { name: 'The Canal Heiress' })).toBeVisible();
  await expect(board.shot('1.1')).toHaveAccessibleName(/INT\. CARGO BARGE - DECK - DAWN/);
  await page.screenshot({ path: screenshotPath('demo-board.png') });

  // A fourth episode with two shots.
  await board.topButton('Add episode').click();
  await expect.poll(async () => (await board.snapshot()).episodes.length).toBe(4);
  await page.getByRole('button', { name: 'Add shot to episode 4' }).click();
  await expect(board.shot('4.1')).toBeAttached();
  await page.keyboard.press('n');
  await expect(board.shot('4.2')).toBeAttached();

  // Inspector edits on shot 4.1.
  const newShot = await board.shotIdAt(4, 1);
  await board.clickPanel(newShot);
  const inspector = board.inspector();
  await expect(inspector.getByRole('heading', { name: 'Shot 4.1' })).toBeVisible();
  await inspector.getByRole('textbox', { name: 'Scene' }).fill('EXT. LINPING LOCK - NIGHT');
  await inspector.getByRole('combobox', { name: 'Size' }).selectOption('CU');
  await inspector.getByRole('textbox', { name: 'Duration' }).fill('4.5');
  await inspector.getByRole('textbox', { name: 'Duration' }).press('Tab');
  await inspector.getByRole('combobox', { name: 'Beat' }).selectOption({ label: 'Cliffhanger' });
  await inspector.getByRole('combobox', { name: 'Emotion' }).selectOption({ label: 'Fear' });
  await expect
    .poll(async () => {
      const shot = (await board.snapshot()).shots[newShot];
      return [shot.scene, shot.size, shot.durationMs, shot.beat.type, shot.beat.emotion];
    })
    .toEqual(['EXT. LINPING LOCK - NIGHT', 'CU', 4500, 'cliffhanger', 'fear']);

  // A sketch: double-click opens the panel large; one pen stroke.
  const rect = await board.panelRect(newShot);
  await page.mouse.dblclick(rect.x + rect.width / 2, rect.y + rect.height / 3);
  const sketch = page.getByRole('dialog', { name: /Sketch shot 4\.1/ });
  await expect(sketch).toBeVisible();
  const surface = await sketch.locator('canvas').first().boundingBox();
  if (!surface) throw new Error('sketch surface not found');
  await page.mouse.move(surface.x + surface.width * 0.3, surface.y + surface.height * 0.3);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(surface.x + surface.width * (0.3 + i * 0.03), surface.y + surface.height * (0.3 + i * 0.02));
  }
  await page.mouse.up();
  await page.keyboard.press('Escape');
  await expect(sketch).toBeHidden();
  await expect.poll(async () => (await board.snapshot()).shots[newShot].strokes.length).toBe(1);

  // The shot list edits the same shots; the selection survives the switch.
  await page.getByRole('tab', { name: 'Shot list' }).click();
  const table = page.getByRole('table', { name: 'Shots' });
  await expect(table.getByRole('row', { selected: true })).toContainText('4.1');
  await table.getByRole('textbox', { name: 'Scene of shot 1.2' }).fill('INT. CARGO BARGE - DECK - DAWN (RAIN)');
  await table.getByRole('textbox', { name: 'Scene of shot 1.2' }).press('Tab');
  await page.getByRole('tab', { name: 'Board' }).click();
  await expect(board.shot('1.2')).toHaveAccessibleName(/DAWN \(RAIN\)/);

  // Drag shot 1.1 to after shot 1.3 (one write, at drop).
  const [first, second, third] = await Promise.all([1, 2, 3].map((n) => board.shotIdAt(1, n)));
  const from = await board.panelRect(first);
  const target = await board.panelRect(third);
  await board.clickPanel(first);
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 3);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    const x = from.x + from.width / 2 + ((target.x + target.width * 0.9 - (from.x + from.width / 2)) * i) / 12;
    await page.mouse.move(x, from.y + from.height / 3);
  }
  await page.mouse.up();
  await expect.poll(async () => (await board.snapshot()).shotsByEpisode[(await board.snapshot()).episodes[0].id].slice(0, 3))
    .toEqual([second, third, first]);

  // Undo puts it back (only this user's change), redo moves it again, undo once more.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await board.snapshot()).shotsByEpisode[(await board.snapshot()).episodes[0].id].slice(0, 3))
    .toEqual([first, second, third]);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(async () => (await board.snapshot()).shotsByEpisode[(await board.snapshot()).episodes[0].id].slice(0, 3))
    .toEqual([second, third, first]);

  // Everything is still there after a reload.
  await board.reload();
  const after = await board.snapshot();
  expect(after.episodes).toHaveLength(4);
  expect(after.shotsByEpisode[after.episodes[3].id]).toHaveLength(2);
  expect(after.shots[newShot]).toMatchObject({ scene: 'EXT. LINPING LOCK - NIGHT', size: 'CU', durationMs: 4500 });
  expect(after.shots[newShot].strokes).toHaveLength(1);
  expect(after.shots[second].scene).toBe('INT. CARGO BARGE - DECK - DAWN (RAIN)');
  expect(after.shotsByEpisode[after.episodes[0].id].slice(0, 3)).toEqual([second, third, first]);
  await page.screenshot({ path: screenshotPath('after-reload.png') });
});

test('copy, paste, duplicate and delete work from the keyboard, and ? lists the shortcuts', async ({ page }) => {
  const board = new BoardPage(page);
  await board.openDemo();
  const before = await board.snapshot();
  const episode = before.episodes[1].id;
  const count = before.shotsByEpisode[episode].length;
  const [a, b] = before.shotsByEpisode[episode];

  await board.clickPanel(a);
  await board.clickPanel(b, ['Shift']);
  await expect(board.inspector().getByRole('heading', { name: '2 shots selected' })).toBeVisible();
  await board.inspector().getByRole('combobox', { name: 'Size' }).selectOption('ECU');
  await expect.poll(async () => {
    const shots = (await board.snapshot()).shots;
    return [shots[a].size, shots[b].size];
  }).toEqual(['ECU', 'ECU']);

  await page.keyboard.press('Control+d');
  await expect.poll(async () => (await board.snapshot()).shotsByEpisode[episode].length).toBe(count + 2);
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await board.snapshot()).shotsByEpisode[episode].length).toBe(count);
  await board.clickPanel(a);
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect.poll(async () => (await board.snapshot()).shotsByEpisode[episode].length).toBe(count + 1);
  const pasted = (await board.snapshot()).shotsByEpisode[episode][1];
  expect((await board.snapshot()).shots[pasted].scene).toBe(before.shots[a].scene);

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Undo');
  await expect(dialog).toContainText('Zoom to fit');
  await page.screenshot({ path: screenshotPath('shortcuts.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('each shortcut is its own undo step, even in quick succession', async ({ page }) => {
  const board = new BoardPage(page);
  await board.openDemo();
  const before = await board.snapshot();
  const lastEpisode = before.episodes.at(-1)!.id;
  const count = before.shotsByEpisode[lastEpisode].length;
  // Nothing selected: N adds at the end of the last episode; twice, faster than a person types.
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await page.keyboard.press('n');
  await expect.poll(async () => (await board.snapshot()).shotsByEpisode[lastEpisode].length).toBe(count + 2);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await board.snapshot()).shotsByEpisode[lastEpisode].length).toBe(count + 1);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await board.snapshot()).shotsByEpisode[lastEpisode].length).toBe(count);
});
