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

/** The content manager's edit view of one document in one locale, with its side panels. */
export class ContentManagerEditPage {
  constructor(
    readonly page: Page,
    readonly uid: string,
  ) {}

  async open(documentId: string, locale: string): Promise<this> {
    await this.page.goto(`/admin/content-manager/collection-types/${this.uid}/${documentId}?plugins[i18n][locale]=${encodeURIComponent(locale)}`);
    await this.page.locator('form').first().waitFor({ state: 'visible', timeout: 60_000 });
    await this.page.waitForLoadState('networkidle');
    return this;
  }

  /** A field's label in the edit form. */
  fieldLabel(text: string): Locator {
    return this.page.locator('form label').filter({ hasText: new RegExp(`^${text.replace(/[()]/g, '\\$&')}\\*?$`) });
  }

  /** The Translations panel's link to the translation editor for a locale. */
  translationEditorLink(locale: string): Locator {
    return this.page.getByRole('link', { name: `Translate into ${locale} in the translation editor` });
  }
}
