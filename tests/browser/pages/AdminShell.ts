import type { Locator, Page } from 'playwright-core';

/** Strapi's admin frame around every page: main navigation and announcement banners. */
export class AdminShell {
  constructor(readonly page: Page) {}

  /** A main-navigation link by its path, e.g. "/admin/content-manager". */
  navLink(href: string): Locator {
    return this.page.locator(`a[href="${href}"]`).first();
  }

  /** Closes Strapi's announcement banners (e.g. "Introducing the new Media Library") if shown. */
  async dismissBanners(): Promise<void> {
    const close = this.page.getByRole('button', { name: /close the banner/i });
    for (let i = (await close.count()) - 1; i >= 0; i -= 1) {
      await close.nth(i).click().catch(() => undefined);
    }
  }
}
