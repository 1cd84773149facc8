import fs from 'node:fs';
import path from 'node:path';

import type { Locator, Page } from 'playwright-core';

import { SCREENSHOT_DIR } from '../helpers/paths';
import { AdminShell } from './AdminShell';

export const NEWSROOM_PATH = '/admin/plugins/newsroom';

/** The Newsroom plugin's pages in the admin (menu link, home page; extend with its sub-pages). */
export class NewsroomPage {
  constructor(readonly page: Page) {}

  /** The plugin's entry in the admin's main navigation. */
  get menuLink(): Locator {
    return this.page.locator(`a[href="${NEWSROOM_PATH}"]`);
  }

  /** The plugin page's heading (any heading level whose text contains "Newsroom"). */
  get heading(): Locator {
    return this.page.getByRole('heading', { name: /Newsroom/ }).first();
  }

  /** Opens a plugin page by URL (`subpath` like "/releases") and waits for the plugin heading. */
  async open(subpath = ''): Promise<this> {
    await this.page.goto(`${NEWSROOM_PATH}${subpath}`);
    await this.heading.waitFor({ state: 'visible', timeout: 60_000 });
    return this;
  }

  /** Opens the plugin from the main navigation, as an editor does. */
  async openFromMenu(): Promise<this> {
    await this.menuLink.click();
    await this.page.waitForURL((url) => url.pathname.startsWith(NEWSROOM_PATH));
    await this.heading.waitFor({ state: 'visible', timeout: 60_000 });
    return this;
  }

  /**
   * Writes docs/screenshots/<name>.png (the viewport, 1440x900, once requests have settled and
   * with Strapi's announcement banners closed) and returns its path. List new files in the README's Screenshots section.
   */
  async screenshot(name: string): Promise<string> {
    await this.page.waitForLoadState('networkidle'); // the page's data, not its loading state
    await new AdminShell(this.page).dismissBanners();
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const file = path.join(SCREENSHOT_DIR, `${name}.png`);
    await this.page.screenshot({ path: file, animations: 'disabled' });
    return file;
  }
}
