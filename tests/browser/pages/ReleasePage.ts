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

  /** Publishes the locale shown: the header's Publish (or "Publish changes"), then the confirmation. */
  async publish(): Promise<void> {
    await this.page.getByRole('button', { name: /^Publish( changes)?$/ }).click();
    const confirm = this.page.getByRole('alertdialog');
    await confirm.waitFor({ state: 'visible', timeout: 30_000 });
    await confirm.getByRole('button', { name: /^Publish( changes)?$/ }).click();
    await confirm.waitFor({ state: 'hidden', timeout: 30_000 });
    await this.page.getByRole('button', { name: 'Unpublish' }).waitFor({ state: 'visible', timeout: 30_000 });
  }
}

/** The release view driven by its labels in any interface language (the French editor's journey). */
export class LocalizedReleasePage {
  constructor(
    readonly page: Page,
    readonly labels: { locale: string },
  ) {}

  get quotes(): Locator {
    return this.page.locator('[data-testid="quote"]');
  }

  async open(documentId: string, locale: string): Promise<void> {
    await this.page.goto(`/admin/plugins/newsroom/releases/${documentId}?locale=${locale}`);
    await this.quotes.first().waitFor({ state: 'visible', timeout: 60_000 });
  }

  /** Switches the locale with the view's own select (the page stays mounted, as an editor does it). */
  async switchLocale(option: RegExp): Promise<void> {
    await this.page.getByRole('combobox', { name: this.labels.locale }).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** The dialog a button opens (e.g. "Modifier la citation 1"). */
  async openDialog(button: string): Promise<Locator> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible', timeout: 30_000 });
    return dialog;
  }

  async quoteTexts(): Promise<string[]> {
    return (await this.quotes.locator('p').first().allTextContents()).length
      ? Promise.all((await this.quotes.all()).map(async (quote) => (await quote.locator('p').first().textContent()) ?? ''))
      : [];
  }
}
