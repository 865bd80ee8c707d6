import { expect, type Locator, type Page } from '@playwright/test';
import type { BoardSnapshot } from '../../src/model/types';

/** Drives an open board the way a person does: by role and accessible name. */
export class BoardPage {
  constructor(readonly page: Page) {}

  /** A fresh browser context is a first run: the demo series opens by itself. */
  async openDemo(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('application', { name: 'Storyboard canvas' })).toBeVisible();
    await this.waitForCanvas();
  }

  async waitForCanvas(): Promise<void> {
    await this.page.waitForFunction(() => window.__beatboardCanvas?.firstFullPaintAt != null);
  }

  /** The transparent button the canvas lays over a panel, e.g. shot('1.3'). */
  shot(number: string): Locator {
    return this.page
      .getByRole('list', { name: 'Shots on canvas' })
      .getByRole('button', { name: new RegExp(`^Shot ${number.replace('.', '\\.')}(,|$)`) });
  }

  snapshot(): Promise<BoardSnapshot> {
    return this.page.evaluate(() => window.beatboardAutomation!.openBoard()!);
  }

  async shotIdAt(episodeNumber: number, shotNumber: number): Promise<string> {
    const board = await this.snapshot();
    return board.shotsByEpisode[board.episodes[episodeNumber - 1].id][shotNumber - 1];
  }

  /** The screen rectangle of a panel, in page coordinates. */
  async panelRect(shotId: string) {
    const rect = await this.page.evaluate((id) => window.__beatboardCanvas!.panelScreenRect(id), shotId);
    if (!rect) throw new Error(`No panel on screen for ${shotId}`);
    return rect;
  }

  async clickPanel(shotId: string, modifiers: ('Shift' | 'Control')[] = []): Promise<void> {
    const rect = await this.panelRect(shotId);
    for (const key of modifiers) await this.page.keyboard.down(key);
    await this.page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 3);
    for (const key of modifiers) await this.page.keyboard.up(key);
  }

  inspector(): Locator {
    return this.page.getByRole('tabpanel', { name: 'Inspector' });
  }

  topButton(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Waits until every change is in the browser's storage, then reloads the tab. */
  async reload(): Promise<void> {
    await this.page.evaluate(() => window.beatboardAutomation!.whenStored());
    await this.page.reload();
    await expect(this.page.getByRole('application', { name: 'Storyboard canvas' })).toBeVisible();
    await this.waitForCanvas();
  }
}
