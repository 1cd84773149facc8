/**
 * Debian's Chromium driven by playwright-core: headless, a fresh profile, 1440x900, and no
 * request leaves the machine (anything but 127.0.0.1/localhost is aborted and recorded).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { chromium, type BrowserContext, type Page } from 'playwright-core';

import { CHROMIUM } from './paths';

/** What went wrong in the browser, collected for assertions (see `expectNoPageErrors`). */
export interface BrowserErrors {
  /** Uncaught exceptions in a page (`pageerror`): a page that crashed or half-rendered. */
  pageErrors: string[];
  /** `console.error(...)` messages, with the script that logged them. */
  consoleErrors: string[];
  /** Requests aborted because they were for another host (the admin must not need them). */
  blockedRequests: string[];
  /** Local requests that failed at the network level (not HTTP errors). */
  failedRequests: string[];
}

export interface BrowserSession {
  context: BrowserContext;
  /** The first tab; open more with `context.newPage()` (they are watched as well). */
  page: Page;
  errors: BrowserErrors;
  /** Empties `errors` (e.g. after a step whose errors are expected). */
  clearErrors(): void;
  close(): Promise<void>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export const VIEWPORT = { width: 1440, height: 900 };

export const chromiumMissing = () =>
  new Error(
    `Chromium is not installed at ${CHROMIUM}. Install Debian's package as root: ` +
      '`apt-get update && apt-get install -y --no-install-recommends chromium` (.ci/run does it in CI).',
  );

/** Launches Chromium with a fresh profile (removed on close). `baseURL` lets `page.goto('/admin')` work. */
export const launchBrowser = async (options: { baseURL?: string } = {}): Promise<BrowserSession> => {
  if (!fs.existsSync(CHROMIUM)) throw chromiumMissing();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-chromium-'));
  // playwright refuses --user-data-dir in `args`: a persistent context is how it takes one.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
    viewport: VIEWPORT,
    locale: 'en-US',
    timezoneId: 'UTC',
    baseURL: options.baseURL,
    timeout: 60_000,
  });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(90_000); // the first admin load parses megabytes of JS

  const errors: BrowserErrors = { pageErrors: [], consoleErrors: [], blockedRequests: [], failedRequests: [] };

  await context.route('**/*', (route) => {
    const url = route.request().url();
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      /* not a URL with a host */
    }
    if (LOCAL_HOSTS.has(host)) return route.continue();
    errors.blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });

  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.pageErrors.push(`${error.name}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location().url;
      errors.consoleErrors.push(where ? `${message.text()} (${where})` : message.text());
    });
    page.on('requestfailed', (request) => {
      const failure = request.failure()?.errorText ?? 'failed';
      if (!failure.includes('ERR_BLOCKED_BY_CLIENT') && !failure.includes('ERR_ABORTED')) {
        errors.failedRequests.push(`${request.method()} ${request.url()}: ${failure}`);
      }
    });
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    errors,
    clearErrors() {
      for (const list of Object.values(errors)) list.length = 0;
    },
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
};

/** Fails with every uncaught page exception seen so far (console errors are reported, not failed on). */
export const expectNoPageErrors = (errors: BrowserErrors) => {
  if (errors.pageErrors.length === 0) return;
  const details = [
    `Page errors:\n  ${errors.pageErrors.join('\n  ')}`,
    errors.consoleErrors.length ? `Console errors:\n  ${errors.consoleErrors.join('\n  ')}` : '',
  ].filter(Boolean);
  throw new Error(details.join('\n'));
};
