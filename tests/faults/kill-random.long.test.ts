/**
 * Long run only (`npm run test:faults`): no pause point at all. A large XLIFF import (every
 * release of a bulk-imported newsroom, with their quotes and deployments) is killed with SIGKILL
 * at a random moment of its run, several times, on SQLite and on PostgreSQL. Each time the
 * target locale holds either nothing of the file (every newsroom table as before) or all of it
 * (as many rows as the same file imported whole into another locale), never a part.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { ImportProposal } from '../../plugins/newsroom/shared/contracts/dashboard';
import { ROOT } from '../helpers/database';
import { adminCall, login } from './helpers/admin-api';
import type { RowReader } from './helpers/database-rows';
import { startStrapi, type StrapiProcess } from './helpers/strapi-process';
import { fingerprintOf, postgresTarget, saveBodyFrom, sqliteTarget, withRows, type Target } from './helpers/targets';
import { sleep } from './helpers/variant';
import { translateXliff } from './helpers/xliff';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'src', 'demo', 'nato-kfor-2023-06-13.txt'), 'utf8');
const RELEASES = Number(process.env.NEWSROOM_FAULTS_BULK_RELEASES ?? 25);
const KILLS = Number(process.env.NEWSROOM_FAULTS_RANDOM_KILLS ?? 4);
const report: string[] = [];

/** Rows in `locale` of the three translated types and of the translation states. */
const localeRows = (locale: string) => async (rows: RowReader) => {
  const counts: Record<string, number> = {};
  for (const table of ['newsroom_releases', 'newsroom_quotes', 'newsroom_deployments', 'newsroom_translation_states']) {
    const [row] = await rows.query<{ n: number | string }>(`SELECT count(*) AS n FROM ${table} WHERE locale = ?`, [locale]);
    counts[table] = Number(row?.n ?? 0);
  }
  return counts;
};

const suite = (name: string, makeTarget: () => Promise<Target> | Target) =>
  describe(`large XLIFF import killed at random moments on ${name}`, () => {
    let target: Target;
    let strapi: StrapiProcess | undefined;

    beforeAll(async () => {
      target = await makeTarget();
    });
    afterAll(async () => {
      await strapi?.kill('SIGKILL');
      target?.destroy();
    });

    it(`leaves the locale with all of the file or nothing of it, ${KILLS} kills`, async () => {
      strapi = await startStrapi({ ...target.env, NODE_ENV: 'test' }, `random-${target.client}`);
      let token = await login(strapi.baseURL);
      const call = <T>(method: string, url: string, body?: unknown, type?: string) => adminCall<T>(strapi!.baseURL, token, method, url, body, type);

      // A newsroom of RELEASES releases, each with three quotes and three deployments.
      const proposal = (await call<{ data: ImportProposal }>('POST', '/newsroom/import/parse', { text: SAMPLE, locale: 'en' })).json().data;
      for (let n = 0; n < RELEASES; n += 1) {
        expect((await call('POST', '/newsroom/import', saveBodyFrom(proposal, `Bulk release ${n}`))).status).toBe(201);
      }
      const files: Record<string, string> = {};
      for (const locale of ['sr-Latn', 'sq']) {
        const exported = await call('POST', '/newsroom/translations/xliff/export', { locale, status: 'all', version: '1.2', onlyChanged: false });
        expect(exported.status).toBe(200);
        files[locale] = translateXliff(exported.text, `[${locale}] `);
      }
      const importInto = (locale: string) => call<{ data: { counts: { applied: number } } }>(
        'POST', `/newsroom/translations/xliff/import?locale=${locale}`, files[locale], 'application/xml',
      );

      // The whole file once, into sr-Latn: how long it takes and how many rows it makes.
      const started = Date.now();
      const whole = await importInto('sr-Latn');
      const duration = Date.now() - started;
      expect(whole.status).toBe(200);
      const complete = await withRows(target, localeRows('sr-Latn'));
      expect(complete.newsroom_quotes).toBe(3 * (RELEASES + 1));

      const outcomes: string[] = [];
      for (let kill = 0; kill < KILLS && !outcomes.includes('complete'); kill += 1) {
        if (!strapi) {
          strapi = await startStrapi({ ...target.env, NODE_ENV: 'test' }, `random-${target.client}`);
          token = await login(strapi.baseURL);
        }
        const before = await fingerprintOf(target);
        const delay = Math.round(duration * (0.3 + Math.random() * 0.65));
        const pending = importInto('sq').catch(() => ({ status: 0 }));
        await sleep(delay);
        const evidence = await target.openTransaction();
        await strapi.kill('SIGKILL');
        strapi = undefined;
        const answered = (await pending).status;
        const rows = await withRows(target, localeRows('sq'));
        const nothing = JSON.stringify(await fingerprintOf(target)) === JSON.stringify(before);
        const all = JSON.stringify(rows) === JSON.stringify(complete);
        outcomes.push(all ? 'complete' : nothing ? 'nothing' : 'PARTIAL');
        report.push(`| ${target.client} | ${delay} ms of ${duration} | ${evidence} | answered ${answered || 'never'} | ${JSON.stringify(rows)} | ${outcomes.at(-1)} |`);
        expect({ kill, outcome: outcomes.at(-1) }).toEqual({ kill, outcome: all ? 'complete' : 'nothing' });
      }
    }, 20 * 60_000);
  });

suite('SQLite', sqliteTarget);
suite('PostgreSQL (private cluster)', postgresTarget);

afterAll(() => {
  if (!report.length) return;
  const table = [
    '| database | killed after | transaction at the kill | client | sq rows after | outcome |',
    '| --- | --- | --- | --- | --- | --- |',
    ...report,
  ].join('\n');
  const file = path.join(ROOT, '.tmp', 'faults', 'kill-random-long.md');
  fs.writeFileSync(file, `${table}\n`);
  process.stdout.write(`\n${table}\n(written to ${path.relative(ROOT, file)})\n`);
});
