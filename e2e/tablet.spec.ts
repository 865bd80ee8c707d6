import { expect, test, type Page } from '@playwright/test';
import { createServerBoard, openLink } from './support/live';

// A director on a tablet: fingers pan and pinch the board, a pen draws marks with pressure.
// Chromium's synthetic pointer events carry the pointer type and pressure a tablet sends.

async function finger(page: Page, type: string, id: number, x: number, y: number, extra: Record<string, unknown> = {}) {
  await page.evaluate(
    ({ type, id, x, y, extra }) => {
      const target = document.querySelector('[role="application"]')!;
      const init = { pointerId: id, pointerType: 'touch', clientX: x, clientY: y, bubbles: true, isPrimary: id === 1, buttons: type === 'pointerup' ? 0 : 1, ...extra };
      target.dispatchEvent(new PointerEvent(type, init));
    },
    { type, id, x, y, extra },
  );
}

const camera = (page: Page) => page.evaluate(() => window.beatboardAutomation!.camera()!);

test('on a tablet, one finger pans, two fingers pinch, and a pen draws marks by pressure', async ({ page, browser }) => {
  const created = await createServerBoard(page, 'Tablet');
  const writer = await openLink(browser, created.links.writer, 'Wen');
  await writer.topButton('Add shot').click();
  const director = await openLink(browser, created.links.director, 'Dee');
  await expect(director.shot('1.1')).toHaveCount(1);
  const box = (await director.page.getByRole('application', { name: 'Storyboard canvas' }).boundingBox())!;
  const [cx, cy] = [box.x + 60, box.y + box.height - 60];

  // One finger on empty canvas pans.
  const before = await camera(director.page);
  await finger(director.page, 'pointerdown', 1, cx, cy);
  for (let i = 1; i <= 5; i++) await finger(director.page, 'pointermove', 1, cx + i * 20, cy - i * 10);
  await finger(director.page, 'pointerup', 1, cx + 100, cy - 50);
  const panned = await camera(director.page);
  expect(panned.x - before.x).toBeCloseTo(100, 0);
  expect(panned.y - before.y).toBeCloseTo(-50, 0);

  // Two fingers moving apart zoom in around them.
  await finger(director.page, 'pointerdown', 1, cx, cy);
  await finger(director.page, 'pointerdown', 2, cx + 100, cy);
  for (let i = 1; i <= 5; i++) {
    await finger(director.page, 'pointermove', 1, cx - i * 10, cy);
    await finger(director.page, 'pointermove', 2, cx + 100 + i * 10, cy);
  }
  await finger(director.page, 'pointerup', 2, cx + 150, cy);
  await finger(director.page, 'pointerup', 1, cx - 50, cy);
  expect((await camera(director.page)).scale).toBeGreaterThan(panned.scale * 1.5);

  // A pen in review mode: a firm stroke is thicker than a light one.
  await director.page.getByRole('button', { name: 'Review' }).click();
  const dialog = director.page.getByRole('dialog', { name: /^Review shot 1\.1/ });
  await dialog.getByRole('button', { name: 'Red pen' }).click();
  const frame = dialog.getByRole('img', { name: /red-pen marks/ });
  const f = (await frame.boundingBox())!;
  for (const [row, pressure] of [[0.3, 0.1], [0.6, 1]] as const) {
    await frame.evaluate(
      (svg, { x0, x1, y, pressure }) => {
        const send = (type: string, x: number) =>
          svg.dispatchEvent(new PointerEvent(type, { pointerId: 7, pointerType: 'pen', pressure, clientX: x, clientY: y, bubbles: true, buttons: type === 'pointerup' ? 0 : 1 }));
        send('pointerdown', x0);
        for (let i = 1; i <= 6; i++) send('pointermove', x0 + ((x1 - x0) * i) / 6);
        send('pointerup', x1);
      },
      { x0: f.x + f.width * 0.2, x1: f.x + f.width * 0.8, y: f.y + f.height * row, pressure },
    );
  }
  const shotId = await director.shotIdAt(1, 1);
  await expect.poll(async () => (await writer.page.evaluate(() => window.beatboardAutomation!.notes()))?.marks[shotId]?.length).toBe(2);
  const widths = (await writer.page.evaluate(() => window.beatboardAutomation!.notes()))!.marks[shotId]!.map((mark) => mark.width);
  expect(widths[1]!).toBeGreaterThan(widths[0]! * 1.5);
});
