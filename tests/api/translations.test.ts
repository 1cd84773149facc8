import { seedDemo } from '../../src/demo/seed';
import { documents, QUOTE_UID, RELEASE_UID } from '../helpers/fixtures';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

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

const admin = (method: 'get' | 'post', url: string) => app.http()[method](url).set('Authorization', `Bearer ${token}`);

interface LocaleStatus {
  locale: string;
  status: string;
  changes: Array<{ field: string; previousSource: unknown; currentSource: unknown }>;
}
interface DocumentStatus {
  documentId: string;
  locales: LocaleStatus[];
}

const releaseStatus = async () =>
  (await admin('get', `/newsroom/translations/releases/${releaseId}`).expect(200)).body.data as {
    release: DocumentStatus;
    quotes: DocumentStatus[];
    deployments: DocumentStatus[];
  };
const inLocale = (doc: DocumentStatus, locale: string) => doc.locales.find((entry) => entry.locale === locale)!;

describe('translation status', () => {
  it('shows the demo current in French and missing in the other locales, for the release, its quotes and deployments', async () => {
    const status = await releaseStatus();
    for (const doc of [status.release, ...status.quotes, ...status.deployments]) {
      expect(inLocale(doc, 'fr').status).toBe('current');
      for (const locale of ['sq', 'sr-Latn', 'sr-Cyrl']) expect(inLocale(doc, locale).status).toBe('missing');
      expect(doc.locales.map((entry) => entry.locale)).not.toContain('en');
    }
    expect(status.quotes).toHaveLength(3);
    expect(status.deployments).toHaveLength(3);
  });

  it('marks exactly the changed source fields outdated, with the old and new text', async () => {
    await documents(app.strapi, RELEASE_UID).update({ documentId: releaseId, locale: 'en', data: { summary: 'A new English summary.' } });
    const status = await releaseStatus();
    const fr = inLocale(status.release, 'fr');
    expect(fr.status).toBe('outdated');
    expect(fr.changes.map((change) => change.field)).toEqual(['summary']);
    expect(fr.changes[0]!.previousSource).toMatch(/^NATO Deputy Secretary General Mircea Geoană met/);
    expect(fr.changes[0]!.currentSource).toBe('A new English summary.');
    expect(status.quotes.every((quote) => inLocale(quote, 'fr').status === 'current')).toBe(true);
  });

  it('is not made outdated by a non-localized field', async () => {
    const quote = (await releaseStatus()).quotes[0]!;
    await documents(app.strapi, QUOTE_UID).update({ documentId: quote.documentId, locale: 'en', data: { saidAt: '2023-06-14T08:00:00.000Z' } });
    expect(inLocale((await releaseStatus()).quotes.find((q) => q.documentId === quote.documentId)!, 'fr').status).toBe('current');
  });

  it('becomes current again when the translation is edited', async () => {
    await documents(app.strapi, RELEASE_UID).update({ documentId: releaseId, locale: 'fr', data: { summary: 'Un nouveau résumé.' } });
    expect(inLocale((await releaseStatus()).release, 'fr').status).toBe('current');
  });

  it('becomes current again when a translator marks it reviewed', async () => {
    await documents(app.strapi, RELEASE_UID).update({ documentId: releaseId, locale: 'en', data: { place: 'NATO Headquarters, Brussels' } });
    expect(inLocale((await releaseStatus()).release, 'fr').changes.map((c) => c.field)).toEqual(['place']);
    const reviewed = await admin('post', '/newsroom/translations/review')
      .send({ type: 'release', documentId: releaseId, locale: 'fr' })
      .expect(200);
    expect(reviewed.body.data.locales[0]).toMatchObject({ locale: 'fr', status: 'current', reviewedAt: expect.any(String) });
  });

  it('lists the matrix filtered by locale and status, in a bounded number of queries', async () => {
    const count = async (url: string) => {
      let queries = 0;
      const listener = () => {
        queries += 1;
      };
      await new Promise((resolve) => setTimeout(resolve, 200));
      app.strapi.db.connection.on('query', listener);
      const response = await admin('get', url).expect(200);
      app.strapi.db.connection.off('query', listener);
      return { queries, body: response.body };
    };
    const one = await count('/newsroom/translations?type=release&locale=fr');
    expect(one.body.data).toHaveLength(1);
    for (let i = 0; i < 8; i += 1) {
      await documents(app.strapi, RELEASE_UID).create({ locale: 'en', data: { title: `Matrix release ${i}`, issuedAt: '2024-01-01T00:00:00Z' } });
    }
    const many = await count('/newsroom/translations?type=release&locale=fr');
    expect(many.body.data).toHaveLength(9);
    expect(many.queries).toBe(one.queries);
    // admin session and permission checks, then: document ids, enabled locales, release draft rows and
    // records, then the releases' parts (draft rows with quotes and deployments, their rows and records)
    expect(many.queries).toBeLessThanOrEqual(17);
    const missing = await count('/newsroom/translations?type=release&locale=fr&status=missing');
    expect(missing.body.meta.pagination.total).toBe(8);
    await admin('get', '/newsroom/translations?status=stale').expect(400);
  });

  it('is refused without a newsroom permission', async () => {
    await app.http().get('/newsroom/translations').expect(401);
  });
});
