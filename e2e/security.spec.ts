import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { addCharacter, initBoard, insertShots, updateEpisode } from '../src/model';
import { downloadFrom } from './support/artifacts';
import { BoardPage } from './support/boardPage';
import { drawOn, openBoardFromDoc, openFirstRun, openSketch, shotButton } from './support/fixtures';

// The app under its own Content-Security-Policy (server/http/contentSecurityPolicy.ts): every
// violation the page reports fails the test, and markup stored in a board stays text.

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/**
 * Collects the page's CSP violations from the start of every document: the listener is
 * installed before any of the app's scripts run, and reports through a binding, which
 * survives reloads. Chromium's console lines about refusals count too (a worker's included).
 */
async function recordViolations(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.exposeBinding('__reportCspViolation', (_source, violation: Violation) => {
    violations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(v: unknown): void }).__reportCspViolation;
      report({ directive: event.violatedDirective, blocked: event.blockedURI, source: `${event.sourceFile}:${event.lineNumber}`, sample: event.sample });
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push({ directive: 'console', blocked: '', source: message.location().url, sample: message.text() });
  });
  return violations;
}

test('the app runs under its own policy: first run, the series, a PDF, the sketch editor, the storage worker', async ({ page }) => {
  const violations = await recordViolations(page);
  const pageResponse = page.waitForResponse((response) => new URL(response.url()).pathname === '/');
  await openFirstRun(page);
  const policy = (await pageResponse).headers()['content-security-policy'];
  expect(policy).toContain("script-src 'self';");
  expect(policy).not.toContain('unsafe-inline');
  const board = new BoardPage(page);
  await board.waitForCanvas();

  // A storyboard PDF: pdf-lib, fontkit and the WebAssembly WOFF2 decoder, under the policy.
  await page.getByRole('tab', { name: 'Series' }).click();
  await page.getByRole('button', { name: 'Storyboard PDF…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Storyboard PDF' });
  const file = await downloadFrom(page, dialog.getByRole('button', { name: 'Export PDF' }));
  expect(readFileSync(await file.path()).subarray(0, 5).toString()).toBe('%PDF-');

  // The sketch editor, with a stroke drawn.
  await page.getByRole('tab', { name: 'Board' }).click();
  await board.waitForCanvas();
  const editor = await openSketch(page, shotButton(page, /^Shot 1\.1,/), '1.1');
  await drawOn(page, editor.getByRole('img', { name: 'Drawing area for shot 1.1' }), [[0.2, 0.3], [0.5, 0.4], [0.8, 0.3]]);
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  // The storage-compaction worker folds the board's stored updates.
  await page.evaluate(() => window.beatboardAutomation!.compactStorage());

  expect(violations).toEqual([]);
});

const IMG = '<img src=x onerror="window.__pwned=1">';
const LINK = 'javascript:alert(1)';

function markupBoard(): Y.Doc {
  const doc = new Y.Doc();
  const { episodeId } = initBoard(doc, { title: `Board ${IMG}` });
  updateEpisode(doc, episodeId, { title: `Episode ${IMG}` });
  addCharacter(doc, { name: `Cast ${IMG}` });
  insertShots(doc, { episodeId, contents: [{ scene: 'INT. STUDIO - DAY', durationMs: 3000 }] });
  return doc;
}

test('markup stored in titles, names and notes shows as text and never runs', async ({ page }) => {
  const violations = await recordViolations(page);
  await openFirstRun(page);
  await openBoardFromDoc(page, markupBoard());
  const board = new BoardPage(page);
  await board.waitForCanvas();
  await expect(page).toHaveTitle(`Board ${IMG} · Beatboard`);

  // A note with the same markup and a javascript: "link".
  await board.clickPanel(await board.shotIdAt(1, 1));
  const note = `Look ${IMG} and ${LINK}`;
  await page.getByRole('textbox', { name: 'Add a note for this shot' }).fill(note);
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('article', { name: /^Note by / })).toContainText(note);

  // Titles and names in the series panel, where they are edited.
  await page.getByRole('tab', { name: 'Series' }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(`Board ${IMG}`);
  await expect(page.getByRole('group', { name: `Cast ${IMG}` })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Episode title' })).toHaveValue(`Episode ${IMG}`);
  // ...and as text, in the PDF dialog's list of episodes.
  await page.getByRole('button', { name: 'Storyboard PDF…' }).click();
  await expect(page.getByRole('dialog', { name: 'Storyboard PDF' })).toContainText(`Episode 1 · Episode ${IMG}`);
  await page.keyboard.press('Escape');

  // The board list on the home screen.
  await page.evaluate(() => { window.location.hash = '#/'; });
  await expect(page.getByText(`Board ${IMG}`).first()).toBeVisible();

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(violations).toEqual([]);
});
