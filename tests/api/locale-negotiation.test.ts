import { documents, RELEASE_UID, releaseData } from '../helpers/fixtures';
import { bootApp, type TestApp } from '../helpers/strapi';

/**
 * Issue 9, hole 5: Accept-Language is matched as BCP 47 says, scripts included, on every public
 * route that negotiates (`sr-Cyrl-RS` was answered in sr-Latn).
 */
let app: TestApp;
const SLUGS: Record<string, string> = {};

beforeAll(async () => {
  app = await bootApp();
  const release = await documents(app.strapi, RELEASE_UID).create({
    locale: 'en',
    status: 'published',
    data: releaseData('Allied ministers meet in Brussels'),
  });
  SLUGS.en = release.slug!;
  const titles: Record<string, string> = {
    fr: 'Les ministres alliés se réunissent à Bruxelles',
    'sr-Latn': 'Savezni ministri se sastaju u Briselu',
    'sr-Cyrl': 'Савезни министри се састају у Бриселу',
  };
  for (const [locale, title] of Object.entries(titles)) {
    const translated = await documents(app.strapi, RELEASE_UID).update({
      documentId: release.documentId,
      locale,
      status: 'published',
      data: releaseData(title),
    });
    SLUGS[locale] = translated.slug!;
  }
});
afterAll(async () => {
  await app?.close();
});

const served = async (path: string, acceptLanguage: string) => {
  const response = await app.http().get(path).set('Accept-Language', acceptLanguage);
  expect(response.status).toBe(200);
  return response.headers['content-language'] as string;
};

describe('Accept-Language negotiation', () => {
  it.each([
    ['sr-Cyrl-RS', 'sr-Cyrl'],
    ['sr-Cyrl-BA', 'sr-Cyrl'],
    ['sr-cyrl', 'sr-Cyrl'],
    ['sr-Latn-RS', 'sr-Latn'],
    ['sr', 'sr-Latn'],
    ['sr-RS', 'sr-Latn'],
    ['sr-BA', 'sr-Latn'],
    ['fr-CA', 'fr'],
    ['de-AT, fr;q=0.7, en;q=0.3', 'fr'],
    ['en;q=0.2, sr-Cyrl-ME;q=0.9', 'sr-Cyrl'],
    ['sr-Latn;q=0, sr', 'sr-Cyrl'],
    ['*', 'en'],
    ['de, ja', 'en'],
    ['fr;q=abc, sq-XK', 'sq'],
  ])('answers %s in %s', async (header, locale) => {
    expect(await served('/api/newsroom/releases', header)).toBe(locale);
  });

  it('negotiates the same way on every route that takes the locale from the request', async () => {
    const slug = SLUGS['sr-Cyrl']!;
    for (const path of [
      '/api/newsroom/releases',
      `/api/newsroom/releases/${slug}`,
      `/api/newsroom/releases/${slug}/ninjs`,
      `/api/newsroom/releases/${slug}/jsonld`,
      '/api/newsroom/quotes',
      '/api/newsroom/deployments',
    ]) {
      expect([path, await served(path, 'sr-Cyrl-RS, en;q=0.5')]).toEqual([path, 'sr-Cyrl']);
    }
    const detail = await app.http().get(`/api/newsroom/releases/${slug}`).set('Accept-Language', 'sr-Cyrl-BA').expect(200);
    expect(detail.body.data.title).toBe('Савезни министри се састају у Бриселу');
  });

  it('keeps ?locale= exact: a script or region variant is not a locale of the newsroom', async () => {
    const response = await app.http().get('/api/newsroom/releases?locale=sr-Cyrl-RS').expect(400);
    expect(response.body.error.details.errors[0].path).toEqual(['locale']);
  });

  it('caches each negotiated locale apart', async () => {
    const latin = await app.http().get('/api/newsroom/releases').set('Accept-Language', 'sr').expect(200);
    const cyrillic = await app.http().get('/api/newsroom/releases').set('Accept-Language', 'sr-Cyrl').expect(200);
    expect(latin.body.data[0].title).toBe('Savezni ministri se sastaju u Briselu');
    expect(cyrillic.body.data[0].title).toBe('Савезни министри се састају у Бриселу');
    expect(latin.headers.etag).not.toBe(cyrillic.headers.etag);
  });
});
