import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { getShotsMap, initBoard, insertShots } from '../src/model';
import {
  colourShare, makePng, openBoard, openBoardFromDoc, openFirstRun, reloadBoard, shotButton, sketchEditor,
} from './support/fixtures';

// Bad input gets a clear message where it happened, and nothing else is lost: durations typed
// into the inspector, files given to the sketch editor, and a board whose stored records are
// damaged.

function collectCrashes(page: Page): string[] {
  const crashes: string[] = [];
  page.on('pageerror', (error) => crashes.push(error.message));
  return crashes;
}

test('a negative or non-numeric duration is refused with a message and leaves the shot as it was', async ({ page }) => {
  const crashes = collectCrashes(page);
  await openFirstRun(page);
  const panel = shotButton(page, /^Shot 1\.1, /);
  await panel.click();
  await expect(panel).toHaveAttribute('aria-pressed', 'true');
  const shotId = (await panel.getAttribute('data-shot-id'))!;
  const before = (await openBoard(page)).shots[shotId].durationMs;
  expect(before).toBeGreaterThan(0);

  const side = page.getByRole('complementary', { name: 'Side panel' });
  await expect(side.getByRole('heading', { name: 'Shot 1.1' })).toBeVisible();
  const duration = side.getByRole('textbox', { name: 'Duration' });
  await expect(duration).toHaveValue(String(before / 1000));
  const message = side.getByRole('alert').filter({ hasText: 'Duration must be a number of seconds, 0 or more' });

  for (const bad of ['-2', 'abc']) {
    await duration.fill(bad);
    await expect(message).toBeVisible();
    await expect(duration).toHaveAttribute('aria-invalid', 'true');
    // Still refused once the field is left, and the document never saw it.
    await duration.blur();
    await expect(message).toBeVisible();
    await expect(duration).toHaveValue(bad);
    expect((await openBoard(page)).shots[shotId].durationMs).toBe(before);
  }

  await duration.fill('4.5');
  await expect(message).toBeHidden();
  await expect(duration).not.toHaveAttribute('aria-invalid', 'true');
  await expect.poll(async () => (await openBoard(page)).shots[shotId].durationMs).toBe(4500);
  await duration.blur();
  await expect(duration).toHaveValue('4.5');
  expect(crashes).toEqual([]);
});

test('the sketch editor refuses a non-image and a file over 20 MB, and keeps a real image across a reload', async ({ page }, testInfo) => {
  const crashes = collectCrashes(page);
  await openFirstRun(page);
  const panel = shotButton(page, /^Shot 1\.1, /);
  await panel.click();
  await expect(panel).toHaveAttribute('aria-pressed', 'true');
  const shotId = (await panel.getAttribute('data-shot-id'))!;
  const original = (await openBoard(page)).shots[shotId];
  expect(original.imageAssetId).toBeNull();
  const strokeIds = original.strokes.map((stroke) => stroke.id);
  expect(strokeIds.length).toBeGreaterThan(0);
  const magenta = [230, 20, 200] as const;
  expect(await colourShare(page, panel, magenta)).toBeLessThan(0.01);

  // Enter opens the selected shot's sketch.
  await page.keyboard.press('Enter');
  const editor = sketchEditor(page, '1.1');
  await expect(editor).toBeVisible();
  const fileInput = editor.getByLabel('Reference image file');

  const unchanged = async () => {
    const shot = (await openBoard(page)).shots[shotId];
    expect(shot.imageAssetId).toBeNull();
    expect(shot.strokes.map((stroke) => stroke.id)).toEqual(strokeIds);
  };

  // A text file.
  await fileInput.setInputFiles({ name: 'script-notes.txt', mimeType: 'text/plain', buffer: Buffer.from('INT. DOCK - DAY\n') });
  const alert = editor.getByRole('alert');
  await expect(alert).toContainText('That file is not an image (script-notes.txt)');
  await unchanged();
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();

  // A "PNG" over the 20 MB limit.
  const huge = testInfo.outputPath('x.png');
  writeFileSync(huge, Buffer.alloc(21 * 1024 * 1024));
  await fileInput.setInputFiles(huge);
  await expect(alert).toContainText('Images must be 20 MB or smaller; this one is 21.0 MB');
  await unchanged();

  // A small real PNG, in a colour the panel did not show before.
  await fileInput.setInputFiles({ name: 'reference.png', mimeType: 'image/png', buffer: makePng(64, 64, [magenta, magenta]) });
  await expect.poll(async () => (await openBoard(page)).shots[shotId].imageAssetId).not.toBeNull();
  await expect(alert).toBeHidden();
  const assetId = (await openBoard(page)).shots[shotId].imageAssetId;
  // The drawing is kept under the image.
  expect((await openBoard(page)).shots[shotId].strokes.map((stroke) => stroke.id)).toEqual(strokeIds);
  await expect(editor.getByRole('button', { name: 'Remove image' })).toBeEnabled();

  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  // The board's panel shows the picture.
  await expect.poll(() => colourShare(page, panel, magenta), { timeout: 10_000 }).toBeGreaterThan(0.2);

  const reloaded = await reloadBoard(page);
  expect(reloaded.shots[shotId].imageAssetId).toBe(assetId);
  await expect.poll(() => colourShare(page, shotButton(page, /^Shot 1\.1, /), magenta), { timeout: 10_000 }).toBeGreaterThan(0.2);
  expect(crashes).toEqual([]);
});

