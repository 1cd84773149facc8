/**
 * Bulk-loads the benchmark data straight into the tables Strapi created (the Document Service
 * writes ~150 documents a second: far too slow). Every document is published in 3 locales, as
 * Strapi 5 stores it: per locale a draft row (published_at NULL) and a published row with the
 * same document_id; relations link drafts to drafts and published rows to published rows.
 * Per release: 3 quotes (each with a speaker) and 2 deployments. Multi-row INSERTs of 500 rows,
 * one transaction per 250 releases, explicit ids (PostgreSQL sequences are moved past them).
 * Then the newsroom's content version is bumped (these writes bypass Strapi's lifecycles) and
 * the tables are analysed (and vacuumed on PostgreSQL).
 */
import {
  deploymentContent,
  LOCALES,
  organisationContent,
  personContent,
  quoteContent,
  releaseContent,
} from './seed-content.mjs';

const T = {
  releases: 'newsroom_releases',
  quotes: 'newsroom_quotes',
  deployments: 'newsroom_deployments',
  people: 'newsroom_people',
  organisations: 'newsroom_organisations',
  quoteRelease: 'newsroom_quotes_release_lnk',
  quoteSpeaker: 'newsroom_quotes_speaker_lnk',
  releaseDeployments: 'newsroom_releases_deployments_lnk',
  personOrganisation: 'newsroom_people_organisation_lnk',
};

const QUOTES_PER_RELEASE = 3;
const DEPLOYMENTS_PER_RELEASE = 2;
const PEOPLE = 20;
const ORGANISATIONS = 5;
const CHUNK = 250;
const BATCH = 500;
const HOUR = 3600_000;
/** The newest release; each next one is 37 minutes older (distinct times: a stable order). */
const NEWEST = Date.UTC(2025, 5, 13, 12, 0, 0);

const docId = (kind, n) => `bn${kind}${n.toString(36).padStart(21, '0')}`;

/** Row ids: per document, per locale, draft (0) then published (1). */
const rowId = (base, doc, locale, published) => base + (doc * LOCALES.length + locale) * 2 + published;

