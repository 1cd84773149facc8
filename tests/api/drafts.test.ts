import { seedDemo } from '../../src/demo/seed';
import { documents, RELEASE_UID, releaseData } from '../helpers/fixtures';
import { bootApp, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
  await seedDemo(app.strapi);
});
afterAll(async () => {
  await app?.close();
});

const slugsListed = async (locale: string) => {
  const response = await app.http().get(`/api/newsroom/releases?locale=${locale}`).expect(200);
  return (response.body.data as Array<{ slug: string }>).map((release) => release.slug);
};

describe('drafts are never served', () => {
  it('keeps a never-published release out of the list and the detail route', async () => {
    const draft = await documents(app.strapi, RELEASE_UID).create({ locale: 'en', data: releaseData('Embargoed statement on Kosovo') });
    expect(draft.slug).toBe('embargoed-statement-on-kosovo');
    expect(await slugsListed('en')).not.toContain(draft.slug);
    await app.http().get(`/api/newsroom/releases/${draft.slug}?locale=en`).expect(404);
  });

  it.each(['status=draft', 'status=published&status=draft', 'publicationState=preview', 'filters[title]=x', 'populate=*'])(
    'refuses ?%s with a 400 naming the parameter, never a draft',
    async (query) => {
      const response = await app.http().get(`/api/newsroom/releases?${query}`).expect(400);
      expect(response.body.data).toBeNull();
      expect(response.body.error.details.errors[0].path[0]).toBe(query.split(/[=[]/)[0]);
      const detail = await app.http().get(`/api/newsroom/releases/embargoed-statement-on-kosovo?${query}`).expect(400);
      expect(detail.body.data).toBeNull();
    },
  );

  it('serves a locale only once that locale is published', async () => {
    const release = await documents(app.strapi, RELEASE_UID).create({
      locale: 'en',
      status: 'published',
      data: releaseData('Allies meet in Vilnius'),
    });
    // French added as a draft only.
    const fr = await documents(app.strapi, RELEASE_UID).update({
      documentId: release.documentId,
      locale: 'fr',
      data: { title: 'Les Alliés se réunissent à Vilnius' },
    });
    expect(await slugsListed('en')).toContain('allies-meet-in-vilnius');
    expect(await slugsListed('fr')).not.toContain(fr.slug);
    await app.http().get(`/api/newsroom/releases/${fr.slug}?locale=fr`).expect(404);

    await documents(app.strapi, RELEASE_UID).publish({ documentId: release.documentId, locale: 'fr' });
    expect(await slugsListed('fr')).toContain('les-allies-se-reunissent-a-vilnius');

    await documents(app.strapi, RELEASE_UID).unpublish({ documentId: release.documentId, locale: 'fr' });
    expect(await slugsListed('fr')).not.toContain('les-allies-se-reunissent-a-vilnius');
    expect(await slugsListed('en')).toContain('allies-meet-in-vilnius');
  });

  it('serves the published text while a newer draft waits', async () => {
    const release = await documents(app.strapi, RELEASE_UID).create({
      locale: 'en',
      status: 'published',
      data: releaseData('KFOR patrols resume', { summary: 'Published summary' }),
    });
    await documents(app.strapi, RELEASE_UID).update({
      documentId: release.documentId,
      locale: 'en',
      data: { summary: 'Unpublished edit' },
    });
    const response = await app.http().get('/api/newsroom/releases/kfor-patrols-resume?locale=en').expect(200);
    expect(response.body.data.summary).toBe('Published summary');
  });

  it('does not serve a draft quote or deployment inside a published release', async () => {
    const response = await app.http().get('/api/newsroom/releases?locale=en').expect(200);
    const kfor = (response.body.data as Array<{ title: string; quotes: unknown[] }>).find((r) =>
      r.title.startsWith('NATO and EU together'),
    )!;
    expect(kfor.quotes).toHaveLength(3);
    // Unpublish one quote: the published release must stop listing it.
    const quote = (await app.strapi.db.query('plugin::newsroom.quote').findOne({
      where: { locale: 'en', order: 2, publishedAt: { $notNull: true } },
      select: ['documentId'],
    })) as { documentId: string };
    await app.strapi.documents('plugin::newsroom.quote').unpublish({ documentId: quote.documentId, locale: 'en' } as never);
    const after = await app.http().get('/api/newsroom/releases/nato-and-eu-together-for-stability-in-kosovo-and-the-western-balkans').expect(200);
    expect(after.body.data.quotes.map((q: { order: number }) => q.order)).toEqual([0, 1]);
  });

  it('exposes no stock REST route for the newsroom types', async () => {
    for (const path of ['/api/releases', '/api/releases?status=draft', '/api/quotes', '/api/deployments', '/api/newsroom/releases-drafts']) {
      const response = await app.http().get(path);
      expect(response.status).toBe(404);
    }
  });
});