test('a board with damaged records opens what it can, with a banner', async ({ page }) => {
  const crashes = collectCrashes(page);
  await openFirstRun(page);

  const doc = new Y.Doc();
  const { episodeId } = initBoard(doc, { title: 'Damaged Board' });
  const [, , badDuration, orphan] = insertShots(doc, {
    episodeId,
    contents: [
      { scene: 'INT. LOCK KEEPER HUT - NIGHT', durationMs: 4000 },
      { scene: 'EXT. TOWPATH - NIGHT', durationMs: 5000 },
      { scene: 'INT. TEA BOAT - NIGHT', durationMs: 6000 },
      { scene: 'EXT. GHOST PIER - NIGHT', durationMs: 2000 },
    ],
  });
  doc.transact(() => {
    const shots = getShotsMap(doc);
    (shots.get(badDuration) as Y.Map<unknown>).set('durationMs', 'abc');
    (shots.get(orphan) as Y.Map<unknown>).set('episodeId', 'no-such-episode');
    shots.set('plain-string-shot', 'this is not a shot');
  });
  await openBoardFromDoc(page, doc);

  const banner = page.getByRole('alert').filter({ hasText: 'This board had damaged records; Beatboard opened what it could.' });
  await expect(banner).toBeVisible();
  await banner.getByText(/^Show 3 problems$/).click();
  await expect(banner.getByRole('listitem')).toHaveCount(3);
  await expect(banner).toContainText('plain-string-shot');
  await expect(banner).toContainText('no-such-episode');
  await expect(banner).toContainText('abc');

  // The good shots are on the canvas, the one with the bad duration among them; the shot of a
  // missing episode is not.
  await expect(page.getByRole('heading', { level: 1, name: 'Damaged Board' })).toBeVisible();
  await expect(shotButton(page, 'Shot 1.1, INT. LOCK KEEPER HUT - NIGHT')).toBeAttached();
  await expect(shotButton(page, 'Shot 1.2, EXT. TOWPATH - NIGHT')).toBeAttached();
  const repaired = shotButton(page, 'Shot 1.3, INT. TEA BOAT - NIGHT');
  await expect(repaired).toBeAttached();
  await expect(shotButton(page, /GHOST PIER/)).toHaveCount(0);
  const board = await openBoard(page);
  expect(board.shots[orphan]).toBeUndefined();
  expect(Object.keys(board.shots)).toHaveLength(3);
  expect(board.shots[badDuration].durationMs).toBeGreaterThan(0);

  // The board works: the damaged duration can be fixed in the inspector.
  await repaired.click();
  const duration = page.getByRole('complementary', { name: 'Side panel' }).getByRole('textbox', { name: 'Duration' });
  await duration.fill('7');
  await expect.poll(async () => (await openBoard(page)).shots[badDuration].durationMs).toBe(7000);

  await banner.getByRole('button', { name: 'Dismiss' }).click();
  await expect(banner).toBeHidden();
  expect(crashes).toEqual([]);
});
