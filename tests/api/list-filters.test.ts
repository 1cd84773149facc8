import type { ListReleases } from '../../plugins/newsroom/shared/contracts/releases';
import { seedDemo } from '../../src/demo/seed';
import { DEPLOYMENT_UID, documents, PERSON_UID, QUOTE_UID, RELEASE_UID } from '../helpers/fixtures';
import { bootApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
let geoana: string;
const KFOR_TITLE = 'NATO and EU together for stability in Kosovo and the Western Balkans';

/** A published English release with `quotes` quotes and `deployments` deployments. */
const publishRelease = async (
  title: string,
  issuedAt: string,
  options: { quotes?: number; deployments?: Array<{ mission: string; nation: string }>; summary?: string } = {},
) => {
  const speaker = (await documents(app.strapi, PERSON_UID).create({ locale: 'en', status: 'published', data: { name: `Speaker of ${title}` } }))
    .documentId;
  const quotes = [];
  for (let i = 0; i < (options.quotes ?? 0); i += 1) {
    quotes.push(
      (await documents(app.strapi, QUOTE_UID).create({ locale: 'en', status: 'published', data: { text: `Words ${i}`, order: i, speaker } }))
        .documentId,
    );
  }
  const deployments = [];
  for (const deployment of options.deployments ?? []) {
    deployments.push(
      (
        await documents(app.strapi, DEPLOYMENT_UID).create({
          locale: 'en',
          status: 'published',
          data: { mission: deployment.mission, contributingNation: deployment.nation, personnelCount: 100, personnelQualifier: 'exact', deploymentStatus: 'deployed' },
        })
      ).documentId,
    );
  }
  return documents(app.strapi, RELEASE_UID).create({
    locale: 'en',
    status: 'published',
    data: { title, issuedAt, summary: options.summary ?? null, quotes, deployments, people: [speaker] },
  });
};

beforeAll(async () => {
  app = await bootApp();
  await seedDemo(app.strapi);
  geoana = ((await app.strapi.db.query(PERSON_UID).findOne({ where: { name: 'Mircea Geoană', locale: 'en' } })) as { documentId: string })
    .documentId;
  await publishRelease('Italian engineers join EUFOR', '2024-03-01T10:00:00.000Z', {
    quotes: 1,
    deployments: [{ mission: 'EUFOR', nation: 'IT' }],
    summary: 'Engineers arrive in Sarajevo.',
  });
  await publishRelease('Polish troops rotate in KFOR', '2022-01-10T10:00:00.000Z', {
    quotes: 2,
    deployments: [{ mission: 'KFOR', nation: 'PL' }],
  });
});
afterAll(async () => {
  await app?.close();
});

const titles = async (query: string) => {
  const response = await app.http().get(`/api/newsroom/releases?locale=en&${query}`);
  expect(response.status).toBe(200);
  return (response.body as ListReleases.Response).data.map((release) => release.title);
};

describe('filtering and sorting the release list', () => {
  it('sorts newest first by default, and as asked', async () => {
    expect(await titles('')).toEqual(['Italian engineers join EUFOR', KFOR_TITLE, 'Polish troops rotate in KFOR']);
    expect(await titles('sort=issuedAt:asc')).toEqual(['Polish troops rotate in KFOR', KFOR_TITLE, 'Italian engineers join EUFOR']);
    expect(await titles('sort=title:asc')).toEqual(['Italian engineers join EUFOR', KFOR_TITLE, 'Polish troops rotate in KFOR']);
  });

  it('filters by issued date range (dates are whole days, inclusive)', async () => {
    expect(await titles('issuedFrom=2023-06-13&issuedTo=2023-06-13')).toEqual([KFOR_TITLE]);
    expect(await titles('issuedFrom=2023-01-01')).toEqual(['Italian engineers join EUFOR', KFOR_TITLE]);
    expect(await titles('issuedTo=2023-01-01T00:00:00Z')).toEqual(['Polish troops rotate in KFOR']);
  });

  it('filters by organisation (short name or documentId) and by person (name or documentId)', async () => {
    expect(await titles('organisation=NATO')).toEqual([KFOR_TITLE]);
    expect(await titles('organisation=osce')).toEqual([KFOR_TITLE]);
    expect(await titles(`person=${geoana}`)).toEqual([KFOR_TITLE]);
    expect(await titles(`person=${encodeURIComponent('Mircea Geoană')}`)).toEqual([KFOR_TITLE]);
    expect(await titles('person=Nobody')).toEqual([]);
  });

  it('filters by mission and by contributing nation', async () => {
    expect(await titles('mission=KFOR')).toEqual([KFOR_TITLE, 'Polish troops rotate in KFOR']);
    expect(await titles('mission=kfor&nation=TR')).toEqual([KFOR_TITLE]);
    expect(await titles('nation=it')).toEqual(['Italian engineers join EUFOR']);
  });

  it('searches words in the title and the summary', async () => {
    expect(await titles('q=western%20balkans')).toEqual([KFOR_TITLE]);
    expect(await titles('q=sarajevo')).toEqual(['Italian engineers join EUFOR']);
    expect(await titles('q=100%25')).toEqual([]);
  });

  it('reports pagination over the filtered set', async () => {
    const response = await app.http().get('/api/newsroom/releases?locale=en&mission=KFOR&pageSize=1&page=2').expect(200);
    expect(response.body.meta.pagination).toEqual({ page: 2, pageSize: 1, pageCount: 2, total: 2 });
    expect(response.body.data.map((r: { title: string }) => r.title)).toEqual(['Polish troops rotate in KFOR']);
  });

  it.each([
    ['issuedFrom=13-06-2023', 'issuedFrom'],
    ['issuedTo=2023-02-30T99:00', 'issuedTo'],
    ['issuedFrom=2024-01-01&issuedTo=2023-01-01', 'issuedTo'],
    ['nation=XX', 'nation'],
    ['sort=popularity', 'sort'],
    ['tag=kfor', 'tag'],
    ['q=', 'q'],
    ['fallback=yes', 'fallback'],
    ['page=2&page=3', 'page'],
  ])('refuses ?%s with a 400 naming %s', async (query, field) => {
    const response = await app.http().get(`/api/newsroom/releases?${query}`).expect(400);
    expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toContain(field);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js:\d+/);
  });
});

