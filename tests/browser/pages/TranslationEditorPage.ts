import type { Locator, Page } from 'playwright-core';

import { NEWSROOM_PATH } from './NewsroomPage';

/** Newsroom > Translations > one release in one locale: source beside target, save draft, mark reviewed. */
export class TranslationEditorPage {
  constructor(readonly page: Page) {}

  async open(documentId: string, locale: string): Promise<this> {
    await this.page.goto(`${NEWSROOM_PATH}/translations/${documentId}/${locale}`);
    return this;
  }

  heading(locale: string): Locator {
    return this.page.getByRole('heading', { name: `Translate into ${locale}` });
  }

  async waitFor(locale: string): Promise<void> {
    await this.heading(locale).waitFor({ state: 'visible', timeout: 60_000 });
  }

  /** A field row of a document (`release`, `quote`, `deployment`), its source beside its target. */
  row(type: string, documentId: string, field: string): Locator {
    return this.page.locator(`[data-document="${documentId}"] [data-field="${type}-${documentId}-${field}"]`);
  }

  /** The target input of a field (labelled "Summary (fr)"...). */
  target(type: string, documentId: string, field: string): Locator {
    return this.page.locator(`[name="${type}-${documentId}-${field}"]`);
  }

  get changedRows(): Locator {
    return this.page.locator('[data-changed="true"]');
  }

  saveButton(locale: string): Locator {
    return this.page.getByRole('button', { name: `Save draft (${locale})` });
  }

  get reviewButton(): Locator {
    return this.page.getByRole('button', { name: 'Mark reviewed' });
  }

  async save(locale: string): Promise<void> {
    await this.saveButton(locale).click();
    await this.page.getByText(`Draft saved in ${locale} (not published)`).first().waitFor({ state: 'visible', timeout: 30_000 });
  }
}
