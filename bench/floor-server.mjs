/**
 * The floor (case g): the page the newsroom's list serves (25 published releases of a locale,
 * newest first, each with its quotes and their speakers and its deployments), read with knex in
 * three queries and serialised with JSON.stringify by a bare node:http server. No framework, no
 * cache: what any server must at least spend to answer from the database.
 * Env: NEWSROOM_BENCH_KNEX (JSON knex config), PORT.
 */
import http from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const knex = require('knex')(JSON.parse(process.env.NEWSROOM_BENCH_KNEX));

const iso = (value) => (value === null || value === undefined ? null : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value).toISOString());
const json = (value) => (typeof value === 'string' ? JSON.parse(value) : value);

const page = async (locale, pageNumber, pageSize) => {
  const releases = await knex('newsroom_releases')
    .where({ locale })
    .whereNotNull('published_at')
    .orderBy([{ column: 'issued_at', order: 'desc' }, { column: 'id', order: 'desc' }])
    .limit(pageSize)
    .offset((pageNumber - 1) * pageSize)
    .select('id', 'document_id', 'locale', 'title', 'slug', 'summary', 'body', 'issued_at', 'place', 'reference_number', 'published_at', 'updated_at');
  const ids = releases.map((release) => release.id);
  const [quotes, deployments] = await Promise.all([
    knex('newsroom_quotes_release_lnk as l')
      .join('newsroom_quotes as q', 'q.id', 'l.quote_id')
      .leftJoin('newsroom_quotes_speaker_lnk as s', 's.quote_id', 'q.id')
      .leftJoin('newsroom_people as p', 'p.id', 's.person_id')
      .whereIn('l.release_id', ids)
      .whereNotNull('q.published_at')
      .orderBy([{ column: 'q.order' }, { column: 'q.id' }])
      .select('l.release_id', 'q.document_id', 'q.text', 'q.speaker_role', 'q.said_at', 'q.order', 'p.document_id as speaker_id', 'p.name as speaker_name', 'p.position as speaker_position'),
    knex('newsroom_releases_deployments_lnk as l')
      .join('newsroom_deployments as d', 'd.id', 'l.deployment_id')
      .whereIn('l.release_id', ids)
      .whereNotNull('d.published_at')
      .orderBy([{ column: 'l.deployment_ord' }, { column: 'l.id' }])
      .select('l.release_id', 'd.document_id', 'd.mission', 'd.contributing_nation', 'd.unit', 'd.personnel_count', 'd.personnel_qualifier', 'd.deployment_status', 'd.arrival_date', 'd.location', 'd.duration_note', 'd.mandate'),
  ]);
  const byRelease = new Map(ids.map((id) => [id, { quotes: [], deployments: [] }]));
  for (const q of quotes) {
    byRelease.get(q.release_id).quotes.push({
      documentId: q.document_id,
      text: q.text,
      speakerRole: q.speaker_role,
      saidAt: iso(q.said_at),
      order: q.order,
      speaker: q.speaker_id ? { documentId: q.speaker_id, name: q.speaker_name, position: q.speaker_position } : null,
    });
  }
  for (const d of deployments) {
    byRelease.get(d.release_id).deployments.push({
      documentId: d.document_id,
      mission: d.mission,
      contributingNation: d.contributing_nation,
      unit: d.unit,
      personnelCount: d.personnel_count,
      personnelQualifier: d.personnel_qualifier,
      deploymentStatus: d.deployment_status,
      arrivalDate: d.arrival_date instanceof Date ? d.arrival_date.toISOString().slice(0, 10) : d.arrival_date,
      location: d.location,
      durationNote: d.duration_note,
      mandate: d.mandate,
    });
  }
  return releases.map((r) => ({
    documentId: r.document_id,
    locale: r.locale,
    slug: r.slug,
    title: r.title,
    summary: r.summary,
    body: json(r.body),
    issuedAt: iso(r.issued_at),
    place: r.place,
    referenceNumber: r.reference_number,
    publishedAt: iso(r.published_at),
    updatedAt: iso(r.updated_at),
    ...byRelease.get(r.id),
  }));
};

const server = http.createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://floor');
    const locale = url.searchParams.get('locale') ?? 'en';
    const pageNumber = Number(url.searchParams.get('page') ?? 1);
    const pageSize = Number(url.searchParams.get('pageSize') ?? 25);
    const body = JSON.stringify({ data: await page(locale, pageNumber, pageSize), meta: { locale, pagination: { page: pageNumber, pageSize } } });
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error?.stack ?? error));
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`floor listening on ${process.env.PORT}`));
process.on('SIGTERM', () => server.close(() => knex.destroy().then(() => process.exit(0))));