export const seedDatabase = async (knex, { client, releases, log = () => {} }) => {
  const started = performance.now();
  const ts = client === 'sqlite' ? (ms) => ms : (ms) => new Date(ms);
  const columns = {};
  for (const table of Object.values(T)) columns[table] = new Set(Object.keys(await knex(table).columnInfo()));
  const base = {};
  for (const key of ['releases', 'quotes', 'deployments', 'people', 'organisations']) {
    const row = await knex(T[key]).max({ max: 'id' }).first();
    base[key] = Number(row?.max ?? 0) + 1;
  }
  const counts = Object.fromEntries(Object.values(T).map((table) => [table, 0]));

  const insert = async (trx, table, rows) => {
    const known = columns[table];
    const clean = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => known.has(key))));
    for (let i = 0; i < clean.length; i += BATCH) await trx(table).insert(clean.slice(i, i + BATCH));
    counts[table] += rows.length;
  };

  /** The draft and published rows of one document in every locale. */
  const versions = (kind, baseId, doc, at, content) => {
    const rows = [];
    LOCALES.forEach((locale, l) => {
      for (const published of [0, 1]) {
        rows.push({
          id: rowId(baseId, doc, l, published),
          document_id: docId(kind, doc),
          locale,
          created_at: ts(at),
          updated_at: ts(at + HOUR),
          published_at: published ? ts(at + HOUR) : null,
          created_by_id: null,
          updated_by_id: null,
          ...content(locale, l, published),
        });
      }
    });
    return rows;
  };
  const eachVersion = (fn) => LOCALES.forEach((_, l) => [0, 1].forEach((published) => fn(l, published)));

  await knex.transaction(async (trx) => {
    const organisations = [];
    const people = [];
    const memberships = [];
    for (let o = 0; o < ORGANISATIONS; o += 1) {
      organisations.push(...versions('o', base.organisations, o, NEWEST, (locale) => organisationContent(locale, o)));
    }
    for (let p = 0; p < PEOPLE; p += 1) {
      people.push(...versions('p', base.people, p, NEWEST, (locale) => personContent(locale, p)));
      eachVersion((l, published) =>
        memberships.push({
          person_id: rowId(base.people, p, l, published),
          organisation_id: rowId(base.organisations, p % ORGANISATIONS, l, published),
          person_ord: Math.floor(p / ORGANISATIONS) + 1,
        }),
      );
    }
    await insert(trx, T.organisations, organisations);
    await insert(trx, T.people, people);
    await insert(trx, T.personOrganisation, memberships);
  });

  for (let first = 0; first < releases; first += CHUNK) {
    const rows = { releases: [], quotes: [], deployments: [], quoteRelease: [], quoteSpeaker: [], releaseDeployments: [] };
    for (let r = first; r < Math.min(first + CHUNK, releases); r += 1) {
      const issuedAt = NEWEST - r * 37 * 60_000;
      const n = r + 1;
      rows.releases.push(
        ...versions('r', base.releases, r, issuedAt, (locale) => ({
          ...releaseContent(locale, n),
          body: JSON.stringify(releaseContent(locale, n).body),
          issued_at: ts(issuedAt),
          reference_number: `PR(2025)${String(n).padStart(6, '0')}`,
        })),
      );
      for (let k = 0; k < QUOTES_PER_RELEASE; k += 1) {
        const q = r * QUOTES_PER_RELEASE + k;
        const speaker = q % PEOPLE;
        rows.quotes.push(
          ...versions('q', base.quotes, q, issuedAt, (locale) => ({ ...quoteContent(locale, n, k), said_at: ts(issuedAt) })),
        );
        eachVersion((l, published) => {
          const quoteId = rowId(base.quotes, q, l, published);
          rows.quoteRelease.push({ quote_id: quoteId, release_id: rowId(base.releases, r, l, published), quote_ord: k + 1 });
          rows.quoteSpeaker.push({
            quote_id: quoteId,
            person_id: rowId(base.people, speaker, l, published),
            quote_ord: Math.floor(q / PEOPLE) + 1,
          });
        });
      }
      for (let k = 0; k < DEPLOYMENTS_PER_RELEASE; k += 1) {
        const d = r * DEPLOYMENTS_PER_RELEASE + k;
        const arrival = new Date(issuedAt - 8 * 24 * HOUR).toISOString().slice(0, 10);
        rows.deployments.push(
          ...versions('d', base.deployments, d, issuedAt, (locale) => ({ ...deploymentContent(locale, d), arrival_date: arrival })),
        );
        eachVersion((l, published) =>
          rows.releaseDeployments.push({
            release_id: rowId(base.releases, r, l, published),
            deployment_id: rowId(base.deployments, d, l, published),
            deployment_ord: k + 1,
            release_ord: 1,
          }),
        );
      }
    }
    await knex.transaction(async (trx) => {
      for (const [key, list] of Object.entries(rows)) await insert(trx, T[key], list);
    });
    if ((first / CHUNK) % 40 === 39) log(`  ${first + CHUNK} releases`);
  }

  if (client === 'postgres') {
    for (const key of ['releases', 'quotes', 'deployments', 'people', 'organisations']) {
      await knex.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), (SELECT max(id) FROM ??))`, [T[key], T[key]]);
    }
  }
  await knex('newsroom_content_versions')
    .where({ scope: 'content' })
    .update({ version: knex.raw('version + 1'), changed_at: Date.now() });
  const inserted = performance.now();
  // PostgreSQL: VACUUM too, as autovacuum would soon after a bulk load (it sets the visibility
  // map: without it counts scan the heap), and so that autovacuum does not start mid-case.
  await knex.raw(client === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE');
  const done = performance.now();

  return {
    rows: Object.values(counts).reduce((a, b) => a + b, 0),
    counts,
    insertMs: inserted - started,
    analyzeMs: done - inserted,
  };
};
