import { seedDemo } from '../../src/demo/seed';
import { tokenForRole } from '../helpers/admin-users';
import { RELEASE_UID } from '../helpers/fixtures';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
let translator: string;
let releaseId: string;
const CM = `/content-manager/collection-types/${RELEASE_UID}`;

beforeAll(async () => {
  app = await bootApp();
  releaseId = (await seedDemo(app.strapi)).releaseDocumentId;
  await adminToken(app); // the first super admin
  translator = await tokenForRole(app, 'Newsroom translator (fr)', 'translator.fr@newsroom.test');
});
afterAll(async () => {
  await app?.close();
});

const as = (token: string, method: 'get' | 'put' | 'post', url: string) =>
  app.http()[method](url).set('Authorization', `Bearer ${token}`);

const stored = async (locale: string) =>
  ((await app.strapi.db.query(RELEASE_UID).findOne({ where: { documentId: releaseId, locale, publishedAt: null } })) as { summary: string })
    .summary;

describe('the example translator role (fr)', () => {
  it('may edit the French version', async () => {
    await as(translator, 'put', `${CM}/${releaseId}?locale=fr`).send({ summary: 'Résumé du traducteur.' }).expect(200);
    expect(await stored('fr')).toBe('Résumé du traducteur.');
  });

  it('may not change the English version', async () => {
    const before = await stored('en');
    await as(translator, 'put', `${CM}/${releaseId}?locale=en`).send({ summary: 'Changed by a translator.' }).expect(403);
    expect(await stored('en')).toBe(before);
  });

  it('may not publish, even in French', async () => {
    const publishedBefore = await app.strapi.db.query(RELEASE_UID).findOne({
      where: { documentId: releaseId, locale: 'fr', publishedAt: { $notNull: true } },
    });
    await as(translator, 'post', `${CM}/${releaseId}/actions/publish?locale=fr`).send({}).expect(403);
    const publishedAfter = await app.strapi.db.query(RELEASE_UID).findOne({
      where: { documentId: releaseId, locale: 'fr', publishedAt: { $notNull: true } },
    });
    expect(publishedAfter).toEqual(publishedBefore);
  });

  it('may see translation status and export and import XLIFF for French only', async () => {
    await as(translator, 'get', '/newsroom/translations').expect(200);
    await as(translator, 'get', `/newsroom/translations/releases/${releaseId}/xliff?locale=fr`).expect(200);
    await as(translator, 'get', `/newsroom/translations/releases/${releaseId}/xliff?locale=sq`).expect(403);
    await as(translator, 'post', '/newsroom/translations/xliff/import?locale=en')
      .set('Content-Type', 'application/xml')
      .send('<xliff version="1.2"/>')
      .expect(403);
  });

  it('is the only non-admin role with newsroom permissions: an Author has none', async () => {
    const author = await tokenForRole(app, 'Author', 'author@newsroom.test');
    await as(author, 'get', '/newsroom/translations').expect(403);
    await as(author, 'post', '/newsroom/translations/review').send({ type: 'release', documentId: releaseId, locale: 'fr' }).expect(403);
  });
});
