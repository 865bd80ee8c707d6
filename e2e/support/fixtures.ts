import { deflateSync } from 'node:zlib';
import { expect, type Locator, type Page } from '@playwright/test';
import * as Y from 'yjs';
import type { BoardSnapshot } from '../../src/model/types';

// Shared helpers of the home, bad-input, Chinese and sketch specs: opening the app the way a
// first-time user does, loading boards built in Node, reading the open board's document, and
// small generated files (PNG) for the sketch editor's reference image.

/** The demo series every fresh browser context gets on its first visit. */
export const DEMO_TITLE = 'The Canal Heiress';

/** The list of transparent shot buttons the canvas lays over its panels. */
export function canvasShots(page: Page, name = 'Shots on canvas'): Locator {
  return page.getByRole('list', { name });
}

/**
 * Opens the app as a first-time visitor: the demo series is created and opened. Returns once
 * the demo's canvas shows its shots, so the first-run seeding is finished and a later
 * navigation cannot be overtaken by it.
 */
export async function openFirstRun(page: Page, shotsListName = 'Shots on canvas'): Promise<void> {
  await page.goto('/');
  await expect(page).toHaveURL(/#\/board\/[^/]+$/);
  await expect(canvasShots(page, shotsListName).getByRole('button').first()).toBeVisible();
}

/** A board doc as the base64 Yjs update that `beatboardAutomation.createBoardFromUpdate` takes. */
export function encodeDoc(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
}

/**
 * Stores `doc` as a new board in the page's browser storage and opens it. Call after
 * `openFirstRun`, so the demo seeding has already happened.
 */
export async function openBoardFromDoc(page: Page, doc: Y.Doc): Promise<string> {
  const update = encodeDoc(doc);
  const id = await page.evaluate(async (base64) => {
    const automation = window.beatboardAutomation;
    if (!automation) throw new Error('window.beatboardAutomation is missing');
    return automation.createBoardFromUpdate(base64);
  }, update);
  await page.evaluate((boardId) => {
    window.location.hash = `#/board/${encodeURIComponent(boardId)}`;
  }, id);
  await expect(page).toHaveURL(new RegExp(`#/board/${id}$`));
  // A board of several MB takes a while to read back on two busy cores.
  await expect.poll(() => openBoardSnapshot(page).then((board) => board !== null), { timeout: 30_000 }).toBe(true);
  return id;
}

/** The plain snapshot of the board open in the page (document state, not pixels). */
export function openBoardSnapshot(page: Page): Promise<BoardSnapshot | null> {
  return page.evaluate(() => window.beatboardAutomation?.openBoard() ?? null);
}

/** Like `openBoardSnapshot`, for when a board must be open. */
export async function openBoard(page: Page): Promise<BoardSnapshot> {
  const board = await openBoardSnapshot(page);
  if (!board) throw new Error('No board is open in this page');
  return board;
}

/** Reloads the page and waits until the board that was open is open again. */
export async function reloadBoard(page: Page): Promise<BoardSnapshot> {
  await page.reload();
  await expect.poll(() => openBoardSnapshot(page).then((board) => board !== null)).toBe(true);
  return openBoard(page);
}

/** The shot's button on the canvas, e.g. "Shot 1.3, INT. CARGO BARGE - DECK - DAWN". */
export function shotButton(page: Page, name: string | RegExp): Locator {
  return canvasShots(page).getByRole('button', { name, exact: typeof name === 'string' ? true : undefined });
}

/** The open sketch editor, e.g. "Sketch shot 1.1". */
export function sketchEditor(page: Page, number: string): Locator {
  return page.getByRole('dialog', { name: `Sketch shot ${number}` });
}

/** Opens the sketch editor with a double-click on the shot's panel. */
export async function openSketch(page: Page, button: Locator, number: string): Promise<Locator> {
  await button.dblclick();
  const editor = sketchEditor(page, number);
  await expect(editor).toBeVisible();
  return editor;
}

/**
 * Drags the mouse across `surface` through points given as fractions of its box (0..1), in
 * small steps, as a person drawing would.
 */
export async function drawOn(page: Page, surface: Locator, points: readonly [number, number][], steps = 8): Promise<void> {
  const box = await surface.boundingBox();
  if (!box) throw new Error('The drawing surface is not on screen');
  const at = ([x, y]: [number, number]) => [box.x + x * box.width, box.y + y * box.height] as const;
  const [startX, startY] = at(points[0]);
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  for (const point of points.slice(1)) {
    const [x, y] = at(point);
    await page.mouse.move(x, y, { steps });
  }
  await page.mouse.up();
}

// --- PNG files -------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * A real, decodable RGB PNG of `width` x `height`: a diagonal two-colour split, so it is
 * visibly an image on a panel.
 */
type Rgb = readonly [number, number, number];

export function makePng(width: number, height: number, colours: readonly [Rgb, Rgb] = [
  [232, 93, 4],
  [28, 126, 214],
]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    rows[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b] = x / width + y / height < 1 ? colours[0] : colours[1];
      rows.set([r, g, b], row + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// --- Pixels ----------------------------------------------------------------------------------

/**
 * The share (0..1) of the pixels on screen under `target` whose colour is within `tolerance`
 * (per channel) of `rgb`. The screenshot is decoded in the page, which has a PNG decoder.
 */
export async function colourShare(
  page: Page,
  target: Locator,
  rgb: readonly [number, number, number],
  tolerance = 40,
): Promise<number> {
  const png = (await target.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, rgb, tolerance }) => {
      const bytes = Uint8Array.from(atob(png), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let matching = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (
          Math.abs(data[i] - rgb[0]) <= tolerance &&
          Math.abs(data[i + 1] - rgb[1]) <= tolerance &&
          Math.abs(data[i + 2] - rgb[2]) <= tolerance
        ) {
          matching++;
        }
      }
      return matching / (data.length / 4);
    },
    { png, rgb, tolerance },
  );
}
