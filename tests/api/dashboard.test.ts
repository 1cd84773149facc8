import type { DashboardRelease, GetDashboard } from '../../plugins/newsroom/shared/contracts/dashboard';
import { seedDemo } from '../../src/demo/seed';
import { tokenForRole } from '../helpers/admin-users';
import { documents, RELEASE_UID } from '../helpers/fixtures';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
let token: string;
let kfor: string;
let eufor: string;
let drill: string;
let francophone: string;
const KFOR_TITLE = 'NATO and EU together for stability in Kosovo and the Western Balkans';

beforeAll(async () => {
  app = await bootApp();
  kfor = (await seedDemo(app.strapi)).releaseDocumentId;
  token = await adminToken(app);
  // Published in English, then changed: modified.
  eufor = (
    await documents(app.strapi, RELEASE_UID).create({
      locale: 'en',
      status: 'published',
      data: { title: 'Italian engineers join EUFOR', issuedAt: '2024-03-01T10:00:00.000Z' },
    })
  ).documentId;
  await new Promise((resolve) => setTimeout(resolve, 20));
  await documents(app.strapi, RELEASE_UID).update({
    documentId: eufor,
    locale: 'en',
    data: { summary: 'Engineers arrive in Sarajevo.' },
  });
  // A draft in English only.
  drill = (
    await documents(app.strapi, RELEASE_UID).create({
      locale: 'en',
      data: { title: 'Polish troops rotate in KFOR', issuedAt: '2022-01-10T10:00:00.000Z' },
    })
  ).documentId;
  // Written in French first.
  francophone = (
    await documents(app.strapi, RELEASE_UID).create({
      locale: 'fr',
      data: { title: 'Exercice de l’Alliance à Prizren', issuedAt: '2023-09-02T08:00:00.000Z', sourceLocale: 'fr' },
    })
  ).documentId;
});
afterAll(async () => {
  await app?.close();
});

const get = (url: string, as = token) => app.http().get(url).set('Authorization', `Bearer ${as}`);

const dashboard = async (query = '') => {
  const response = await get(`/newsroom/releases${query ? `?${query}` : ''}`);
  expect(response.status).toBe(200);
  return response.body as GetDashboard.Response;
};
const ids = (body: GetDashboard.Response) => body.data.map((release) => release.documentId);
const inLocale = (release: DashboardRelease, locale: string) =>
  release.locales.find((entry) => entry.locale === locale)!;

