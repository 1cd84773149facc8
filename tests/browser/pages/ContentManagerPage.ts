import type { Locator, Page } from 'playwright-core';

/** The content manager's list view of a collection type, e.g. `plugin::newsroom.release`. */
export class ContentManagerListPage {
  constructor(
    readonly page: Page,
    readonly uid: string,
  ) {}

  get path(): string {
    return `/admin/content-manager/collection-types/${this.uid}`;
  }

  /** The list's table (absent when the list is empty). */
  get table(): Locator {
    return this.page.locator('table').first();
  }

  /**
   * Opens the list, in `locale` if given (i18n), and waits for its table and for the admin's
   * queries to settle (it lists once without a locale, then again with the default locale).
   */
  async open(options: { locale?: string } = {}): Promise<this> {
    const query = options.locale ? `?plugins[i18n][locale]=${encodeURIComponent(options.locale)}` : '';
    await this.page.goto(`${this.path}${query}`);
    await this.table.waitFor({ state: 'visible', timeout: 60_000 });
    await this.page.waitForLoadState('networkidle');
    await this.table.waitFor({ state: 'visible' });
    return this;
  }

  /** The table row containing `text` (e.g. a release title). */
  row(text: string): Locator {
    return this.page.locator('tbody tr', { hasText: text });
  }
}
