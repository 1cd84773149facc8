import type { Locator, Page } from 'playwright-core';

import { NEWSROOM_PATH } from './NewsroomPage';

/** Newsroom > Import from text: paste, analyse, correct, save. */
export class ImportPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto(`${NEWSROOM_PATH}/import`);
    await this.page.getByRole('heading', { name: /Import from text/ }).first().waitFor({ state: 'visible', timeout: 60_000 });
    return this;
  }

  get quotes(): Locator {
    return this.page.locator('[data-testid="proposed-quote"]');
  }

  get deployments(): Locator {
    return this.page.locator('[data-testid="proposed-deployment"]');
  }

  /** The warning that the text was imported before, with links to the releases. */
  get duplicates(): Locator {
    return this.page.locator('[data-testid="import-duplicates"]');
  }

  /** Marks beside the values the import is unsure of. */
  get uncertainMarks(): Locator {
    return this.page.locator('[data-testid="uncertain-mark"]');
  }

  async analyse(text: string): Promise<void> {
    await this.page.getByLabel('Press release text').fill(text);
    await this.page.getByRole('button', { name: 'Analyse' }).click();
    await this.quotes.first().waitFor({ state: 'visible', timeout: 30_000 });
  }

  async setTitle(title: string): Promise<void> {
    await this.page.getByLabel('Title').fill(title);
  }

  /** Saves the draft and waits for the release view it opens. */
  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save as draft' }).click();
    await this.page.waitForURL(/\/plugins\/newsroom\/releases\/[a-z0-9]+/, { timeout: 30_000 });
  }
}