describe('the dashboard', () => {
  it('lists releases newest first, titled in their source locale, with every enabled locale', async () => {
    const body = await dashboard();
    expect(ids(body)).toEqual([eufor, francophone, kfor, drill]);
    expect(body.meta.locales).toEqual(['en', 'fr', 'sq', 'sr-Latn', 'sr-Cyrl']);
    expect(body.meta.defaultLocale).toBe('en');
    expect(body.meta.pagination).toEqual({ page: 1, pageSize: 20, pageCount: 1, total: 4 });
    const release = body.data.find((r) => r.documentId === kfor)!;
    expect(release).toMatchObject({ sourceLocale: 'en', title: KFOR_TITLE, issuedAt: '2023-06-13T12:00:00.000Z' });
    expect(release.locales.map((entry) => entry.locale)).toEqual(body.meta.locales);
    expect(inLocale(release, 'en')).toMatchObject({
      publication: 'published',
      translation: null,
      title: KFOR_TITLE,
      slug: expect.any(String),
    });
    expect(inLocale(release, 'fr')).toMatchObject({ publication: 'published', translation: 'current' });
    expect(inLocale(release, 'fr').title).toMatch(/^L’OTAN et l’UE/);
    expect(inLocale(release, 'sq')).toEqual({
      locale: 'sq',
      publication: 'missing',
      translation: 'missing',
      title: null,
      slug: null,
      updatedAt: null,
    });

    const french = body.data.find((r) => r.documentId === francophone)!;
    expect(french).toMatchObject({ sourceLocale: 'fr', title: 'Exercice de l’Alliance à Prizren' });
    expect(inLocale(french, 'fr')).toMatchObject({ publication: 'draft', translation: null });
    expect(inLocale(french, 'en')).toMatchObject({ publication: 'missing', translation: 'missing' });
  });

  it('tells published from modified (the draft changed after publication) and from draft', async () => {
    const body = await dashboard();
    expect(inLocale(body.data.find((r) => r.documentId === eufor)!, 'en').publication).toBe('modified');
    expect(inLocale(body.data.find((r) => r.documentId === drill)!, 'en').publication).toBe('draft');
  });

  it('searches the titles of every locale, ignoring case and diacritics', async () => {
    expect(ids(await dashboard('search=western%20BALKANS'))).toEqual([kfor]);
    expect(ids(await dashboard(`search=${encodeURIComponent('balkans OCCIDENTAUX')}`))).toEqual([kfor]);
    expect(ids(await dashboard('search=alliance%20a%20prizren'))).toEqual([francophone]);
    expect(ids(await dashboard('search=nothing-like-this'))).toEqual([]);
  });

  it('filters by publication state in a locale, or in any locale', async () => {
    expect(ids(await dashboard('status=modified'))).toEqual([eufor]);
    expect(ids(await dashboard('status=published&locale=en'))).toEqual([kfor]);
    // A modified locale is not counted as published: publishing would change what readers see.
    expect(ids(await dashboard('status=published'))).toEqual([kfor]);
    expect(ids(await dashboard('status=draft&locale=fr'))).toEqual([francophone]);
    expect(ids(await dashboard('status=missing&locale=fr'))).toEqual([eufor, drill]);
  });

  it('shows a release as outdated in a locale when only one of its deployments changed in the source', async () => {
    const before = (await dashboard()).data.find((release) => release.documentId === kfor)!;
    expect(inLocale(before, 'fr')).toMatchObject({ translation: 'current' });
    const release = (await app.strapi.documents(RELEASE_UID as never).findOne({
      documentId: kfor,
      locale: 'en',
      status: 'draft',
      populate: { deployments: true },
    } as never)) as unknown as { deployments: Array<{ documentId: string; unit: string | null }> };
    const deployment = release.deployments.find((item) => item.unit)!;
    const setUnit = (unit: string | null) =>
      app.strapi.documents('plugin::newsroom.deployment' as never).update({
        documentId: deployment.documentId,
        locale: 'en',
        data: { unit },
      } as never);
    await setUnit(`${deployment.unit} (reinforced)`);
    const after = (await dashboard()).data.find((item) => item.documentId === kfor)!;
    expect(inLocale(after, 'fr')).toMatchObject({ translation: 'outdated' });
    // The source back as it was: the translation matches it again.
    await setUnit(deployment.unit);
    const restored = (await dashboard()).data.find((item) => item.documentId === kfor)!;
    expect(inLocale(restored, 'fr')).toMatchObject({ translation: 'current' });
  });

  it('filters outdated translations', async () => {
    expect(ids(await dashboard('status=outdated'))).toEqual([]);
    await documents(app.strapi, RELEASE_UID).update({
      documentId: kfor,
      locale: 'en',
      data: { summary: 'A new English summary.' },
    });
    expect(ids(await dashboard('status=outdated&locale=fr'))).toEqual([kfor]);
    const body = await dashboard('status=outdated');
    expect(inLocale(body.data[0]!, 'en').publication).toBe('modified');
    expect(body.meta.counts.outdatedTranslations).toBe(1);
  });

  it('filters by issued date (whole days, inclusive)', async () => {
    expect(ids(await dashboard('from=2023-06-13&to=2023-06-13'))).toEqual([kfor]);
    expect(ids(await dashboard('from=2023-01-01'))).toEqual([eufor, francophone, kfor]);
    expect(ids(await dashboard('to=2023-06-12'))).toEqual([drill]);
  });

  it('counts over the whole filtered set, whatever the page', async () => {
    const body = await dashboard('pageSize=1&page=2');
    expect(ids(body)).toEqual([francophone]);
    expect(body.meta.pagination).toEqual({ page: 2, pageSize: 1, pageCount: 4, total: 4 });
    // Versions (release × locale) per state; translations (release × non-source locale) per state.
    expect(body.meta.counts).toEqual({
      releases: 4,
      published: 1, // kfor fr (kfor en was changed above)
      drafts: 2, // drill en, francophone fr
      modified: 2, // eufor en, kfor en
      outdatedTranslations: 1, // kfor fr
      missingTranslations: 3 + 4 + 4 + 4, // kfor: sq, sr-Latn, sr-Cyrl; the others: four each
    });
    // The locale filter filters rows (issue 8 item 4): francophone has no en version, so it is not listed.
    const english = await dashboard('locale=en&pageSize=1');
    expect(english.meta.counts).toEqual({
      releases: 3,
      published: 0,
      drafts: 1,
      modified: 2,
      outdatedTranslations: 0,
      missingTranslations: 0,
    });
  });

  it.each([
    ['status=archived', 'status'],
    ['from=13-06-2023', 'from'],
    ['to=2023-02-30', 'to'],
    ['from=2024-01-01&to=2023-01-01', 'to'],
    ['page=0', 'page'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=ten', 'pageSize'],
    ['locale=de', 'locale'],
    ['locale=en&locale=fr', 'locale'],
    ['sort=title', 'sort'],
  ])('refuses ?%s with a 400 naming %s', async (query, field) => {
    const response = await get(`/newsroom/releases?${query}`).expect(400);
    expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toContain(field);
  });

  it('costs a fixed number of SQL queries, however many releases there are', async () => {
    const countQueries = async (url: string) => {
      await get(url).expect(200);
      let queries = 0;
      const count = (q: { sql: string }) => {
        if (process.env.DEBUG_SQL) console.log(q.sql);
        queries += 1;
      };
      app.strapi.db.connection.on('query', count);
      try {
        await get(url).expect(200);
      } finally {
        app.strapi.db.connection.off('query', count);
      }
      return queries;
    };
    // The admin session and permission checks cost the same on every request: compare totals.
    const small = await countQueries('/newsroom/releases?pageSize=2');
    for (let i = 0; i < 15; i += 1) {
      const created = await documents(app.strapi, RELEASE_UID).create({
        locale: 'en',
        status: 'published',
        data: { title: `Bulk release ${i}`, issuedAt: `2021-01-${String(i + 1).padStart(2, '0')}T10:00:00.000Z` },
      });
      await documents(app.strapi, RELEASE_UID).update({
        documentId: created.documentId,
        locale: 'fr',
        data: { title: `Communiqué ${i}` },
      });
    }
    const large = await countQueries('/newsroom/releases?pageSize=50');
    // admin session, user, roles, permissions; enabled locales (2); every release row; the translation
    // status of the matching releases and of their quotes and deployments (a release is as outdated as
    // its least current part); what the page's
    // versions show, to tell "modified" by content (release rows, quotes, deployments, and the
    // quotes' speakers when the page has quotes: the small page has none, hence one fewer)
    expect(large).toBe(22);
    expect(small).toBe(large - 1);
    expect((await dashboard('pageSize=50')).data).toHaveLength(19);
  });
});

describe('who may see the dashboard', () => {
  it('refuses an Author (no newsroom permission) and lets the translator role read it', async () => {
    const author = await tokenForRole(app, 'Author', 'author.dashboard@newsroom.test');
    await get('/newsroom/releases', author).expect(403);
    await app.http().get('/newsroom/releases').expect(401);
    const translator = await tokenForRole(app, 'Newsroom translator (fr)', 'translator.dashboard@newsroom.test');
    await get('/newsroom/releases', translator).expect(200);
  });
});
