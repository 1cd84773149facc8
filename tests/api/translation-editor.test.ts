import type { TranslationEditorData } from '../../plugins/newsroom/shared/contracts/translations';
import { seedDemo } from '../../src/demo/seed';
import { tokenForRole } from '../helpers/admin-users';
import { DEPLOYMENT_UID, documents, QUOTE_UID, RELEASE_UID } from '../helpers/fixtures';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
let admin: string;
let translator: string;
let releaseId: string;

beforeAll(async () => {
  app = await bootApp();
  releaseId = (await seedDemo(app.strapi)).releaseDocumentId;
  admin = await adminToken(app);
  translator = await tokenForRole(app, 'Newsroom translator (fr)', 'translator.editor@newsroom.test');
});
afterAll(async () => {
  await app?.close();
});

const as = (token: string, method: 'get' | 'put' | 'post', url: string) => app.http()[method](url).set('Authorization', `Bearer ${token}`);
const editorUrl = (locale: string, documentId = releaseId) => `/newsroom/translations/editor/${documentId}?locale=${locale}`;
const load = async (token: string, locale: string) => (await as(token, 'get', editorUrl(locale)).expect(200)).body.data as TranslationEditorData;

const draftOf = async (uid: string, documentId: string, locale: string) =>
  (await app.strapi.db.query(uid as typeof RELEASE_UID).findOne({ where: { documentId, locale, publishedAt: null } })) as Record<
    string,
    unknown
  > | null;

