import { expect, test } from '@playwright/test';
import * as Y from 'yjs';
import { SCHEMA_VERSION, initBoard, insertShots, strokePoints } from '../src/model';
import { buildV1Board } from '../src/model/migrations/testing/v1Board';
import { PART_BYTES } from '../src/collab/storage/updateParts';
import { screenshotPath } from './support/artifacts';
import { openBoard, openBoardFromDoc, openBoardSnapshot, openFirstRun, reloadBoard, shotButton } from './support/fixtures';
import { boardIdOf, reopenBoard, storedRows } from './support/storage';

// This browser's storage: boards are kept in rows of at most a few MiB, a read that fails is
// tried again, and a board whose storage cannot be read is never opened half-empty.

test('a read that fails once is tried again, and the board opens complete', async ({ page }) => {
  await openFirstRun(page);
  const before = await openBoard(page);
  const boardId = boardIdOf(page);
  await page.evaluate(() => window.beatboardAutomation!.whenStored());
  await page.evaluate(() => window.beatboardAutomation!.failNextStorageReads(1));
  await reopenBoard(page, boardId);
  await expect.poll(async () => Object.keys((await openBoardSnapshot(page))?.shots ?? {}).length).toBe(Object.keys(before.shots).length);
  expect(await openBoard(page)).toEqual(before);
});

test('storage that keeps failing shows a plain message, changes nothing, and opens on a later try', async ({ page }) => {
  await openFirstRun(page);
  await page.getByRole('button', { name: 'Add shot', exact: true }).first().click();
  const before = await openBoard(page);
  const boardId = boardIdOf(page);
  await page.evaluate(() => window.beatboardAutomation!.whenStored());
  // Fold now: the app's own first fold (ten seconds after start) then leaves the rows alone, so
  // the rows compared below can only change through the failed open.
  await page.evaluate(() => window.beatboardAutomation!.compactStorage());
  const stored = await storedRows(page, boardId);

  await page.evaluate(() => window.beatboardAutomation!.failNextStorageReads(1000));
  await reopenBoard(page, boardId);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('could not read the board from its storage');
  await expect(alert).toContainText('Nothing was changed or lost');
  await page.screenshot({ path: screenshotPath('storage-read-failed.png') });
  // Nothing was written while it failed: the stored rows are exactly as they were.
  expect(await storedRows(page, boardId)).toEqual(stored);

  // The browser's storage recovers; "Try again" opens the whole board.
  await page.evaluate(() => window.beatboardAutomation!.failNextStorageReads(0));
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(async () => Object.keys((await openBoardSnapshot(page))?.shots ?? {}).length).toBe(Object.keys(before.shots).length);
  expect(await openBoard(page)).toEqual(before);
});

test('a large board is stored in parts of at most a few MiB, and folding keeps it that way', async ({ page }) => {
  await openFirstRun(page);
  const doc = new Y.Doc();
  const { episodeId } = initBoard(doc, { title: 'Long scripts' });
  // About 6 MB of document: action text that no fold can shrink.
  const text = (i: number) => `${i}: ${'The tide turns under the barge. '.repeat(4000)}`;
  insertShots(doc, { episodeId, contents: Array.from({ length: 48 }, (_, i) => ({ action: text(i) })) });
  const boardId = await openBoardFromDoc(page, doc);
  const created = await storedRows(page, boardId);
  expect(created.rows).toBeGreaterThan(1);
  expect(created.largest).toBeLessThanOrEqual(PART_BYTES);

  await page.getByRole('button', { name: 'Add shot', exact: true }).first().click();
  await page.evaluate(() => window.beatboardAutomation!.whenStored());
  await page.evaluate(() => window.beatboardAutomation!.compactStorage());
  const folded = await storedRows(page, boardId);
  expect(folded.largest).toBeLessThanOrEqual(PART_BYTES);
  expect(folded.rows).toBeGreaterThanOrEqual(3);

  const expected = await openBoard(page);
  expect(Object.keys(expected.shots)).toHaveLength(49);
  expect(await reloadBoard(page)).toEqual(expected);
});

test('a board stored in the version 1 format opens, migrates and still shows its strokes', async ({ page }) => {
  await openFirstRun(page);
  const v1 = buildV1Board({ shots: 3, strokesPerShot: 4 });
  // Stored as Beatboard 1 stored it: y-dexie's update tables, strokes as lists of numbers.
  const boardId = 'version-one-board';
  await page.evaluate(async ({ boardId, board, notes }) => {
    const decode = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('beatboard');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['boards', '$boards.doc_updates', '$boards.notes_updates'], 'readwrite');
    const now = Date.now();
    tx.objectStore('boards').add({ id: boardId, title: 'Version one board', createdAt: now, updatedAt: now, episodeCount: 1, shotCount: 3 });
    tx.objectStore('$boards.doc_updates').add({ k: boardId, u: decode(board), f: 1 });
    tx.objectStore('$boards.notes_updates').add({ k: boardId, u: decode(notes), f: 1 });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, {
    boardId,
    board: Buffer.from(Y.encodeStateAsUpdateV2(v1.doc)).toString('base64'),
    notes: Buffer.from(Y.encodeStateAsUpdateV2(v1.notes)).toString('base64'),
  });

  await reopenBoard(page, boardId);
  await expect.poll(async () => (await openBoardSnapshot(page))?.meta.schemaVersion).toBe(SCHEMA_VERSION);
  const board = await openBoard(page);
  for (const shotId of v1.shotIds) {
    const strokes = board.shots[shotId]!.strokes;
    expect(strokes.map((stroke) => stroke.id)).toEqual(v1.strokes[shotId]!.map((stroke) => stroke.id));
    strokes.forEach((stroke, i) => {
      const drawn = v1.strokes[shotId]![i]!.points;
      strokePoints(stroke).forEach((value, k) => expect(Math.abs(value - drawn[k]!)).toBeLessThan(1 / 4096));
    });
  }
  const notes = await page.evaluate(() => window.beatboardAutomation!.notes());
  expect(notes!.marks[v1.shotIds[0]!]!.map((mark) => mark.id)).toEqual(['mark-1']);

  // The strokes are drawn: the inspector's sketch preview has a line per stroke.
  await shotButton(page, /^Shot 1\.1/).click();
  const preview = page.locator('.sketch-preview polyline');
  await expect(preview).toHaveCount(4);
  for (const line of await preview.all()) expect((await line.getAttribute('points'))!.split(' ').length).toBeGreaterThan(10);
  await page.screenshot({ path: screenshotPath('storage-version-one-board.png') });

  // The next fold moves the old rows into the current layout; the board reopens the same.
  await page.evaluate(() => window.beatboardAutomation!.whenStored());
  await page.evaluate(() => window.beatboardAutomation!.compactStorage());
  expect((await storedRows(page, boardId)).legacyRows).toBe(0);
  expect((await storedRows(page, boardId, 'notes')).legacyRows).toBe(0);
  const expected = await openBoard(page);
  expect(await reloadBoard(page)).toEqual(expected);
});
