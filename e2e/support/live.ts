import { expect, type Browser, type Page } from '@playwright/test';
import { BoardPage } from './boardPage';

// Helpers of the multi-person specs: boards made on the server, people opening share links.

export type RoleLinks = Record<'owner' | 'writer' | 'director' | 'viewer', string>;

export interface ServerBoard {
  id: string;
  tokens: RoleLinks;
  links: RoleLinks;
}

/** A board created on the server through its API, with a token and link per role. */
export async function createServerBoard(page: Page, title: string): Promise<ServerBoard> {
  const response = await page.request.post('/api/boards', { data: { title } });
  expect(response.status()).toBe(201);
  return (await response.json()) as ServerBoard;
}

/**
 * A person opening a share link in a fresh browser, until the board's canvas shows. Someone
 * joining another's board is asked their name once; `name` answers it. `server` is the address
 * of a server other than the suite's own.
 */
export async function openLink(browser: Browser, link: string, name?: string, server?: string): Promise<BoardPage> {
  const page = await (await browser.newContext(server ? { baseURL: server } : {})).newPage();
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  const board = new BoardPage(page);
  await board.waitForCanvas();
  if (name) await nameYourself(page, name);
  return board;
}

export async function nameYourself(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Your name on shared boards' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}
