/**
 * Fault: PostgreSQL restarted while readers and editors work (issue 9, item 8). A real Strapi
 * process on a PRIVATE PostgreSQL cluster (never the shared server), open-loop readers and
 * editors, then `pg_ctl stop` (fast; in the long run also `immediate`, a crash), a pause, `start`.
 * Readers may fail only while the database is down, with a clean 503; they recover without
 * restarting Strapi; every write answered 2xx is in the database afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ROOT } from '../helpers/database';
import { adminRequest, login } from './helpers/admin-api';
import { formatFigures, isOk, leaksStack, phaseFigures, runLoad, type Sample, type Stream } from './helpers/load';
import { startPrivatePostgres, type PrivatePostgres } from './helpers/private-postgres';
import { startStrapi, type StrapiProcess } from './helpers/strapi-process';
import { LONG, pick, sleep } from './helpers/variant';

const DATABASE = 'newsroom_faults';
/** After `pg_ctl start` returns, how long readers may still fail (pooled connections re-made). */
const RECOVERY_GRACE_MS = 3000;

let pg: PrivatePostgres;
let strapi: StrapiProcess;
let token: string;
let demo: { documentId: string; slugEn: string; slugFr: string };
const report: string[] = [];

beforeAll(async () => {
  pg = await startPrivatePostgres();
  await pg.createDatabase(DATABASE);
  strapi = await startStrapi(pg.env(DATABASE), 'pg-restart');
  token = await login(strapi.baseURL);
  const list = async (locale: string) =>
    ((await (await fetch(`${strapi.baseURL}/api/newsroom/releases?locale=${locale}`)).json()) as {
      data: Array<{ documentId: string; slug: string }>;
    }).data[0]!;
  const [en, fr] = [await list('en'), await list('fr')];
  demo = { documentId: en.documentId, slugEn: en.slug, slugFr: fr.slug };
});

afterAll(async () => {
  await strapi?.kill('SIGTERM');
  pg?.destroy();
  if (report.length) {
    const file = path.join(ROOT, '.tmp', 'faults', `postgres-restart-${LONG ? 'long' : 'short'}.md`);
    fs.writeFileSync(file, `${report.join('\n\n')}\n`);
    process.stdout.write(`\n${report.join('\n\n')}\n(written to ${path.relative(ROOT, file)})\n`);
  }
});

const streams = (run: string, readyRoute: boolean): Stream[] => {
  const readRate = pick(16, 32);
  const writeRate = pick(2, 4);
  const readers: Array<[string, string, RequestInit | undefined]> = [
    ['list en', '/api/newsroom/releases?locale=en', undefined],
    ['list fr', '/api/newsroom/releases?locale=fr&sort=title:asc', undefined],
    ['detail en', `/api/newsroom/releases/${demo.slugEn}?locale=en`, undefined],
    ['detail fr', `/api/newsroom/releases/${demo.slugFr}/ninjs?locale=fr`, undefined],
    ['editor view', `/newsroom/releases/${demo.documentId}?locale=fr`, adminRequest(token, 'GET')],
    ['dashboard', '/newsroom/releases?locale=en', adminRequest(token, 'GET')],
  ];
  return [
    ...readers.map(([name, url, init]) => ({ name: `read: ${name}`, rate: readRate / readers.length, request: () => ({ url, init }) })),
    {
      name: 'write: text import',
      rate: writeRate / 2,
      request: (n: number) => {
        const marker = `Fault ${run} import ${n}`;
        return {
          marker,
          url: '/newsroom/import',
          init: adminRequest(token, 'POST', {
            locale: 'en',
            title: marker,
            issuedAt: '2024-03-01',
            paragraphs: ['Written while PostgreSQL restarts.'],
            quotes: [{ text: `${marker}: the words`, speakerName: 'Fault Editor', speakerRole: 'Editor' }],
            deployments: [],
          }),
        };
      },
    },
    {
      name: 'write: add quote',
      rate: writeRate / 2,
      request: (n: number) => {
        const marker = `Fault ${run} quote ${n}`;
        return {
          marker,
          url: `/newsroom/releases/${demo.documentId}/quotes?locale=fr`,
          init: adminRequest(token, 'POST', { text: marker, speaker: { name: 'Fault Editor' }, speakerRole: 'Éditeur' }),
        };
      },
    },
    ...(readyRoute ? [{ name: 'ready', rate: 2, request: () => ({ url: '/api/newsroom/ready' }) }] : []),
  ];
};

/** Markers of acknowledged writes found in the database. */
const stored = async (run: string) => {
  const client = pg.client(DATABASE);
  await client.connect();
  try {
    const releases = await client.query<{ title: string }>(
      'SELECT DISTINCT title FROM newsroom_releases WHERE title LIKE $1',
      [`Fault ${run} import %`],
    );
    const importQuotes = await client.query<{ text: string }>(
      'SELECT DISTINCT q.text FROM newsroom_quotes q WHERE q.text LIKE $1',
      [`Fault ${run} import %`],
    );
    const quotes = await client.query<{ text: string }>(
      `SELECT DISTINCT q.text FROM newsroom_quotes q
         JOIN newsroom_quotes_release_lnk l ON l.quote_id = q.id
         JOIN newsroom_releases r ON r.id = l.release_id
        WHERE q.text LIKE $1 AND q.locale = 'fr' AND r.document_id = $2`,
      [`Fault ${run} quote %`, demo.documentId],
    );
    return {
      markers: new Set([...releases.rows.map((r) => r.title), ...quotes.rows.map((r) => r.text)]),
      importQuotes: new Set(importQuotes.rows.map((r) => r.text)),
    };
  } finally {
    await client.end();
  }
};

const modes: Array<'fast' | 'immediate'> = pick(['fast'], ['fast', 'immediate']);

