/**
 * Fault: the Strapi process killed (SIGKILL) in the middle of a write (issue 9, item 9): an XLIFF
 * import, an import from text, and a publication with its quotes and deployments, on SQLite and
 * on PostgreSQL (a private cluster). A test-only pause point (server/src/faults/pause-point.ts,
 * armed by NEWSROOM_FAULT_PAUSE_AT) stops each flow inside its transaction after part of its
 * writes and reports what it has written; the test then kills the process. Afterwards every
 * newsroom table is exactly as before the request (row counts and a digest of the rows), a new
 * process starts on the same database, and the same request then writes the whole document.
 * The long run (NEWSROOM_FAULTS_LONG=true) also kills a large XLIFF import at random moments
 * with no pause point at all.
 */
import fs from 'node:fs';
import path from 'node:path';

import type { ImportProposal } from '../../plugins/newsroom/shared/contracts/dashboard';
import { ROOT } from '../helpers/database';
import { adminCall, login } from './helpers/admin-api';
import { totalRows, type RowReader } from './helpers/database-rows';
import { startStrapi, type StrapiProcess } from './helpers/strapi-process';
import { fingerprintOf, postgresTarget, saveBodyFrom, sqliteTarget, withRows, type Target } from './helpers/targets';
import { LONG, pick } from './helpers/variant';
import { translateXliff } from './helpers/xliff';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'src', 'demo', 'nato-kfor-2023-06-13.txt'), 'utf8');
const report: string[] = [];

type Flow = 'xliff-import' | 'text-import' | 'publish';

