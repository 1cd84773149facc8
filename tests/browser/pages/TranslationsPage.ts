import type { Locator, Page } from 'playwright-core';

import { NEWSROOM_PATH } from './NewsroomPage';

/** Newsroom > Translations: the matrix by locale, its filters (in the URL), export and import. */
export class TranslationsPage {
  constructor(readonly page: Page) {}

  async open(query: Record<string, string> = {}): Promise<this> {
    const search = new URLSearchParams(query).toString();
    await this.page.goto(`${NEWSROOM_PATH}/translations${search ? `?${search}` : ''}`);
    await this.page.getByRole('heading', { name: 'Translations' }).first().waitFor({ state: 'visible', timeout: 60_000 });
    return this;
  }

  /** The "Translate" link of a release's cell in a locale (missing or outdated). */
  translateLink(title: string, locale: string): Locator {
    return this.page.getByRole('link', { name: `Translate “${title}” into ${locale}` });
  }

  exportButton(locale: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^Export .*\\(${locale}\\)$`) });
  }

  get exportSummary(): Locator {
    return this.page.locator('[data-testid="export-summary"]');
  }
}
