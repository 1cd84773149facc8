import { documents, RELEASE_UID, releaseData, storedSlugs } from '../helpers/fixtures';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
const releases = () => documents(app.strapi, RELEASE_UID);

beforeAll(async () => {
  app = await bootApp();
});
afterAll(async () => {
  await app?.close();
});

describe('release slugs', () => {
  it('makes the slug from the title in each locale', async () => {
    const release = await releases().create({ locale: 'en', data: releaseData('Deputy Secretary General Geoană visits Türkiye') });
    expect(release.slug).toBe('deputy-secretary-general-geoana-visits-turkiye');
    const fr = await releases().update({
      documentId: release.documentId,
      locale: 'fr',
      data: { title: 'Le secrétaire général délégué Geoană en visite en Türkiye' },
    });
    expect(fr.slug).toBe('le-secretaire-general-delegue-geoana-en-visite-en-turkiye');
  });

  it('suffixes a clash within a locale instead of failing, and never clashes across locales', async () => {
    const first = await releases().create({ locale: 'en', data: releaseData('Statement on Kosovo') });
    const second = await releases().create({ locale: 'en', data: releaseData('Statement on Kosovo') });
    const third = await releases().create({ locale: 'en', status: 'published', data: releaseData('Statement on Kosovo') });
    expect([first.slug, second.slug, third.slug]).toEqual(['statement-on-kosovo', 'statement-on-kosovo-2', 'statement-on-kosovo-3']);
    const fr = await releases().create({ locale: 'fr', data: releaseData('Statement on Kosovo') });
    expect(fr.slug).toBe('statement-on-kosovo');
  });

  it('gives the same slug to a sr-Cyrl title and its sr-Latn form', async () => {
    const release = await releases().create({
      locale: 'sr-Latn',
      data: releaseData('NATO i EU zajedno za stabilnost na Kosovu i Zapadnom Balkanu'),
    });
    const cyrillic = await releases().update({
      documentId: release.documentId,
      locale: 'sr-Cyrl',
      data: { title: 'НАТО и ЕУ заједно за стабилност на Косову и Западном Балкану' },
    });
    expect(release.slug).toBe('nato-i-eu-zajedno-za-stabilnost-na-kosovu-i-zapadnom-balkanu');
    expect(cyrillic.slug).toBe(release.slug);
  });

  it('gives a usable slug to a title with no Latin characters', async () => {
    const release = await releases().create({ locale: 'en', data: releaseData('北约与欧盟') });
    expect(release.slug).toMatch(/^release-[0-9a-f]{8}$/);
    await releases().publish({ documentId: release.documentId, locale: 'en' });
    await app.http().get(`/api/newsroom/releases/${release.slug}?locale=en`).expect(200);
  });

  it('takes an editor’s slug, normalised and made unique', async () => {
    const release = await releases().create({ locale: 'en', data: releaseData('Anything', { slug: 'My Own Slug!' }) });
    expect(release.slug).toBe('my-own-slug');
    const clash = await releases().create({ locale: 'en', data: releaseData('Other', { slug: 'my-own-slug' }) });
    expect(clash.slug).toBe('my-own-slug-2');
  });

  it('follows the title until the locale is first published, then stays put', async () => {
    const release = await releases().create({ locale: 'en', data: releaseData('Draft headline') });
    const retitled = await releases().update({ documentId: release.documentId, locale: 'en', data: { title: 'Better headline' } });
    expect(retitled.slug).toBe('better-headline');

    await releases().publish({ documentId: release.documentId, locale: 'en' });
    await releases().update({ documentId: release.documentId, locale: 'en', data: { title: 'Corrected headline', slug: 'better-headline' } });
    expect(await storedSlugs(app.strapi, release.documentId, 'en')).toEqual({ draft: 'better-headline', published: 'better-headline' });

    // The editor changes it on purpose: the draft takes it; the public one changes at publish.
    await releases().update({ documentId: release.documentId, locale: 'en', data: { slug: 'corrected-headline' } });
    expect(await storedSlugs(app.strapi, release.documentId, 'en')).toEqual({ draft: 'corrected-headline', published: 'better-headline' });
    await releases().publish({ documentId: release.documentId, locale: 'en' });
    await app.http().get('/api/newsroom/releases/corrected-headline?locale=en').expect(200);
    await app.http().get('/api/newsroom/releases/better-headline?locale=en').expect(404);
  });

  it('keeps a hand-made slug when the title changes before publication', async () => {
    const release = await releases().create({ locale: 'en', data: releaseData('First words', { slug: 'hand-made' }) });
    const retitled = await releases().update({ documentId: release.documentId, locale: 'en', data: { title: 'Second words' } });
    expect(retitled.slug).toBe('hand-made');
  });

  it('makes slugs through the content manager as well', async () => {
    const token = await adminToken(app);
    const response = await app
      .http()
      .post(`/content-manager/collection-types/${RELEASE_UID}?locale=en`)
      .set('Authorization', `Bearer ${token}`)
      .send({ title: 'Statement on Kosovo', issuedAt: '2024-02-01T10:00:00.000Z' })
      .expect(201);
    expect(response.body.data.slug).toBe('statement-on-kosovo-4');
  });
});
