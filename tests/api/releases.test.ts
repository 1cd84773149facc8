import type { ListReleases, GetRelease, PublicRelease } from '../../plugins/newsroom/shared/contracts/releases';
import { seedDemo } from '../../src/demo/seed';
import { DEMO_SLUGS } from '../helpers/fixtures';
import { bootApp, type TestApp } from '../helpers/strapi';

const { en: EN_SLUG, fr: FR_SLUG } = DEMO_SLUGS;

let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
  await seedDemo(app.strapi);
});
afterAll(async () => {
  await app?.close();
});

const list = async (query: string) => {
  const response = await app.http().get(`/api/newsroom/releases${query}`);
  return { status: response.status, body: response.body as ListReleases.Response, headers: response.headers };
};

describe('the seeded KFOR release over the content API', () => {
  it('lists it in English, newest first, with pagination', async () => {
    const { status, body, headers } = await list('?locale=en&page=1&pageSize=25');
    expect(status).toBe(200);
    expect(headers['content-language']).toBe('en');
    expect(body.meta).toEqual({ locale: 'en', pagination: { page: 1, pageSize: 25, pageCount: 1, total: 1 } });
    const [release] = body.data;
    expect(release!.slug).toBe(EN_SLUG);
    expect(release!.title).toBe('NATO and EU together for stability in Kosovo and the Western Balkans');
  });

  it('serves the default locale when none is asked for', async () => {
    const { body } = await list('');
    expect(body.meta.locale).toBe('en');
    expect(body.data.map((release) => release.slug)).toEqual([EN_SLUG]);
  });

  it('carries the three quotes of Mircea Geoană in order, with his role', async () => {
    const { body } = await list('?locale=en');
    const quotes = body.data[0]!.quotes;
    expect(quotes).toHaveLength(3);
    expect(quotes.map((quote) => quote.order)).toEqual([0, 1, 2]);
    expect(quotes.every((quote) => quote.speaker?.name === 'Mircea Geoană')).toBe(true);
    expect(quotes.every((quote) => quote.speakerRole === 'Deputy Secretary General')).toBe(true);
    expect(quotes[2]!.text).toMatch(/^NATO has been committed to stability in the Western Balkans/);
    expect(quotes[0]!.saidAt).toBe('2023-06-13T12:00:00.000Z');
  });

  it('carries the three deployments with personnel as data', async () => {
    const { body } = await list('?locale=en');
    const deployments = body.data[0]!.deployments;
    expect(deployments).toHaveLength(3);
    const byUnit = Object.fromEntries(deployments.map((d) => [d.unit, d]));
    const turkish = byUnit['65th Mechanized Infantry Brigade']!;
    expect(turkish).toMatchObject({
      mission: 'KFOR',
      contributingNation: { code: 'TR', name: 'Türkiye' },
      personnel: { count: 500, qualifier: 'approximately', text: 'around 500' },
      deploymentStatus: 'deployed',
      arrivalDate: '2023-06-05',
      durationNote: 'as long as necessary',
      mandate: 'UNSCR 1244 (1999)',
    });
    const kfor = deployments.find((d) => d.personnel.qualifier === 'more_than')!;
    expect(kfor.personnel).toEqual({ count: 4000, qualifier: 'more_than', text: 'more than 4,000' });
    const reserve = deployments.find((d) => d.deploymentStatus === 'on_alert')!;
    expect(reserve.personnel).toEqual({ count: null, qualifier: 'unknown', text: 'unknown' });
  });

  it('names the people and organisations involved', async () => {
    const { body } = await list('?locale=en');
    const release = body.data[0]!;
    expect(release.people.map((p) => p.name).sort()).toEqual(['Mircea Geoană', 'Miroslav Lajčák']);
    expect(release.organisations.map((o) => o.shortName).sort()).toEqual(['EU', 'KFOR', 'NAC', 'NATO', 'OSCE', 'UNSC']);
  });

  it('serves the French version with French names and figures', async () => {
    const response = await app.http().get(`/api/newsroom/releases/${FR_SLUG}?locale=fr`).expect(200);
    const release = (response.body as GetRelease.Response).data;
    expect(response.headers['content-language']).toBe('fr');
    expect(release.locale).toBe('fr');
    expect(release.title).toBe('L’OTAN et l’UE ensemble pour la stabilité au Kosovo et dans les Balkans occidentaux');
    expect(release.organisations.map((o) => o.shortName)).toContain('OTAN');
    expect(release.quotes.map((q) => q.speakerRole)).toEqual(Array(3).fill('Secrétaire général délégué'));
    const turkish = release.deployments.find((d) => d.contributingNation?.code === 'TR')!;
    expect(turkish.contributingNation!.name).toBe('Turquie');
    expect(turkish.personnel.text).toBe('environ 500');
    expect(release.deployments.find((d) => d.personnel.qualifier === 'more_than')!.personnel.text).toBe('plus de 4\u202f000');
    expect(release.issuedAt).toBe('2023-06-13T12:00:00.000Z');
  });

  it('serves one release by its slug with the same shape as the list', async () => {
    const [fromList] = (await list('?locale=en')).body.data;
    const response = await app.http().get(`/api/newsroom/releases/${EN_SLUG}`).expect(200);
    expect((response.body as GetRelease.Response).data).toEqual(fromList as PublicRelease);
  });

  it('finds the French version from the English slug', async () => {
    const response = await app.http().get(`/api/newsroom/releases/${EN_SLUG}?locale=fr`).expect(200);
    expect(response.body.data).toMatchObject({ locale: 'fr', slug: FR_SLUG });
  });

  it('lists each version’s other locales with their slugs and URLs', async () => {
    const en = (await app.http().get(`/api/newsroom/releases/${EN_SLUG}`).expect(200)).body.data as PublicRelease;
    expect(en.url).toBe(`http://localhost:3000/en/releases/${EN_SLUG}`);
    expect(en.localizations).toEqual([{ locale: 'fr', slug: FR_SLUG, url: `http://localhost:3000/fr/releases/${FR_SLUG}` }]);
    const fr = (await list('?locale=fr')).body.data[0]!;
    expect(fr.localizations).toEqual([{ locale: 'en', slug: EN_SLUG, url: `http://localhost:3000/en/releases/${EN_SLUG}` }]);
  });

  it('answers a missing translation with a 404 listing the locales that exist', async () => {
    const response = await app.http().get(`/api/newsroom/releases/${EN_SLUG}?locale=sq`).expect(404);
    expect(response.body.error).toMatchObject({ status: 404, name: 'NotFoundError' });
    expect(response.body.error.details.availableLocales).toEqual(['en', 'fr']);
  });

  it('falls back to the default locale when asked, and says so', async () => {
    const response = await app.http().get(`/api/newsroom/releases/${EN_SLUG}?locale=sq&fallback=true`).expect(200);
    expect(response.headers['content-language']).toBe('en');
    expect(response.body.data.locale).toBe('en');
    expect(response.body.meta).toEqual({ locale: 'en', fallback: { requestedLocale: 'sq', fallbackLocale: 'en' } });
    const listed = await list('?locale=sq&fallback=true');
    expect(listed.body.data.map((release) => [release.locale, release.slug])).toEqual([['en', EN_SLUG]]);
    expect(listed.body.meta.fallback).toEqual({ requestedLocale: 'sq', fallbackLocale: 'en' });
  });

  it('picks the locale from Accept-Language when none is asked for', async () => {
    const response = await app.http().get('/api/newsroom/releases').set('Accept-Language', 'fr-CH, en;q=0.5').expect(200);
    expect(response.body.meta.locale).toBe('fr');
    expect(response.headers.vary).toMatch(/Accept-Language/);
  });

  it('answers 404 with a JSON error for an unknown slug', async () => {
    const response = await app.http().get('/api/newsroom/releases/no-such-release').expect(404);
    expect(response.headers['content-type']).toMatch(/json/);
    expect(response.body).toMatchObject({ data: null, error: { status: 404, message: expect.stringMatching(/no-such-release/) } });
  });

  it('answers 400 naming an unknown or disabled locale', async () => {
    for (const locale of ['xx', 'de']) {
      const response = await app.http().get(`/api/newsroom/releases?locale=${locale}`).expect(400);
      expect(response.body.error.message).toContain(`"${locale}"`);
      expect(response.body.error.details.errors[0].path).toEqual(['locale']);
    }
  });

  it('lists nothing in a configured locale without a translation', async () => {
    const { status, body } = await list('?locale=sq');
    expect(status).toBe(200);
    expect(body.data).toEqual([]);
    expect(body.meta.pagination.total).toBe(0);
  });

  it('refuses bad paging and path tricks with 400 naming the parameter', async () => {
    for (const [query, field] of [
      ['?page=0', 'page'],
      ['?pageSize=1000', 'pageSize'],
      ['?page=abc', 'page'],
      ['?sort=title', 'sort'],
    ] as const) {
      const response = await app.http().get(`/api/newsroom/releases${query}`).expect(400);
      expect(response.body.error.details.errors[0].path).toEqual([field]);
    }
    const tricky = await app.http().get('/api/newsroom/releases/..%2F..%2Fadmin').expect(400);
    expect(tricky.body.error.details.errors[0].path).toEqual(['slug']);
  });

  it('changes nothing when the demo is seeded again', async () => {
    const count = async () =>
      Object.fromEntries(
        await Promise.all(
          ['release', 'quote', 'deployment', 'person', 'organisation'].map(async (type) => [
            type,
            await app.strapi.db.query(`plugin::newsroom.${type}` as 'plugin::newsroom.release').count({}),
          ]),
        ),
      );
    const before = await count();
    const again = await seedDemo(app.strapi);
    expect(again.created).toBe(false);
    expect(await count()).toEqual(before);
    // en + fr, a draft and a published row each
    expect(before).toEqual({ release: 4, quote: 12, deployment: 12, person: 8, organisation: 24 });
  });
});
