import type { Locator, Page } from 'playwright-core';

export interface Credentials {
  email: string;
  password: string;
}

/** The admin's login form at /admin/auth/login. */
export class LoginPage {
  constructor(readonly page: Page) {}

  get email(): Locator {
    return this.page.locator('input[name="email"]');
  }

  get password(): Locator {
    return this.page.locator('input[name="password"]');
  }

  get submit(): Locator {
    return this.page.locator('button[type="submit"]');
  }

  /** Opens the form (the first admin load: generous timeout on 2 cores). */
  async goto(): Promise<this> {
    await this.page.goto('/admin/auth/login');
    await this.email.waitFor({ state: 'visible', timeout: 90_000 });
    return this;
  }

  /** Fills and submits the form, then waits until the admin has left /auth/. */
  async login({ email, password }: Credentials): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
    await this.page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
  }

  /** `goto()` then `login()`. */
  async loginAs(credentials: Credentials): Promise<void> {
    await this.goto();
    await this.login(credentials);
  }
}
