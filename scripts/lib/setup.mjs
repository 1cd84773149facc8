/**
 * Set-up shared by `npm run newsroom` and `npm test`. Uses Node built-ins only: it runs before
 * dependencies are installed.
 */
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { secretLines } from './secrets.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const PLUGIN = path.join(ROOT, 'plugins', 'newsroom');

export const step = (message) => console.log(`\n\u25b6 ${message}`);

export const run = (command, env = {}) =>
  execSync(command, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });

const mtime = (file) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

/** Newest modification time of the files under `dir`, skipping builds and dependencies. */
export const newest = (dir, skip = ['node_modules', 'dist', '__tests__', '.tmp', 'build', '.strapi']) => {
  let latest = 0;
  if (!fs.existsSync(dir)) return latest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (skip.includes(entry.name)) continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full, skip) : fs.statSync(full).mtimeMs);
  }
  return latest;
};

/** `npm ci` when node_modules is missing or older than the lock file. */
export const ensureDependencies = () => {
  const installed = path.join(ROOT, 'node_modules', '.package-lock.json');
  if (mtime(installed) >= mtime(path.join(ROOT, 'package-lock.json'))) return;
  step('Installing dependencies (npm ci, about 2 minutes; better-sqlite3 compiles from source)');
  // --include=dev: building the plugin and the admin panel needs the dev tools, also when
  // NODE_ENV=production (where npm would otherwise leave them out).
  run('npm ci --include=dev --no-audit --no-fund', { npm_config_build_from_source: 'true' });
};

/** Builds the plugin when its sources are newer than its build: the app loads only the build. */
export const ensurePluginBuilt = () => {
  if (mtime(path.join(PLUGIN, 'dist', 'server', 'index.js')) >= newest(PLUGIN)) return false;
  step('Building the newsroom plugin');
  run('npm run build:plugin --silent');
  return true;
};

/** Writes .env with fresh secrets and an admin login on first run; returns its values. */
export const ensureEnvFile = () => {
  const file = path.join(ROOT, '.env');
  if (!fs.existsSync(file)) {
    step('Writing .env with new secrets');
    const password = `Nr-${randomBytes(9).toString('base64url')}1a`;
    fs.writeFileSync(
      file,
      [
        'HOST=0.0.0.0',
        'PORT=1337',
        ...secretLines(),
        'DATABASE_CLIENT=sqlite',
        'DATABASE_FILENAME=.tmp/data.db',
        'NEWSROOM_ADMIN_EMAIL=admin@newsroom.local',
        `NEWSROOM_ADMIN_PASSWORD=${password}`,
        '',
      ].join('\n'),
    );
  }
  return Object.fromEntries(
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1).replace(/^"|"$/g, '')]),
  );
};
