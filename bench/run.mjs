/**
 * `npm run bench`: the newsroom's public API against Strapi's stock REST API and a bare
 * knex + node:http floor, on the same data, in the same run, on SQLite and PostgreSQL.
 * Per database and size: a fresh database, a first boot (Strapi creates the schema, the plugin its
 * locales and indexes), bulk seeding, then Strapi in production mode (twice: as configured, and
 * with the newsroom's memory cache off) and the floor, each case measured with autocannon.
 * Flags: --releases=10000[,100000] --releases-sqlite=... --releases-postgres=... --duration=10 --warmup=2 --db=sqlite,postgres --quick --keep --out=FILE
 * --port=18400 --no-build (see bench/README.md).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

import { ensurePluginBuilt } from '../scripts/lib/setup.mjs';
import { prepareCases } from './cases.mjs';
import { createDatabase, databaseVersions } from './databases.mjs';
import { measure } from './load.mjs';
import { ROOT } from './paths.mjs';
import { startFloor, startStrapi } from './processes.mjs';
import { caseTable, loadAverage, resultsMarkdown, runTitle, seedTable, verdicts } from './report.mjs';
import { seedDatabase } from './seed.mjs';

const require = createRequire(import.meta.url);

const parseArgs = (argv) => {
  const flags = Object.fromEntries(
    argv.map((arg) => {
      const [key, value] = arg.replace(/^--/, '').split('=');
      return [key, value ?? 'true'];
    }),
  );
  const known = ['releases', 'releases-sqlite', 'releases-postgres', 'duration', 'warmup', 'db', 'quick', 'keep', 'out', 'port', 'no-build'];
  const unknown = Object.keys(flags).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new Error(`unknown flag(s): ${unknown.join(', ')}; known: ${known.map((k) => `--${k}`).join(' ')}`);
  const quick = flags.quick === 'true';
  const sizes = (list) => list.split(',').map(Number);
  const releases = sizes(flags.releases ?? (quick ? '1000' : '10000'));
  const options = {
    releases: {
      sqlite: flags['releases-sqlite'] ? sizes(flags['releases-sqlite']) : releases,
      postgres: flags['releases-postgres'] ? sizes(flags['releases-postgres']) : releases,
    },
    duration: Number(flags.duration ?? (quick ? 2 : 10)),
    warmup: Number(flags.warmup ?? (quick ? 1 : 2)),
    dbs: (flags.db ?? 'sqlite,postgres').split(','),
    keep: flags.keep === 'true',
    build: flags['no-build'] !== 'true',
    port: Number(flags.port ?? 18400),
    connections: 10,
    out: path.resolve(ROOT, flags.out ?? (quick ? '.tmp/bench/results-quick.md' : 'bench/results.md')),
  };
  if (Object.values(options.releases).flat().some((n) => !Number.isInteger(n) || n < 25)) throw new Error('--releases: whole numbers ≥ 25');
  if (options.dbs.some((db) => !['sqlite', 'postgres'].includes(db))) throw new Error('--db: sqlite and/or postgres');
  if (!(options.duration > 0)) throw new Error('--duration: seconds > 0');
  return options;
};

const log = (message) => console.log(message);

/** Everything to stop or drop if the run is interrupted. */
const open = new Set();
const cleanUp = async () => {
  for (const resource of [...open].reverse()) {
    await resource().catch((error) => console.error(error));
    open.delete(resource);
  }
};
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the servers and dropping the bench databases`);
    cleanUp().finally(() => process.exit(130));
  });
}

/**
 * On a new database the upload plugin schedules its weekly metrics 15 s after boot and then
 * writes core-store, which bumps the newsroom's content version (it listens to every core-store
 * write): the bump would drop cached responses and change ETags in the middle of the cases. Let
 * that first write happen during the first boot; later boots then schedule it a week ahead.
 */
const settleFirstBoot = async (database) => {
  const knex = require('knex')(database.knexConfig);
  try {
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const row = await knex('strapi_core_store_settings').where({ key: 'plugin_upload_metrics' }).first('value');
      if (row && JSON.parse(row.value).lastWeeklyUpdate) return;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    throw new Error('the upload plugin did not write its first weekly metrics within 90 s of the first boot');
  } finally {
    await knex.destroy();
  }
};

const benchOne = async (db, releases, options) => {
  const label = `${db}-${releases}`;
  const database = await createDatabase(db, String(releases));
  const drop = () => (options.keep ? Promise.resolve() : database.drop());
  open.add(drop);
  try {
    log(`\n▶ ${label}: first boot on a fresh database (${database.name})`);
    const firstBoot = await startStrapi({ database, port: options.port, name: `${label}-first-boot` });
    try {
      await settleFirstBoot(database);
    } finally {
      await firstBoot.stop();
    }

    log(`▶ ${label}: seeding ${releases.toLocaleString('en-US')} releases`);
    const knex = require('knex')(database.knexConfig);
    let seed;
    try {
      seed = await seedDatabase(knex, { client: db, releases, log });
    } finally {
      await knex.destroy();
    }
    log(`  ${seed.rows.toLocaleString('en-US')} rows in ${(seed.insertMs / 1000).toFixed(1)} s, ${db === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE'} ${(seed.analyzeMs / 1000).toFixed(1)} s`);

    const servers = [];
    const stopServers = async () => {
      for (const server of servers.splice(0)) await server.stop();
    };
    open.add(stopServers);
    try {
      servers.push(await startStrapi({ database, port: options.port, name: `${label}-strapi` }));
      servers.push(await startStrapi({ database, port: options.port + 1, name: `${label}-strapi-no-cache`, memoryCache: 'off' }));
      servers.push(await startFloor({ database, port: options.port + 2, name: `${label}-floor` }));
      const [app, uncached, floor] = servers;
      const cases = await prepareCases({ app, uncached, floor, releases });
      log(`▶ ${label}: ${cases.length} cases × ${options.duration} s (+${options.warmup} s warm-up)`);
      const results = [];
      for (const spec of cases) {
        const result = await measure(spec, {
          duration: options.duration,
          warmup: options.warmup,
          serverPid: spec.server.pid,
          dbPids: () => database.backendPids(),
        });
        log(
          `  (${result.id}) ${result.label.padEnd(40)} ${result.rps.toFixed(0).padStart(6)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  ` +
            `${result.cpuMsPerRequest.toFixed(2)} CPU ms/req${result.dbCpuMsPerRequest === null ? '' : ` + DB ${result.dbCpuMsPerRequest.toFixed(2)}`}`,
        );
        results.push(result);
      }
      const conditional = cases.find((spec) => spec.id === 'e');
      const recheck = await fetch(conditional.url, { headers: conditional.headers });
      if (recheck.status !== 304) {
        throw new Error(`${label}: the content version moved during the cases (our list's ETag no longer matches): the results are not comparable`);
      }
      return { db, releases, firstBootMs: firstBoot.startMs, seed, cases: results };
    } finally {
      await stopServers();
      open.delete(stopServers);
    }
  } finally {
    await drop();
    open.delete(drop);
  }
};

const main = async () => {
  const options = parseArgs(process.argv.slice(2));
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  if (options.build) {
    ensurePluginBuilt();
    log('▶ Compiling the app (tsc)');
    await require('@strapi/strapi').compileStrapi({ appDir: ROOT });
  }
  const versions = await databaseVersions(options.dbs);
  const started = new Date();
  const loadBefore = loadAverage();
  const runs = [];
  for (const db of options.dbs) {
    for (const releases of options.releases[db]) runs.push(await benchOne(db, releases, options));
  }
  const finished = new Date();
  for (const run of runs) log(`\n## ${runTitle(run)}\n\n${caseTable(run)}`);
  log(`\n## Seeding\n\n${seedTable(runs)}`);
  log(`\n## Targets${verdicts(runs)}`);
  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  fs.writeFileSync(options.out, resultsMarkdown({ runs, options, command, started, finished, versions, loadBefore, loadAfter: loadAverage() }));
  log(`\nWrote ${path.relative(ROOT, options.out)}`);
};

main().then(
  () => process.exit(0),
  async (error) => {
    console.error(error);
    await cleanUp();
    process.exit(1);
  },
);
