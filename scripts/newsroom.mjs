/**
 * `npm run newsroom`: everything a first run needs, then the newsroom itself.
 * Installs dependencies, writes .env (secrets and an admin login) when there is none, builds the
 * plugin and the admin panel when they are out of date, and starts Strapi. Prints how to log in.
 *
 *   npm run newsroom                    SQLite (.tmp/data.db), with the demo release and admin
 *   npm run newsroom -- --postgres      PostgreSQL (DATABASE_URL, else DATABASE_HOST/PORT/NAME/
 *                                       USERNAME/PASSWORD; default postgres@127.0.0.1:5432/newsroom),
 *                                       creating the database when missing; no demo unless --demo
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { ensureDependencies, ensureEnvFile, ensurePluginBuilt, newest, ROOT, run, step } from './lib/setup.mjs';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => !['--postgres', '--demo'].includes(arg));
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(' ')}. Usage: npm run newsroom [-- --postgres [--demo]]`);
  process.exit(2);
}

ensureDependencies();
const env = ensureEnvFile();
/** A setting as Strapi will see it: the environment first, then .env. */
const setting = (name) => process.env[name] ?? env[name];
const usePostgres = args.includes('--postgres') || setting('DATABASE_CLIENT') === 'postgres';
const demo = !usePostgres || args.includes('--demo');

const childEnv = { ...process.env, NEWSROOM_SEED_DEMO: demo ? 'true' : 'false' };
let where = 'SQLite';
if (usePostgres) {
  const { ensureDatabase, postgresEnv, postgresSettings } = await import('./lib/postgres.mjs');
  const names = ['DATABASE_URL', 'DATABASE_HOST', 'DATABASE_PORT', 'DATABASE_NAME', 'DATABASE_USERNAME', 'DATABASE_PASSWORD'];
  const settings = postgresSettings(Object.fromEntries(names.map((name) => [name, setting(name)])));
  where = `PostgreSQL, database "${settings.database}" at ${settings.host}:${settings.port}`;
  try {
    if (await ensureDatabase(settings)) step(`Created the database "${settings.database}"`);
  } catch (error) {
    console.error(`\n${error.message}`);
    process.exit(1);
  }
  Object.assign(childEnv, postgresEnv(settings));
}

const pluginRebuilt = ensurePluginBuilt();
const adminBuilt = path.join(ROOT, 'dist', 'build', 'index.html');
const adminBuiltAt = fs.existsSync(adminBuilt) ? fs.statSync(adminBuilt).mtimeMs : 0;
if (pluginRebuilt || adminBuiltAt < Math.max(newest(path.join(ROOT, 'src')), newest(path.join(ROOT, 'config')), newest(path.join(ROOT, 'plugins', 'newsroom')))) {
  step('Building the app and its admin panel (strapi build, about a minute)');
  run('npx strapi build');
}

const port = Number(setting('PORT') ?? 1337);
const email = setting('NEWSROOM_ADMIN_EMAIL');
const password = setting('NEWSROOM_ADMIN_PASSWORD');
if (demo) Object.assign(childEnv, { NEWSROOM_ADMIN_EMAIL: email, NEWSROOM_ADMIN_PASSWORD: password });

step(`Starting the newsroom (${where}${demo ? ', demo release loaded on first start' : ''}${process.env.NODE_ENV ? `, NODE_ENV=${process.env.NODE_ENV}` : ''})`);
// Strapi itself is this process's child (no npx in between), so a signal forwarded to it reaches
// its graceful shutdown; and when whatever started us goes away (`npm run` stopped by SIGTERM
// exits without telling us), we stop Strapi the same way rather than leave it running.
const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: childEnv,
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal));
const parent = process.ppid;
const orphanCheck = setInterval(() => {
  if (process.ppid !== parent) child.kill('SIGTERM');
}, 1000);
child.on('exit', (code) => {
  clearInterval(orphanCheck);
  process.exit(code ?? 0);
});

const ready = () =>
  new Promise((resolve) => {
    http
      .get({ host: '127.0.0.1', port, path: '/api/newsroom/ready' }, (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      })
      .on('error', () => resolve(false));
  });

for (let attempt = 0; attempt < 600; attempt += 1) {
  if (await ready()) {
    const line = '='.repeat(72);
    const login =
      email && password
        ? [`  Log in with:  ${email}`, `  Password:     ${password}`, '  (stored in .env; change it in the admin under your profile)']
        : ['  First visit:  create the first administrator there.'];
    console.log(
      [
        '',
        line,
        `  The newsroom is running (${where}).`,
        `  Admin panel:  http://localhost:${port}/admin`,
        ...login,
        `  Public API:   http://localhost:${port}/api/newsroom/releases?locale=en`,
        `  Readiness:    http://localhost:${port}/api/newsroom/ready`,
        line,
        '',
      ].join('\n'),
    );
    break;
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
}
