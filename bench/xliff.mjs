/**
 * `npm run bench:xliff`: the translation workflow at scale. Seeds N releases (default 1,000; each
 * with 3 quotes and 2 deployments, published in en, fr and sq) in a fresh SQLite database, then,
 * in one Strapi process, times: the status matrix of a page; the XLIFF 1.2 and 2.1 export of every
 * release into a locale that has none (sr-Latn); the import of the translated file (a machine
 * "translation": every text prefixed, inline codes kept), which writes N drafts with their quotes
 * and deployments in one transaction; the matrix again. Each step starts once the database is quiet.
 * Writes bench/results-xliff.md.
 * Flags: --releases=1000 --keep
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { ensurePluginBuilt } from '../scripts/lib/setup.mjs';
import { createDatabase } from './databases.mjs';
import { ROOT } from './paths.mjs';
import { startStrapi, TEST_SECRETS } from './processes.mjs';
import { seedDatabase } from './seed.mjs';

const require = createRequire(import.meta.url);
const flags = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const releases = Number(flags.releases ?? 1000);
const LOCALE = 'sr-Latn';
const RELEASE_UID = 'plugin::newsroom.release';

const time = async (work) => {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
};

/** A translator's tool: each source copied into its target, text prefixed, inline codes kept. */
const translate = (xml) =>
  xml.replace(/<source([^>]*)>([\s\S]*?)<\/source>/g, (_all, attrs, inner) => {
    const target = String(inner).replace(/(^|>)([^<]+)/g, (_m, open, text) => (String(text).trim() ? `${open}[sr] ${text}` : `${open}${text}`));
    return `<source${attrs}>${inner}</source><target>${target}</target>`;
  });

const main = async () => {
  ensurePluginBuilt();
  await require('@strapi/strapi').compileStrapi({ appDir: ROOT });
  const database = await createDatabase('sqlite', `xliff-${releases}`);
  try {
    console.log(`▶ first boot, then seeding ${releases.toLocaleString('en-US')} releases`);
    const boot = await startStrapi({ database, port: Number(flags.port ?? 18450), name: 'xliff-first-boot' });
    await boot.stop();
    const knex = require('knex')(database.knexConfig);
    const seed = await seedDatabase(knex, { client: 'sqlite', releases });
    await knex.destroy();

    Object.assign(process.env, TEST_SECRETS, database.strapiEnv, {
      NODE_ENV: 'production',
      NEWSROOM_ADMIN_EMAIL: '',
      NEWSROOM_ADMIN_PASSWORD: '',
      NEWSROOM_SEED_DEMO: 'false',
    });
    const strapi = require('@strapi/strapi').createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist'), autoReload: false, serveAdminPanel: false });
    await strapi.load();
    try {
      const newsroom = (name) => strapi.plugin('newsroom').service(name);
      let queries = 0;
      strapi.db.connection.on('query', () => (queries += 1));
      /**
       * Strapi's event hub renders every written entry for webhooks after the write returns: wait
       * until the database has been quiet for a second, so a step is not charged for earlier work.
       */
      const settle = async () => {
        for (let last = -1; last !== queries; ) {
          last = queries;
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      };
      const counted = async (work) => {
        await settle();
        queries = 0;
        const result = await time(work);
        return { ...result, queries };
      };
      const ids = (await strapi.db.query(RELEASE_UID).findMany({ where: { locale: 'en', publishedAt: null }, select: ['documentId'] })).map((row) => row.documentId);
      const matrix = () => newsroom('translation-status').matrix({ uid: RELEASE_UID, locale: LOCALE, page: 1, pageSize: 25 });

      console.log(`▶ ${ids.length} releases: status matrix, export, import`);
      const matrixBefore = await counted(matrix);
      const export12 = await counted(() => newsroom('xliff').export({ documentIds: ids, locale: LOCALE, version: '1.2' }));
      const export21 = await counted(() => newsroom('xliff').export({ documentIds: ids, locale: LOCALE, version: '2.1' }));
      const translated = translate(export12.value);
      const imported = await counted(() => newsroom('xliff').import({ xml: translated, locale: LOCALE, maxBytes: 200 * 1024 * 1024 }));
      const matrixAfter = await counted(matrix);
      const drafts = await strapi.db.query(RELEASE_UID).count({ where: { locale: LOCALE, publishedAt: null } });
      const published = await strapi.db.query(RELEASE_UID).count({ where: { locale: LOCALE, publishedAt: { $notNull: true } } });
      const units = (export12.value.match(/<trans-unit /g) ?? []).length;

      const mb = (text) => (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
      const rows = [
        ['status matrix, one page of 25 (before)', matrixBefore.ms, matrixBefore.queries, `${matrixBefore.value.documents[0]?.locales[0]?.status} ×25 of ${matrixBefore.value.total}`],
        [`export XLIFF 1.2, ${ids.length} releases`, export12.ms, export12.queries, `${units.toLocaleString('en-US')} units, ${mb(export12.value)} MB`],
        [`export XLIFF 2.1, ${ids.length} releases`, export21.ms, export21.queries, `${mb(export21.value)} MB`],
        [`import the translated 1.2 file`, imported.ms, imported.queries, `applied ${imported.value.counts.applied.toLocaleString('en-US')}, unknown ${imported.value.counts['unknown-id']}, empty ${imported.value.counts['empty-target']}`],
        ['status matrix, one page of 25 (after)', matrixAfter.ms, matrixAfter.queries, `${matrixAfter.value.documents[0]?.locales[0]?.status}`],
      ];
      const table = [
        '| step | seconds | SQL queries | result |',
        '| --- | ---: | ---: | --- |',
        ...rows.map(([step, ms, q, note]) => `| ${step} | ${(ms / 1000).toFixed(2)} | ${q.toLocaleString('en-US')} | ${note} |`),
      ].join('\n');
      const report = [
        '# XLIFF at scale',
        '',
        `Produced by \`npm run bench:xliff${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}\` on ${new Date().toISOString()}.`,
        '',
        `- Machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}; SQLite (better-sqlite3), one Strapi process, production mode.`,
        `- Data: ${releases.toLocaleString('en-US')} releases with 3 quotes and 2 deployments each, published in en, fr, sq (${seed.rows.toLocaleString('en-US')} rows, bulk-inserted in ${(seed.insertMs / 1000).toFixed(1)} s); target locale ${LOCALE} (no translation yet).`,
        '',
        table,
        '',
        `After the import: ${drafts.toLocaleString('en-US')} ${LOCALE} drafts, ${published} published (an import never publishes).`,
        '',
      ].join('\n');
      console.log(`\n${table}\n`);
      fs.writeFileSync(path.join(ROOT, 'bench', 'results-xliff.md'), report);
      console.log('Wrote bench/results-xliff.md');
      if (drafts !== releases || published !== 0) throw new Error(`expected ${releases} ${LOCALE} drafts and none published`);
    } finally {
      await strapi.destroy();
    }
  } finally {
    if (flags.keep !== 'true') await database.drop();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