describe('the translation editor (admin API)', () => {
  it('shows the release, its quotes and deployments source beside target, with human labels', async () => {
    const data = await load(translator, 'fr');
    expect(data).toMatchObject({ documentId: releaseId, sourceLocale: 'en', locale: 'fr' });
    expect(data.release.label).toMatch(/^NATO and EU together/);
    expect(data.release.status).toBe('current');
    const title = data.release.fields.find((field) => field.field === 'title')!;
    expect(title).toMatchObject({ kind: 'string', changed: false, previousSource: null });
    expect(title.target).toMatch(/^L’OTAN et l’UE/);
    expect(data.release.fields.map((field) => field.field)).toEqual(['title', 'summary', 'body', 'place']);
    expect(data.release.fields.find((field) => field.field === 'body')!.kind).toBe('blocks');
    expect(data.quotes).toHaveLength(3);
    expect(data.quotes[0]!.label).toMatch(/^Mircea Geoană: “.+…”$/);
    expect(data.deployments.map((deployment) => deployment.label)).toContain('KFOR · TR · 65th Mechanized Infantry Brigade');
  });

  it('shows the release outdated when only one of its deployments changed in the source (tester finding)', async () => {
    const deployment = (await load(translator, 'fr')).deployments.find((item) => item.label.includes('TR'))!;
    const before = (await draftOf(DEPLOYMENT_UID, deployment.documentId, 'en'))!;
    await documents(app.strapi, DEPLOYMENT_UID).update({ documentId: deployment.documentId, locale: 'en', data: { unit: 'Changed unit' } });
    const data = await load(translator, 'fr');
    expect(data.deployments.find((item) => item.documentId === deployment.documentId)!.status).toBe('outdated');
    expect(data.release.status).toBe('outdated');
    // The source back as it was: current again, for the tests below.
    await documents(app.strapi, DEPLOYMENT_UID).update({ documentId: deployment.documentId, locale: 'en', data: { unit: before.unit } });
    expect((await load(translator, 'fr')).release.status).toBe('current');
  });

  it('highlights what changed in the source since the translation: old and new text', async () => {
    await documents(app.strapi, RELEASE_UID).update({ documentId: releaseId, locale: 'en', data: { summary: 'A changed English summary.' } });
    const data = await load(translator, 'fr');
    expect(data.release.status).toBe('outdated');
    const summary = data.release.fields.find((field) => field.field === 'summary')!;
    expect(summary.changed).toBe(true);
    expect(summary.previousSource).toMatch(/^NATO Deputy Secretary General Mircea Geoană met/);
    expect(summary.source).toBe('A changed English summary.');
    expect(data.release.fields.filter((field) => field.changed).map((field) => field.field)).toEqual(['summary']);
  });

  it('saves drafts in the target locale only, never publishes, and makes the saved fields current', async () => {
    const publishedBefore = await app.strapi.db.query(RELEASE_UID).findOne({
      where: { documentId: releaseId, locale: 'fr', publishedAt: { $notNull: true } },
    });
    const englishBefore = await draftOf(RELEASE_UID, releaseId, 'en');
    const response = await as(translator, 'put', editorUrl('fr'))
      .send({ documents: [{ type: 'release', documentId: releaseId, fields: { summary: 'Un résumé français modifié.' } }] })
      .expect(200);
    const data = response.body.data as TranslationEditorData;
    expect(data.release.status).toBe('current');
    expect(data.release.fields.find((field) => field.field === 'summary')!.target).toBe('Un résumé français modifié.');
    expect((await draftOf(RELEASE_UID, releaseId, 'fr'))!.summary).toBe('Un résumé français modifié.');
    expect((await draftOf(RELEASE_UID, releaseId, 'en'))!.summary).toBe(englishBefore!.summary);
    const publishedAfter = await app.strapi.db.query(RELEASE_UID).findOne({
      where: { documentId: releaseId, locale: 'fr', publishedAt: { $notNull: true } },
    });
    expect((publishedAfter as { summary: string }).summary).toBe((publishedBefore as { summary: string }).summary);
  });

  it('writes every document of a save or none (one transaction)', async () => {
    const data = await load(admin, 'fr');
    const quote = data.quotes[0]!;
    const before = (await draftOf(QUOTE_UID, quote.documentId, 'fr'))!.text;
    // The second document makes the release's title empty: the validation middleware refuses it.
    const response = await as(admin, 'put', editorUrl('fr')).send({
      documents: [
        { type: 'quote', documentId: quote.documentId, fields: { text: 'Ce texte ne doit pas rester.' } },
        { type: 'release', documentId: releaseId, fields: { title: '' } },
      ],
    });
    expect(response.status).toBe(400);
    expect((await draftOf(QUOTE_UID, quote.documentId, 'fr'))!.text).toBe(before);
  });

  it('creates a missing locale as a draft with the source relations mirrored', async () => {
    const data = await load(admin, 'sq');
    expect(data.release.status).toBe('missing');
    const quote = data.quotes[0]!;
    await as(admin, 'put', editorUrl('sq'))
      .send({ documents: [{ type: 'quote', documentId: quote.documentId, fields: { text: 'Fjalë në shqip.' } }] })
      .expect(200);
    const created = (await app.strapi.documents(QUOTE_UID).findOne({
      documentId: quote.documentId,
      locale: 'sq',
      status: 'draft',
      populate: { speaker: true },
    } as never)) as unknown as { text: string; publishedAt: string | null; speaker: { name: string } | null };
    expect(created).toMatchObject({ text: 'Fjalë në shqip.', publishedAt: null, speaker: { name: 'Mircea Geoană' } });
  });

  it('marks the release, its quotes and deployments reviewed', async () => {
    await documents(app.strapi, RELEASE_UID).update({ documentId: releaseId, locale: 'en', data: { place: 'Brussels (changed)' } });
    expect((await load(translator, 'fr')).release.status).toBe('outdated');
    const response = await as(translator, 'post', `/newsroom/translations/editor/${releaseId}/review?locale=fr`).expect(200);
    const data = response.body.data as TranslationEditorData;
    expect(data.release).toMatchObject({ status: 'current', reviewedAt: expect.any(String) });
    expect(data.quotes.every((quote) => quote.reviewedAt !== null)).toBe(true);
  });

  it('refuses a locale the role may not edit (403), and writes nothing', async () => {
    await as(translator, 'get', editorUrl('sq')).expect(403);
    const before = (await draftOf(RELEASE_UID, releaseId, 'sq'))?.summary ?? null;
    await as(translator, 'put', editorUrl('sq'))
      .send({ documents: [{ type: 'release', documentId: releaseId, fields: { summary: 'Not allowed.' } }] })
      .expect(403);
    expect((await draftOf(RELEASE_UID, releaseId, 'sq'))?.summary ?? null).toBe(before);
    await as(translator, 'post', `/newsroom/translations/editor/${releaseId}/review?locale=sq`).expect(403);
  });

  it('refuses admins without the translations permissions (403)', async () => {
    const author = await tokenForRole(app, 'Author', 'author.editor@newsroom.test');
    await as(author, 'get', editorUrl('fr')).expect(403);
    await as(author, 'put', editorUrl('fr')).send({ documents: [] }).expect(403);
  });

  it('answers bad input with a 400 naming the field', async () => {
    const elsewhere = await documents(app.strapi, DEPLOYMENT_UID).create({ locale: 'en', data: { mission: 'EUFOR', unit: 'Elsewhere' } });
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
      [editorUrl('en'), { documents: [{ type: 'release', documentId: releaseId, fields: {} }] }, ['locale']],
      [editorUrl('fr'), { documents: [{ type: 'release', documentId: releaseId, fields: { slug: 'x' } }] }, ['documents', '0', 'fields', 'slug']],
      [editorUrl('fr'), { documents: [{ type: 'release', documentId: releaseId, fields: { body: 'plain' } }] }, ['documents', '0', 'fields', 'body']],
      [editorUrl('fr'), { documents: [{ type: 'deployment', documentId: elsewhere.documentId, fields: { unit: 'x' } }] }, ['documents', '0', 'documentId']],
      [editorUrl('fr'), { documents: [] }, ['documents']],
      [editorUrl('fr'), { documents: [{ type: 'person', documentId: releaseId, fields: {} }] }, ['documents', '0', 'type']],
    ];
    for (const [url, body, path] of cases) {
      const response = await as(admin, 'put', url).send(body);
      expect({ url, body, status: response.status }).toEqual({ url, body, status: 400 });
      expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path)).toContainEqual(path);
    }
    await as(admin, 'get', editorUrl('fr', 'nosuchrelease0000000')).expect(404);
  });
});