const suite = (name: string, makeTarget: () => Promise<Target> | Target, flows: Flow[]) =>
  describe(`killed mid-write on ${name}`, () => {
    let target: Target;
    let strapi: StrapiProcess | undefined;
    let token = '';
    let demoId = '';
    let importedId = '';

    let armedFor: Flow | undefined;
    const boot = async (pauseAt?: Flow) => {
      armedFor = pauseAt;
      strapi = await startStrapi({ ...target.env, NODE_ENV: 'test', NEWSROOM_FAULT_PAUSE_AT: pauseAt ?? '' }, `kill-${target.client}`);
      token = await login(strapi.baseURL);
      if (!demoId) {
        const list = await adminCall<{ data: Array<{ documentId: string; title: string }> }>(strapi.baseURL, token, 'GET', '/newsroom/releases?locale=en');
        demoId = list.json().data.find((release) => release.title.startsWith('NATO and EU'))!.documentId;
      }
    };

    const fingerprint = () => fingerprintOf(target);

    const request = async (flow: Flow, api: StrapiProcess, as: string) => {
      if (flow === 'xliff-import') {
        const exported = await adminCall(api.baseURL, as, 'GET', `/newsroom/translations/releases/${demoId}/xliff?locale=sq&version=1.2`);
        expect(exported.status).toBe(200);
        return adminCall<{ data: { counts: Record<string, number> } }>(
          api.baseURL, as, 'POST', `/newsroom/translations/xliff/import?locale=sq&documentId=${demoId}`, translateXliff(exported.text, '[sq] '), 'application/xml',
        );
      }
      if (flow === 'text-import') {
        const parsed = await adminCall<{ data: ImportProposal }>(api.baseURL, as, 'POST', '/newsroom/import/parse', { text: SAMPLE, locale: 'en' });
        expect(parsed.status).toBe(200);
        return adminCall<{ data: { documentId: string } }>(api.baseURL, as, 'POST', '/newsroom/import', saveBodyFrom(parsed.json().data, 'Imported while the process dies'));
      }
      return adminCall(api.baseURL, as, 'POST', `/newsroom/releases/${importedId}/publish?locale=en`);
    };

    /** Checks that the flow's document is all there after a successful request. */
    const complete: Record<Flow, (rows: RowReader) => Promise<string>> = {
      async 'xliff-import'(rows) {
        const [release] = await rows.query<{ id: number }>("SELECT id FROM newsroom_releases WHERE document_id = ? AND locale = 'sq'", [demoId]);
        expect(release).toBeDefined();
        const linked = await rows.query("SELECT q.id FROM newsroom_quotes q JOIN newsroom_quotes_release_lnk l ON l.quote_id = q.id WHERE l.release_id = ? AND q.locale = 'sq' AND q.text LIKE '[sq] %'", [release!.id]);
        const deployments = await rows.query("SELECT d.id FROM newsroom_deployments d JOIN newsroom_releases_deployments_lnk l ON l.deployment_id = d.id WHERE l.release_id = ? AND d.locale = 'sq'", [release!.id]);
        expect(linked).toHaveLength(3);
        expect(deployments).toHaveLength(3);
        return `sq release with ${linked.length} translated quotes and ${deployments.length} deployments linked`;
      },
      async 'text-import'(rows) {
        const [release] = await rows.query<{ id: number }>("SELECT id FROM newsroom_releases WHERE document_id = ? AND locale = 'en' AND published_at IS NULL", [importedId]);
        expect(release).toBeDefined();
        const quotes = await rows.query("SELECT quote_id FROM newsroom_quotes_release_lnk WHERE release_id = ?", [release!.id]);
        const deployments = await rows.query("SELECT deployment_id FROM newsroom_releases_deployments_lnk WHERE release_id = ?", [release!.id]);
        expect(quotes).toHaveLength(3);
        expect(deployments).toHaveLength(3);
        return `draft release with ${quotes.length} quotes and ${deployments.length} deployments`;
      },
      async publish(rows) {
        const [release] = await rows.query<{ id: number }>("SELECT id FROM newsroom_releases WHERE document_id = ? AND locale = 'en' AND published_at IS NOT NULL", [importedId]);
        expect(release).toBeDefined();
        const quotes = await rows.query("SELECT q.id FROM newsroom_quotes q JOIN newsroom_quotes_release_lnk l ON l.quote_id = q.id WHERE l.release_id = ? AND q.published_at IS NOT NULL", [release!.id]);
        const deployments = await rows.query("SELECT d.id FROM newsroom_deployments d JOIN newsroom_releases_deployments_lnk l ON l.deployment_id = d.id WHERE l.release_id = ? AND d.published_at IS NOT NULL", [release!.id]);
        expect(quotes).toHaveLength(3);
        expect(deployments).toHaveLength(3);
        return `published release linked to ${quotes.length} published quotes and ${deployments.length} published deployments`;
      },
    };

    beforeAll(async () => {
      target = await makeTarget();
    });
    afterAll(async () => {
      await strapi?.kill('SIGKILL');
      target?.destroy();
    });

    const published = () =>
      withRows(target, async (rows) => {
        const [row] = await rows.query<{ n: number | string }>(
          "SELECT count(*) AS n FROM newsroom_quotes WHERE published_at IS NOT NULL AND locale = 'en'",
        );
        return Number(row?.n ?? 0);
      });

    it.each(flows)(
      'SIGKILL inside the %s transaction leaves every newsroom table as it was; a new process then writes the whole document',
      async (flow) => {
        // A process armed to stop this flow mid-transaction (booted by the previous case when it retried).
        if (armedFor !== flow) {
          await strapi?.kill('SIGKILL');
          await boot(flow);
        }
        const api = strapi!;
        if (flow === 'publish' && !importedId) {
          // The release to publish: a draft with quotes and deployments, imported (and committed) first.
          const imported = await request('text-import', api, token);
          expect(imported.status).toBe(201);
          importedId = (JSON.parse(imported.text) as { data: { documentId: string } }).data.documentId;
        }
        const before = await fingerprint();
        const publishedBefore = await published();

        const pending = request(flow, api, token).catch((error: Error) => ({ status: 0, text: error.message }));
        const line = await api.waitForLog(`fault pause point "${flow}" reached`);
        const written = JSON.parse(line.slice(line.indexOf('{'))) as Record<string, number>;
        const open = await target.openTransaction();
        const killedBy = await api.kill('SIGKILL');
        const answered = await pending;
        strapi = undefined;

        // The transaction had written rows (its own view of them, logged at the pause point)...
        if (flow === 'publish') expect(written.quotes).toBeGreaterThan(publishedBefore);
        else expect(written.quotes).toBeGreaterThan(before.newsroom_quotes!.rows);
        if (target.client === 'postgres') expect(open).toMatch(/^1 backend/);
        // ...then the process died: the client got no answer, and nothing of it is left.
        expect(killedBy).toBe('SIGKILL');
        expect(answered.status).toBe(0);
        const after = await fingerprint();
        expect(after).toEqual(before);

        // A new process on the same database (armed for the next flow): the same request writes the whole document.
        await boot(flows[flows.indexOf(flow) + 1]);
        const retried = await request(flow, strapi!, token);
        if (retried.status >= 300) throw new Error(`retried ${flow}: ${retried.status} ${retried.text}`);
        if (flow === 'text-import') importedId = (JSON.parse(retried.text) as { data: { documentId: string } }).data.documentId;
        const whole = await withRows(target, complete[flow]);
        report.push(
          `| ${target.client} | ${flow} | ${JSON.stringify(written)} | ${open} | ${totalRows(after)} rows in ${Object.keys(after).length} tables, identical to before | ${whole} |`,
        );
      },
    );
  });

// Short run (npm test): every flow on SQLite, the publication (the widest transaction) on
// PostgreSQL. Long run: every flow on both. The publish flow publishes the release the text
// import wrote (or imports one first).
suite('SQLite', sqliteTarget, ['xliff-import', 'text-import', 'publish']);
suite('PostgreSQL (private cluster)', postgresTarget, pick<Flow[]>(['publish'], ['xliff-import', 'text-import', 'publish']));

afterAll(() => {
  if (!report.length) return;
  const table = [
    '| database | flow | written inside the transaction when killed | transaction at the kill | rows checked after the kill | after a new process retried |',
    '| --- | --- | --- | --- | --- | --- |',
    ...report,
  ].join('\n');
  const file = path.join(ROOT, '.tmp', 'faults', `kill-mid-write-${LONG ? 'long' : 'short'}.md`);
  fs.writeFileSync(file, `${table}\n`);
  process.stdout.write(`\n${table}\n(written to ${path.relative(ROOT, file)})\n`);
});

