/**
 * `npm test`: every test, from a fresh clone. Installs dependencies when needed, type-checks the
 * app and the plugin, runs the unit tests, then the API tests against a booted Strapi on SQLite
 * and on PostgreSQL (127.0.0.1:5432, trust auth; each test file creates and drops its own
 * database), the process tests (spawned `strapi start`) on both, the fault suite's short cases
 * (tests/faults/: a private PostgreSQL cluster restarted under load, Strapi killed mid-write;
 * `npm run test:faults` runs the long ones), then the browser tests in Debian's Chromium
 * (/usr/bin/chromium) against the built admin. Extra arguments go to jest (e.g. `npm test -- tests/api/slugs.test.ts`).
 */
import fs from 'node:fs';
import net from 'node:net';

import { ensureDependencies, ensurePluginBuilt, run, step } from './lib/setup.mjs';

const jestArgs = process.argv.slice(2).join(' ');

const reachable = (host, port) =>
  new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });

const started = Date.now();
ensureDependencies();
ensurePluginBuilt();

step('Type-checking the app and the plugin (tsc --noEmit)');
run('npm run typecheck --silent');

step('Unit tests (pure functions, no Strapi)');
run(`npx jest --selectProjects unit ${jestArgs}`);

step('API tests on SQLite (a real Strapi per test file)');
run(`npx jest --selectProjects api --runInBand ${jestArgs}`, { NEWSROOM_TEST_DB: 'sqlite' });

const pgHost = process.env.NEWSROOM_TEST_PG_HOST ?? '127.0.0.1';
const pgPort = Number(process.env.NEWSROOM_TEST_PG_PORT ?? 5432);
if (!(await reachable(pgHost, pgPort))) {
  console.error(`\nPostgreSQL is not reachable at ${pgHost}:${pgPort}. Start it (see .ci/run) and run npm test again.`);
  process.exit(1);
}
step(`API tests on PostgreSQL (${pgHost}:${pgPort})`);
run(`npx jest --selectProjects api --runInBand ${jestArgs}`, { NEWSROOM_TEST_DB: 'postgres' });

// --passWithNoTests: `npm test -- tests/api/x.test.ts` selects no process test.
const processArgs = jestArgs ? `--passWithNoTests ${jestArgs}` : '';
for (const db of ['sqlite', 'postgres']) {
  step(`Process tests on ${db} (spawned \`strapi start\`: production secrets, SIGTERM under load, JSON logs; slow)`);
  run(`npx jest --selectProjects process --runInBand ${processArgs}`, { NEWSROOM_TEST_DB: db });
}

step('Fault suite, short cases (PostgreSQL restarted under load on a private cluster; Strapi killed mid-write)');
run(`npx jest --selectProjects faults --runInBand ${jestArgs ? `--passWithNoTests ${jestArgs}` : ''}`, { NEWSROOM_FAULTS_LONG: 'false' });

const chromium = process.env.NEWSROOM_CHROMIUM ?? '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.error(
    `\nChromium is not installed at ${chromium}: the browser tests need Debian's package. As root:\n` +
      '  apt-get update && apt-get install -y --no-install-recommends chromium\n' +
      '(.ci/run installs it in CI), then run npm test again.',
  );
  process.exit(1);
}
step('Browser tests (Chromium)');
// --passWithNoTests: `npm test -- tests/api/x.test.ts` selects no browser test.
run(`npx jest --selectProjects browser --runInBand ${jestArgs ? `--passWithNoTests ${jestArgs}` : ''}`);

console.log(`\nAll tests passed in ${Math.round((Date.now() - started) / 1000)} s.`);