describe('batch XLIFF export (Translations page)', () => {
  it('skips a release with no version in the source locale, exports the rest and says what it did', async () => {
    const orphan = await documents(app.strapi, RELEASE_UID).create({
      locale: 'sq',
      data: { title: 'Vetëm në shqip', summary: 'Pa version anglisht.', place: 'Prishtinë' },
    });
    const response = await as(admin, 'post', '/newsroom/translations/xliff/export')
      .set('Accept', 'application/json')
      .send({ locale: 'fr', status: 'all', onlyChanged: false })
      .expect(200);
    const summary = response.body.data as { fileName: string; releases: number; units: number; skipped: unknown[]; xliff: string };
    expect(summary.skipped).toEqual([{ documentId: orphan.documentId, reason: 'no-source-version', sourceLocale: 'en', label: 'Vetëm në shqip' }]);
    expect(summary.releases).toBe(1);
    expect(summary.fileName).toBe('releases-fr.xlf');
    expect(summary.units).toBe((summary.xliff.match(/<trans-unit /g) ?? []).length);
    expect(summary.units).toBeGreaterThan(10);
    expect(summary.xliff).toContain(`release/${releaseId}`);
  });

  it('still sends the file itself to clients that ask for XLIFF, with the counts in headers', async () => {
    const response = await as(admin, 'post', '/newsroom/translations/xliff/export').send({ locale: 'fr', status: 'all', onlyChanged: false }).expect(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="releases-fr.xlf"');
    expect(response.text).toMatch(/^<\?xml/);
    expect(response.headers['x-newsroom-skipped']).toBe('1');
    expect(Number(response.headers['x-newsroom-units'])).toBeGreaterThan(0);
  });

  it('follows the status filter: only the releases with that status in the locale', async () => {
    // The demo release is current in French after the review above: "outdated" matches nothing.
    await as(admin, 'post', '/newsroom/translations/xliff/export').send({ locale: 'fr', status: 'outdated' }).expect(404);
    const current = await as(admin, 'post', '/newsroom/translations/xliff/export')
      .set('Accept', 'application/json')
      .send({ locale: 'fr', status: 'current', onlyChanged: false })
      .expect(200);
    expect(current.body.data).toMatchObject({ releases: 1, skipped: [] });
  });
});
