/**
 * `npm run newsroom`: everything a first run needs, then the newsroom itself.
 * Installs dependencies, writes .env (secrets and an admin login), builds the plugin and the
 * admin panel when they are out of date, loads the demo release (once) and starts Strapi on
 * SQLite. Prints how to log in.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { ensureDependencies, ensureEnvFile, ensurePluginBuilt, newest, ROOT, run, step } from './lib/setup.mjs';

ensureDependencies();
const env = ensureEnvFile();
const pluginRebuilt = ensurePluginBuilt();

const adminBuilt = path.join(ROOT, 'dist', 'build', 'index.html');
const adminBuiltAt = fs.existsSync(adminBuilt) ? fs.statSync(adminBuilt).mtimeMs : 0;
if (pluginRebuilt || adminBuiltAt < Math.max(newest(path.join(ROOT, 'src')), newest(path.join(ROOT, 'config')), newest(path.join(ROOT, 'plugins', 'newsroom')))) {
  step('Building the app and its admin panel (strapi build, about a minute)');
  run('npx strapi build');
}

const port = Number(process.env.PORT ?? env.PORT ?? 1337);
const email = process.env.NEWSROOM_ADMIN_EMAIL ?? env.NEWSROOM_ADMIN_EMAIL;
const password = process.env.NEWSROOM_ADMIN_PASSWORD ?? env.NEWSROOM_ADMIN_PASSWORD;

step('Starting the newsroom (SQLite, demo release loaded on first start)');
const child = spawn('npx', ['strapi', 'start'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, NEWSROOM_SEED_DEMO: 'true', NEWSROOM_ADMIN_EMAIL: email, NEWSROOM_ADMIN_PASSWORD: password },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

const healthy = () =>
  new Promise((resolve) => {
    http
      .get({ host: '127.0.0.1', port, path: '/_health' }, (response) => resolve(response.statusCode === 204))
      .on('error', () => resolve(false));
  });

for (let attempt = 0; attempt < 240; attempt += 1) {
  if (await healthy()) {
    const line = '='.repeat(72);
    console.log(
      [
        '',
        line,
        '  The newsroom is running.',
        `  Admin panel:  http://localhost:${port}/admin`,
        `  Log in with:  ${email}`,
        `  Password:     ${password}`,
        '  (stored in .env; change it in the admin under your profile)',
        `  Public API:   http://localhost:${port}/api/newsroom/releases?locale=en`,
        `                http://localhost:${port}/api/newsroom/releases?locale=fr`,
        line,
        '',
      ].join('\n'),
    );
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
