import { expect, test } from '@playwright/test';
import * as Y from 'yjs';
import { initBoard, insertShots, strokePoints } from '../src/model';
import type { Stroke } from '../src/model/types';
import { screenshotPath } from './support/artifacts';
import { drawOn, openBoard, openBoardFromDoc, openFirstRun, openSketch, reloadBoard, shotButton } from './support/fixtures';

// The sketch editor: draw with the mouse, switch tools, undo and redo its own history, erase,
// close, and find the strokes in the document, normalised to the panel, after a reload.

function buildEmptyShotBoard(): Y.Doc {
  const doc = new Y.Doc();
  const { episodeId } = initBoard(doc, { title: 'Sketch Test' });
  insertShots(doc, { episodeId, contents: [{ scene: 'INT. STUDIO - DAY', durationMs: 3000 }] });
  return doc;
}

/** The mean y of a stroke's points: which of the drawn lines it is. */
function meanY(stroke: Stroke): number {
  const ys = strokePoints(stroke).filter((_, index) => index % 2 === 1);
  return ys.reduce((sum, y) => sum + y, 0) / ys.length;
}

function expectNormalised(strokes: readonly Stroke[]) {
  for (const stroke of strokes) {
    // The page hands the encoded path over as bytes; decode it as any reader would.
    expect(stroke.path).toBeInstanceOf(Uint8Array);
    const points = strokePoints(stroke);
    expect(points.length).toBeGreaterThanOrEqual(4);
    expect(points.length % 2).toBe(0);
    for (const value of points) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  }
}

test('pen, marker, undo, redo and eraser in the sketch editor end up in the document and survive a reload', async ({ page }) => {
  await openFirstRun(page);
  await openBoardFromDoc(page, buildEmptyShotBoard());
  const panel = shotButton(page, 'Shot 1.1, INT. STUDIO - DAY');
  const shotId = (await panel.getAttribute('data-shot-id'))!;
  expect((await openBoard(page)).shots[shotId].strokes).toEqual([]);
  const strokes = async () => (await openBoard(page)).shots[shotId].strokes;

  const editor = await openSketch(page, panel, '1.1');
  await expect(editor.getByRole('heading', { level: 2 })).toHaveText(/^Shot 1\.1\s*INT\. STUDIO - DAY$/);
  const tools = editor.getByRole('group', { name: 'Tool' });
  await expect(tools.getByRole('button', { name: 'Pen' })).toHaveAttribute('aria-pressed', 'true');
  const surface = editor.getByRole('img', { name: 'Drawing area for shot 1.1' });
  const undo = editor.getByRole('button', { name: 'Undo' });
  const redo = editor.getByRole('button', { name: 'Redo' });
  await expect(undo).toBeDisabled();

  // Two pen strokes, across the upper part of the panel.
  await drawOn(page, surface, [[0.2, 0.2], [0.5, 0.22], [0.8, 0.2]]);
  await expect.poll(async () => (await strokes()).length).toBe(1);
  await drawOn(page, surface, [[0.2, 0.4], [0.5, 0.42], [0.8, 0.4]]);
  await expect.poll(async () => (await strokes()).length).toBe(2);

  // One marker stroke, lower down.
  await tools.getByRole('button', { name: 'Marker' }).click();
  await expect(tools.getByRole('button', { name: 'Marker' })).toHaveAttribute('aria-pressed', 'true');
  await drawOn(page, surface, [[0.15, 0.7], [0.5, 0.72], [0.85, 0.7]]);
  await expect.poll(async () => (await strokes()).map((stroke) => stroke.tool)).toEqual(['pen', 'pen', 'marker']);
  const [top, middle, marker] = await strokes();
  expect(meanY(top)).toBeCloseTo(0.2, 1);
  expect(meanY(middle)).toBeCloseTo(0.4, 1);
  expect(meanY(marker)).toBeCloseTo(0.7, 1);
  expect(marker.width).toBeGreaterThan(top.width);

  // Undo takes back the last stroke only; redo brings it back.
  await undo.click();
  await expect.poll(async () => (await strokes()).map((stroke) => stroke.id)).toEqual([top.id, middle.id]);
  await expect(redo).toBeEnabled();
  await redo.click();
  await expect.poll(async () => (await strokes()).map((stroke) => stroke.id).sort()).toEqual([top.id, middle.id, marker.id].sort());

  // The eraser, swept across the middle line only.
  await tools.getByRole('button', { name: 'Eraser' }).click();
  await expect(tools.getByRole('button', { name: 'Eraser' })).toHaveAttribute('aria-pressed', 'true');
  await drawOn(page, surface, [[0.5, 0.36], [0.5, 0.46]]);
  await expect.poll(async () => (await strokes()).map((stroke) => stroke.id).sort()).toEqual([top.id, marker.id].sort());

  await page.screenshot({ path: screenshotPath('sketch-editor.png') });

  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();
  const kept = await strokes();
  expect(kept.map((stroke) => stroke.id).sort()).toEqual([top.id, marker.id].sort());
  expectNormalised(kept);

  const reloaded = (await reloadBoard(page)).shots[shotId].strokes;
  expect(reloaded).toEqual(kept);
});