describe('PostgreSQL restarted under load (private cluster)', () => {
  it.each(modes)(
    'pg_ctl stop -m %s: readers fail only while it is down (503, no stack), recover without a Strapi restart, no acknowledged write lost',
    async (mode) => {
      const run = `${mode}-${Date.now().toString(36)}`;
      const readyRoute = (await fetch(`${strapi.baseURL}/api/newsroom/ready`)).status !== 404;
      const phaseMs = pick(5000, 20_000);
      const downMs = pick(2000, 5000);
      const load = runLoad(strapi.baseURL, streams(run, readyRoute), { timeoutMs: pick(15_000, 30_000) });
      await sleep(pick(2000, 5000)); // warm-up, not measured
      const t0 = Date.now();
      await sleep(phaseMs);
      const tStop = Date.now();
      pg.stop(mode);
      const tDown = Date.now();
      await sleep(downMs);
      pg.start();
      const tUp = Date.now();
      await sleep(phaseMs);
      const tEnd = Date.now();
      const samples = await load.stop();

      const reads = samples.filter((s) => s.stream.startsWith('read'));
      const writes = samples.filter((s) => s.stream.startsWith('write'));
      const figures = (label: string, list: Sample[]) =>
        formatFigures(`${label} (${mode} stop ${tDown - tStop} ms, down ${tUp - tStop} ms)`, [
          phaseFigures('before', list, t0, tStop),
          phaseFigures('during (stop to start)', list, tStop, tUp),
          phaseFigures(`recovery (start + ${RECOVERY_GRACE_MS} ms)`, list, tUp, tUp + RECOVERY_GRACE_MS),
          phaseFigures('after', list, tUp + RECOVERY_GRACE_MS, tEnd),
        ]);

      const failedReads = reads.filter((s) => !isOk(s));
      const firstOkAfterUp = reads.filter((s) => isOk(s) && s.start >= tUp).sort((a, b) => a.start - b.start)[0];
      const lastFailure = failedReads.sort((a, b) => b.end - a.end)[0];
      const acknowledged = writes.filter(isOk).map((s) => s.marker!);
      const refused = writes.filter((s) => !isOk(s));
      const { markers, importQuotes } = await stored(run);
      const lost = acknowledged.filter((marker) => !markers.has(marker));
      // A text import is one transaction: its release and its quote are both there or both not.
      const halfImports = [...markers].filter((m) => m.includes(' import ') && !importQuotes.has(`${m}: the words`));
      const refusedButStored = refused.filter((s) => markers.has(s.marker!)).length;

      report.push(
        [
          figures('Readers', reads),
          figures('Editors', writes),
          `Writes: ${writes.length} sent, ${acknowledged.length} acknowledged (2xx), ${acknowledged.length - lost.length} of them found in the database; ` +
            `${refused.length} refused (statuses ${[...new Set(refused.map((s) => s.status))].join(', ') || 'none'}), ${refusedButStored} of those stored anyway.`,
          `Reads: ${failedReads.length} failed of ${reads.length}; first 2xx read started ${firstOkAfterUp ? firstOkAfterUp.start - tUp : '?'} ms after start; ` +
            `last failure answered ${lastFailure ? lastFailure.end - tUp : '-'} ms after start; load generator skipped ${load.skipped()} requests (in-flight cap); ` +
            `machine load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} on ${os.cpus().length} cores.`,
        ].join('\n'),
      );

      // Before the fault, everything works.
      expect(reads.filter((s) => s.end < tStop && !isOk(s))).toEqual([]);
      // Errors only while the database is down (or in-flight when it went down), and clean ones.
      for (const failure of failedReads) {
        expect(failure.end).toBeGreaterThanOrEqual(tStop);
        expect(failure.end).toBeLessThanOrEqual(tUp + RECOVERY_GRACE_MS);
      }
      for (const failure of failedReads) {
        expect({ stream: failure.stream, status: failure.status, stack: leaksStack(failure.body) }).toEqual({
          stream: failure.stream,
          status: 503,
          stack: false,
        });
        // The readiness route says why it is not ready in its own shape; every other route answers
        // Strapi's error shape.
        expect(JSON.parse(failure.body)).toMatchObject(
          failure.stream === 'ready'
            ? { data: { ready: false, status: 'unavailable' } }
            : { data: null, error: { status: 503, name: 'ServiceUnavailableError' } },
        );
      }
      // A refused write is never a 500 (a write the client gave up on, status 0, may have been stored).
      for (const failure of refused) {
        expect({ stream: failure.stream, status: failure.status === 500 ? 500 : 'not 500', stack: leaksStack(failure.body) }).toEqual({
          stream: failure.stream,
          status: 'not 500',
          stack: false,
        });
      }
      expect(leaksStack(samples.map((s) => s.body).join('\n'))).toBe(false);
      // Recovered without restarting Strapi: same process, and every reader served after the grace.
      expect(await Promise.race([strapi.exited.then(() => 'exited'), sleep(10).then(() => 'running')])).toBe('running');
      const after = phaseFigures('after', reads, tUp + RECOVERY_GRACE_MS, Date.now());
      expect(after.errors).toBe(0);
      expect(after.requests).toBeGreaterThan(0);
      // Every acknowledged write is stored; no import half-written.
      expect(acknowledged.length).toBeGreaterThan(0);
      expect(lost).toEqual([]);
      expect(halfImports).toEqual([]);
      if (readyRoute) {
        const ready = samples.filter((s) => s.stream === 'ready');
        expect(ready.filter((s) => s.start >= tDown + 1000 && s.end < tUp && isOk(s))).toEqual([]);
        expect(ready.filter((s) => s.start > tUp + RECOVERY_GRACE_MS).every(isOk)).toBe(true);
      }
    },
  );
});
