import path from 'node:path';

/** The app's root (the Strapi app; the plugin lives in plugins/newsroom). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Scratch space of the browser tests: the server's SQLite file, its log, Chromium profiles. */
export const BROWSER_TMP = path.join(ROOT, '.tmp', 'browser');

/** Written by the global setup, read by every test file: see `serverInfo()` in server.ts. */
export const SERVER_INFO_FILE = path.join(BROWSER_TMP, 'server.json');

/** Everything the Strapi child process prints (kept after the run for post-mortems). */
export const SERVER_LOG_FILE = path.join(BROWSER_TMP, 'server.log');

/** Screenshots the tests take for the README (`NewsroomPage.screenshot(name)`). */
export const SCREENSHOT_DIR = path.join(ROOT, 'docs', 'screenshots');

/** Debian's Chromium (`apt-get install chromium`); playwright-core never downloads a browser here. */
export const CHROMIUM = process.env.NEWSROOM_CHROMIUM ?? '/usr/bin/chromium';