describe('the cost of a list page', () => {
  /** SQL queries the request for `url` makes, once writes' background work has settled and the locales are known. */
  const countQueries = async (url: string) => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await app.http().get('/api/newsroom/releases?locale=fr&pageSize=1').expect(200);
    let queries = 0;
    const count = (q: { sql: string }) => {
      if (process.env.DEBUG_SQL) console.log(q.sql);
      queries += 1;
    };
    app.strapi.db.connection.on('query', count);
    try {
      await app.http().get(url).expect(200);
    } finally {
      app.strapi.db.connection.off('query', count);
    }
    return queries;
  };

  it('is a fixed number of SQL queries, however many releases, quotes and deployments it carries', async () => {
    const small = await countQueries('/api/newsroom/releases?locale=en&pageSize=1&q=engineers');
    for (let i = 0; i < 12; i += 1) {
      await publishRelease(`Bulk release ${i}`, `2021-0${1 + (i % 9)}-0${1 + (i % 9)}T10:00:00.000Z`, {
        quotes: 3,
        deployments: [
          { mission: 'KFOR', nation: 'DE' },
          { mission: 'KFOR', nation: 'FR' },
        ],
      });
    }
    const large = await countQueries('/api/newsroom/releases?locale=en&pageSize=25');
    expect(small).toBe(large);
    // content version, page, count, quotes (with speakers), deployments, people, organisations,
    // published locales, and the content version again before the response is cached
    expect(large).toBe(9);
    const page = await app.http().get('/api/newsroom/releases?locale=en&pageSize=25').expect(200);
    expect(page.body.data).toHaveLength(15);
    const bulk = (page.body.data as Array<{ title: string; quotes: unknown[]; deployments: unknown[] }>).filter((r) =>
      r.title.startsWith('Bulk release'),
    );
    expect(bulk).toHaveLength(12);
    expect(bulk.every((r) => r.quotes.length === 3 && r.deployments.length === 2)).toBe(true);
  });

  it('costs one query when this instance already rendered the page for the current content', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    await app.http().get('/api/newsroom/releases?locale=en&pageSize=5').expect(200);
    expect(await countQueries('/api/newsroom/releases?locale=en&pageSize=5')).toBe(1);
  });
});
