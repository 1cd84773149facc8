import type { Locator, Page } from 'playwright-core';

/** Newsroom > one release: body beside quotes and deployments, publish per locale. */
export class ReleasePage {
  constructor(readonly page: Page) {}

  get quotes(): Locator {
    return this.page.locator('[data-testid="quote"]');
  }

  get deployments(): Locator {
    return this.page.locator('[data-testid="deployment"]');
  }

  async waitForTitle(title: string): Promise<void> {
    await this.page.getByRole('heading', { name: title }).first().waitFor({ state: 'visible', timeout: 30_000 });
  }

  async addQuote(quote: { text: string; speaker: string; role: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a quote' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Exact words').fill(quote.text);
    await dialog.getByLabel('Speaker').fill(quote.speaker);
    await dialog.getByLabel('Role when said').fill(quote.role);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
  }

  async publish(locale: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^Publish.*\\(${locale}\\)$`) }).click();
    await this.page.getByRole('button', { name: new RegExp(`^Unpublish \\(${locale}\\)$`) }).waitFor({ state: 'visible', timeout: 30_000 });
  }
}
