import type { ComposerRelease } from '../../plugins/newsroom/shared/contracts/dashboard';
import { seedDemo } from '../../src/demo/seed';
import { QUOTE_UID } from '../helpers/fixtures';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

/** Issue 8 item 2: reordering quotes in one locale leaves other locales as they are. */
let app: TestApp;
let token: string;
let releaseId: string;

beforeAll(async () => {
  app = await bootApp();
  releaseId = (await seedDemo(app.strapi)).releaseDocumentId;
  token = await adminToken(app);
});
afterAll(async () => {
  await app?.close();
});

const base = (locale: string, path = '') => `/newsroom/releases/${releaseId}${path}?locale=${locale}`;
const view = async (locale: string) =>
  (await app.http().get(base(locale)).set('Authorization', `Bearer ${token}`).expect(200)).body
    .data as ComposerRelease;
const reorder = (locale: string, documentIds: string[]) =>
  app.http().put(base(locale, '/quotes-order')).set('Authorization', `Bearer ${token}`).send({ documentIds }).expect(200);
const publication = (release: ComposerRelease, locale: string) =>
  release.locales.find((entry) => entry.locale === locale)?.publication;

/** Each quote's order in `locale`, draft and published versions, by documentId. */
const orders = async (locale: string) => {
  const rows = (await app.strapi.db.query(QUOTE_UID).findMany({
    where: { locale, release: { documentId: releaseId } },
    select: ['documentId', 'order', 'publishedAt'],
  })) as Array<{ documentId: string; order: number; publishedAt: string | null }>;
  const byDocument: Record<string, { draft?: number; published?: number }> = {};
  for (const row of rows) (byDocument[row.documentId] ??= {})[row.publishedAt ? 'published' : 'draft'] = row.order;
  return byDocument;
};

describe('quote order is per locale', () => {
  it('a reorder in fr changes fr only: en drafts keep their order and en stays published, fr is modified until published', async () => {
    const fr = await view('fr');
    const ids = fr.quotes.map((quote) => quote.documentId);
    const enBefore = await orders('en');

    const reordered = (await reorder('fr', [ids[2]!, ids[0]!, ids[1]!])).body.data as ComposerRelease;
    expect(reordered.quotes.map((quote) => quote.documentId)).toEqual([ids[2], ids[0], ids[1]]);
    expect(publication(reordered, 'fr')).toBe('modified');
    expect(publication(reordered, 'en')).toBe('published');
    expect(await orders('en')).toEqual(enBefore);
    for (const entry of Object.values(await orders('en'))) expect(entry.draft).toBe(entry.published);
    expect((await view('en')).quotes.map((quote) => quote.documentId)).toEqual(ids);

    await app.http().post(base('fr', '/publish')).set('Authorization', `Bearer ${token}`).send({}).expect(200);
    const published = await view('fr');
    expect(publication(published, 'fr')).toBe('published');
    expect(publication(published, 'en')).toBe('published');
  });

  it('shows "modified" only while the draft really differs: a reorder undone is published again', async () => {
    const ids = (await view('fr')).quotes.map((quote) => quote.documentId);
    expect(publication((await reorder('fr', [ids[1]!, ids[0]!, ids[2]!])).body.data, 'fr')).toBe('modified');
    expect(publication((await reorder('fr', ids)).body.data, 'fr')).toBe('published');

    const dashboard = await app
      .http()
      .get('/newsroom/releases?search=Kosovo')
      .set('Authorization', `Bearer ${token}`)
      .expect(200);
    const row = (dashboard.body.data as Array<{ documentId: string; locales: Array<{ locale: string; publication: string }> }>).find(
      (release) => release.documentId === releaseId,
    );
    expect(row?.locales.find((entry) => entry.locale === 'fr')?.publication).toBe('published');
  });

  it('a new localization of a quote keeps the order the quote has in its other locales', async () => {
    const speaker = (await view('en')).quotes[0]!.speaker!.documentId;
    const quote = (await app.strapi.documents(QUOTE_UID).create({
      locale: 'en',
      data: { text: 'Words.', speaker, order: 7, release: releaseId, sourceLocale: 'en' },
    } as never)) as { documentId: string };
    await app.strapi
      .documents(QUOTE_UID)
      .update({ documentId: quote.documentId, locale: 'fr', data: { text: 'Des mots.', speaker } } as never);
    const fr = (await app.strapi.db.query(QUOTE_UID).findOne({
      where: { documentId: quote.documentId, locale: 'fr', publishedAt: null },
      select: ['order'],
    })) as { order: number };
    expect(fr.order).toBe(7);
  });
});
