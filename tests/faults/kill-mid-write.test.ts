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

import type { ImportProposal, SaveImport } from '../../plugins/newsroom/shared/contracts/dashboard';
import { ROOT } from '../helpers/database';
import { adminCall, login } from './helpers/admin-api';
import { newsroomFingerprint, postgresRows, sqliteRows, totalRows, type RowReader } from './helpers/database-rows';
import { startPrivatePostgres, type PrivatePostgres } from './helpers/private-postgres';
import { startStrapi, type StrapiProcess } from './helpers/strapi-process';
import { LONG } from './helpers/variant';
import { translateXliff } from './helpers/xliff';

const SAMPLE = fs.readFileSync(path.join(ROOT, 'src', 'demo', 'nato-kfor-2023-06-13.txt'), 'utf8');
const report: string[] = [];

interface Target {
  client: 'sqlite' | 'postgres';
  env: Record<string, string>;
  rows(): Promise<RowReader>;
  /** What shows the transaction was open when the process died (PostgreSQL: a writing backend). */
  openTransaction(): Promise<string>;
  destroy(): void;
}

const sqliteTarget = (): Target => {
  const relative = path.join('.tmp', 'faults', `kill-${process.pid}-${Date.now().toString(36)}.db`);
  const file = path.join(ROOT, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: relative },
    rows: async () => sqliteRows(file),
    async openTransaction() {
      const leftovers = ['-journal', '-wal'].filter((suffix) => fs.existsSync(file + suffix) && fs.statSync(file + suffix).size > 0);
      return leftovers.length ? `hot ${leftovers.join(', ')} file left by the kill` : 'no journal on disk yet (writes still in the page cache)';
    },
    destroy() {
      for (const suffix of ['', '-journal', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    },
  };
};

const postgresTarget = async (): Promise<Target & { pg: PrivatePostgres }> => {
  const pg = await startPrivatePostgres();
  const database = 'newsroom_kill';
  await pg.createDatabase(database);
  return {
    client: 'postgres',
    pg,
    env: pg.env(database),
    rows: () => postgresRows(pg.client(database)),
    async openTransaction() {
      const rows = await postgresRows(pg.client(database));
      try {
        const open = await rows.query<{ n: string }>(
          "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = ? AND state = 'idle in transaction' AND backend_xid IS NOT NULL",
          [database],
        );
        return `${open[0]?.n ?? 0} backend(s) idle in a writing transaction`;
      } finally {
        await rows.close();
      }
    },
    destroy: () => pg.destroy(),
  };
};

/** The save body an editor sends after the parser's proposal for the demo text (as the import screen does). */
const saveBodyFrom = (proposal: ImportProposal, title: string): SaveImport.Request['body'] => ({
  locale: 'en',
  title,
  issuedAt: proposal.issuedAt ?? '2023-06-13',
  place: proposal.place,
  summary: proposal.summary,
  paragraphs: proposal.paragraphs,
  quotes: proposal.quotes.map((quote) => ({
    text: quote.text,
    speakerName: quote.speakerName ?? '',
    speakerRole: quote.speakerRole,
    personDocumentId: quote.personMatch?.documentId ?? null,
  })),
  deployments: proposal.deployments,
});

type Flow = 'xliff-import' | 'text-import' | 'publish';

const suite = (name: string, makeTarget: () => Promise<Target> | Target) =>
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

    const fingerprint = async () => {
      const rows = await target.rows();
      try {
        return await newsroomFingerprint(rows, target.client);
      } finally {
        await rows.close();
      }
    };

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

    const published = async () => {
      const rows = await target.rows();
      try {
        const [row] = await rows.query<{ n: number | string }>("SELECT count(*) AS n FROM newsroom_quotes WHERE published_at IS NOT NULL AND locale = 'en'");
        return Number(row?.n ?? 0);
      } finally {
        await rows.close();
      }
    };

    const FLOWS: Flow[] = ['xliff-import', 'text-import', 'publish'];
    it.each(FLOWS)(
      'SIGKILL inside the %s transaction leaves every newsroom table as it was; a new process then writes the whole document',
      async (flow) => {
        // A process armed to stop this flow mid-transaction (booted by the previous case when it retried).
        if (armedFor !== flow) {
          await strapi?.kill('SIGKILL');
          await boot(flow);
        }
        const api = strapi!;
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
        await boot(FLOWS[FLOWS.indexOf(flow) + 1]);
        const retried = await request(flow, strapi!, token);
        if (retried.status >= 300) throw new Error(`retried ${flow}: ${retried.status} ${retried.text}`);
        if (flow === 'text-import') importedId = (JSON.parse(retried.text) as { data: { documentId: string } }).data.documentId;
        const rows = await target.rows();
        let whole: string;
        try {
          whole = await complete[flow](rows);
        } finally {
          await rows.close();
        }
        report.push(
          `| ${target.client} | ${flow} | ${JSON.stringify(written)} | ${open} | ${totalRows(after)} rows in ${Object.keys(after).length} tables, identical to before | ${whole} |`,
        );
      },
    );
  });

// Order matters within a suite: the publish flow publishes the release the text import wrote.
suite('SQLite', sqliteTarget);
suite('PostgreSQL (private cluster)', postgresTarget);

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

