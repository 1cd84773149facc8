/**
 * Issue 9, holes 2, 3 and 6 (sourceLocale): an admin role's locales hold on every write path of
 * every newsroom type (content manager, Document Service, the plugin's routes); a role limited to
 * some locales may not change the fields all locales share; sourceLocale is an enabled locale.
 */
import { seedDemo } from '../../src/demo/seed';
import { ensureLocaleRole, tokenForRole } from '../helpers/admin-users';
import { DEPLOYMENT_UID, PERSON_UID, QUOTE_UID, RELEASE_UID } from '../helpers/fixtures';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

const ORGANISATION_UID = 'plugin::newsroom.organisation';
type Uid = typeof RELEASE_UID | typeof QUOTE_UID | typeof DEPLOYMENT_UID | typeof PERSON_UID | typeof ORGANISATION_UID;
type Row = Record<string, unknown>;

let app: TestApp;
let superAdmin: string;
let translator: string;
let frEditor: string;
let editor: string;
let releaseId: string;
let speakerId: string;

const cm = (uid: string) => `/content-manager/collection-types/${uid}`;
const as = (token: string, method: 'get' | 'put' | 'post' | 'delete', url: string) =>
  app.http()[method](url).set('Authorization', `Bearer ${token}`);
const count = (uid: Uid, where: Row = {}) => app.strapi.db.query(uid).count({ where });
const draft = async (uid: Uid, documentId: string, locale: string) =>
  (await app.strapi.db.query(uid).findOne({ where: { documentId, locale, publishedAt: null } })) as Row | null;
/** Every row of a type, to compare before and after a refused write. */
const snapshot = async (uid: Uid) =>
  JSON.stringify(await app.strapi.db.query(uid).findMany({ orderBy: { id: 'asc' } }));
const fieldsOf = (body: { error?: { details?: { errors?: Array<{ path: string[] }> } } }) =>
  (body.error?.details?.errors ?? []).map((error) => error.path.join('.'));

/** A valid new document of each type in `locale`, as the content manager sends it. */
const newDocument = (uid: Uid): Row =>
  ({
    [RELEASE_UID]: { title: 'Written by someone else', summary: 'S', issuedAt: '2024-01-15T09:00:00.000Z' },
    [QUOTE_UID]: { text: 'Words.', speaker: { connect: [{ documentId: speakerId, locale: 'en' }] } },
    [DEPLOYMENT_UID]: { mission: 'KFOR', unit: 'A unit', personnelCount: 10 },
    [PERSON_UID]: { name: 'A Person', position: 'Spokesperson' },
    [ORGANISATION_UID]: { name: 'An Organisation', shortName: 'AO' },
  })[uid];

beforeAll(async () => {
  app = await bootApp();
  releaseId = (await seedDemo(app.strapi)).releaseDocumentId;
  speakerId = String(
    ((await app.strapi.db.query(PERSON_UID).findOne({ where: { locale: 'en', name: { $contains: 'Geoan' } } })) as Row).documentId,
  );
  superAdmin = await adminToken(app);
  translator = await tokenForRole(app, 'Newsroom translator (fr)', 'translator.scope@newsroom.test');
  await ensureLocaleRole(app, 'French desk', ['fr']);
  await ensureLocaleRole(app, 'Every desk', ['en', 'fr', 'sq', 'sr-Latn', 'sr-Cyrl']);
  frEditor = await tokenForRole(app, 'French desk', 'french.desk@newsroom.test');
  editor = await tokenForRole(app, 'Every desk', 'every.desk@newsroom.test');
});
afterAll(async () => {
  await app?.close();
});

describe('hole 2: the role\'s locales on every write path', () => {
  it.each([RELEASE_UID, QUOTE_UID, DEPLOYMENT_UID, PERSON_UID] as const)(
    'the translator (fr) may not create %s in English through the content manager: 403, nothing written',
    async (uid) => {
      const before = await snapshot(uid);
      await as(translator, 'post', `${cm(uid)}?locale=en`).send(newDocument(uid)).expect(403);
      expect(await snapshot(uid)).toBe(before);
    },
  );

  it('the translator may create in French, but not add another locale to that document (PUT ?locale=sq or en)', async () => {
    const created = await as(translator, 'post', `${cm(RELEASE_UID)}?locale=fr`)
      .send({ title: 'Communiqué du traducteur', summary: 'Résumé', issuedAt: '2024-02-01T09:00:00.000Z' })
      .expect(201);
    const documentId = String(created.body.data.documentId);
    for (const locale of ['sq', 'en']) {
      await as(translator, 'put', `${cm(RELEASE_UID)}/${documentId}?locale=${locale}`)
        .send({ title: 'Press release', summary: 'Summary' })
        .expect(403);
    }
    expect(await count(RELEASE_UID, { documentId })).toBe(1);
  });

  it('a role limited to French with every content-manager action is held to French on publish, unpublish, discard, delete, clone and bulk actions', async () => {
    const before = await snapshot(RELEASE_UID);
    const one = `${cm(RELEASE_UID)}/${releaseId}`;
    await as(frEditor, 'post', `${one}/actions/publish?locale=en`).send({}).expect(403);
    await as(frEditor, 'post', `${one}/actions/unpublish?locale=en`).send({}).expect(403);
    await as(frEditor, 'post', `${one}/actions/discard?locale=en`).send({}).expect(403);
    await as(frEditor, 'delete', `${one}?locale=en`).expect(403);
    await as(frEditor, 'post', `${cm(RELEASE_UID)}/clone/${releaseId}?locale=en`).send({ title: 'Clone' }).expect(403);
    for (const action of ['bulkPublish', 'bulkUnpublish', 'bulkDelete']) {
      const response = await as(frEditor, 'post', `${cm(RELEASE_UID)}/actions/${action}?locale=en`).send({ documentIds: [releaseId] });
      expect(response.status).toBe(403);
    }
    expect(await snapshot(RELEASE_UID)).toBe(before);
    // French is its own.
    await as(frEditor, 'post', `${one}/actions/publish?locale=fr`).send({}).expect(200);
  });

  it('the plugin\'s own routes refuse a locale the role may not edit (route policy)', async () => {
    const before = await snapshot(QUOTE_UID);
    await as(frEditor, 'post', `/newsroom/releases/${releaseId}/quotes?locale=en`)
      .send({ text: 'x', speaker: { documentId: speakerId } })
      .expect(403);
    await as(frEditor, 'post', `/newsroom/releases/${releaseId}/publish?locale=en`).send({}).expect(403);
    expect(await snapshot(QUOTE_UID)).toBe(before);
    const frSpeaker = String(
      ((await app.strapi.db.query(PERSON_UID).findOne({ where: { locale: 'fr', documentId: speakerId } })) as Row).documentId,
    );
    await as(frEditor, 'post', `/newsroom/releases/${releaseId}/quotes?locale=fr`)
      .send({ text: 'Mots.', speaker: { documentId: frSpeaker } })
      .expect(200);
  });

  it.each([RELEASE_UID, QUOTE_UID, DEPLOYMENT_UID, PERSON_UID, ORGANISATION_UID] as const)(
    'a Document Service write of %s made for the translator\'s request is held to French; the server\'s own writes are not',
    async (uid) => {
      const user = await app.strapi.db.query('admin::user').findOne({
        where: { email: 'translator.scope@newsroom.test' },
        populate: ['roles'],
      });
      const request = { state: { user, auth: { strategy: { name: 'admin' } } } } as unknown as Parameters<typeof app.strapi.requestContext.run>[0];
      const before = await snapshot(uid);
      await expect(
        app.strapi.requestContext.run(request, async () => {
          await app.strapi.documents(uid).create({ locale: 'en', data: newDocument(uid) } as never);
        }),
      ).rejects.toMatchObject({ name: 'ForbiddenError' });
      expect(await snapshot(uid)).toBe(before);
      // No admin behind the write (seeding, imports at start): not limited.
      const created = (await app.strapi.documents(uid).create({ locale: 'en', data: newDocument(uid) } as never)) as Row;
      expect(created.locale).toBe('en');
    },
  );

  it('a role allowed every locale and the super admin are unaffected', async () => {
    await as(editor, 'post', `${cm(RELEASE_UID)}?locale=en`).send(newDocument(RELEASE_UID)).expect(201);
    await as(superAdmin, 'post', `${cm(RELEASE_UID)}?locale=sq`).send(newDocument(RELEASE_UID)).expect(201);
  });
});

describe('hole 3: fields every locale shares', () => {
  it.each([
    ['referenceNumber', 'PR(2099)001'],
    ['issuedAt', '2030-01-01T00:00:00.000Z'],
    ['sourceLocale', 'fr'],
  ])('the translator may not change %s through French: 403 naming it, English untouched', async (field, value) => {
    const before = await snapshot(RELEASE_UID);
    const response = await as(translator, 'put', `${cm(RELEASE_UID)}/${releaseId}?locale=fr`)
      .send({ summary: 'Résumé modifié', [field]: value })
      .expect(403);
    expect(fieldsOf(response.body)).toEqual([field]);
    expect(response.body.error.message).toContain(field);
    expect(await snapshot(RELEASE_UID)).toBe(before);
  });

  it('sending back the stored values (the whole form) is no change: 200', async () => {
    const form = (await as(translator, 'get', `${cm(RELEASE_UID)}/${releaseId}?locale=fr`).expect(200)).body.data as Row;
    const english = await draft(RELEASE_UID, releaseId, 'en');
    const body = Object.fromEntries(
      ['title', 'summary', 'place', 'issuedAt', 'referenceNumber', 'sourceLocale', 'internalNote'].map((key) => [key, form[key]]),
    );
    await as(translator, 'put', `${cm(RELEASE_UID)}/${releaseId}?locale=fr`)
      .send({ ...body, summary: 'Résumé relu.' })
      .expect(200);
    expect((await draft(RELEASE_UID, releaseId, 'fr'))?.summary).toBe('Résumé relu.');
    expect(await draft(RELEASE_UID, releaseId, 'en')).toEqual(english);
  });

  it('a new French version may bring the shared values as stored, not others', async () => {
    const created = await as(editor, 'post', `${cm(RELEASE_UID)}?locale=en`)
      .send({ ...newDocument(RELEASE_UID), referenceNumber: 'PR(2024)010' })
      .expect(201);
    const documentId = String(created.body.data.documentId);
    const url = `${cm(RELEASE_UID)}/${documentId}?locale=fr`;
    const french = { title: 'Version française', summary: 'Résumé', issuedAt: '2024-01-15T09:00:00.000Z' };
    const refused = await as(translator, 'put', url).send({ ...french, referenceNumber: 'PR(2024)999' }).expect(403);
    expect(fieldsOf(refused.body)).toEqual(['referenceNumber']);
    expect(await count(RELEASE_UID, { documentId, locale: 'fr' })).toBe(0);
    await as(translator, 'put', url).send({ ...french, referenceNumber: 'PR(2024)010' }).expect(200);
    expect((await draft(RELEASE_UID, documentId, 'en'))?.referenceNumber).toBe('PR(2024)010');
  });

  it('quotes and deployments too: the translator may not change a quote\'s date or a deployment\'s figures through French', async () => {
    const quote = (await app.strapi.db.query(QUOTE_UID).findOne({ where: { locale: 'fr', publishedAt: null } })) as Row;
    const deployment = (await app.strapi.db.query(DEPLOYMENT_UID).findOne({ where: { locale: 'fr', publishedAt: null } })) as Row;
    const [quotes, deployments] = [await snapshot(QUOTE_UID), await snapshot(DEPLOYMENT_UID)];
    const q = await as(translator, 'put', `${cm(QUOTE_UID)}/${String(quote.documentId)}?locale=fr`)
      .send({ saidAt: '2031-01-01T00:00:00.000Z' })
      .expect(403);
    expect(fieldsOf(q.body)).toEqual(['saidAt']);
    const d = await as(translator, 'put', `${cm(DEPLOYMENT_UID)}/${String(deployment.documentId)}?locale=fr`)
      .send({ personnelCount: 12345, unit: 'Unité' })
      .expect(403);
    expect(fieldsOf(d.body)).toEqual(['personnelCount']);
    expect([await snapshot(QUOTE_UID), await snapshot(DEPLOYMENT_UID)]).toEqual([quotes, deployments]);
  });

  it('a role allowed every locale may change them (and every locale follows)', async () => {
    await as(editor, 'put', `${cm(RELEASE_UID)}/${releaseId}?locale=en`).send({ referenceNumber: 'PR(2023)083-rev' }).expect(200);
    expect((await draft(RELEASE_UID, releaseId, 'fr'))?.referenceNumber).toBe('PR(2023)083-rev');
  });
});

describe('hole 6: sourceLocale is an enabled locale', () => {
  it('refuses `zz` on every path with a 400 naming sourceLocale, nothing written', async () => {
    const [releases, deployments] = [await snapshot(RELEASE_UID), await snapshot(DEPLOYMENT_UID)];
    const put = await as(superAdmin, 'put', `${cm(RELEASE_UID)}/${releaseId}?locale=en`).send({ sourceLocale: 'zz' }).expect(400);
    expect(fieldsOf(put.body)).toContain('sourceLocale');
    const post = await as(superAdmin, 'post', `${cm(DEPLOYMENT_UID)}?locale=en`)
      .send({ ...newDocument(DEPLOYMENT_UID), sourceLocale: 'zz' })
      .expect(400);
    expect(fieldsOf(post.body)).toContain('sourceLocale');
    await expect(
      app.strapi.documents(RELEASE_UID).update({ documentId: releaseId, locale: 'en', data: { sourceLocale: 'zz' } } as never),
    ).rejects.toMatchObject({ name: 'ValidationError' });
    expect([await snapshot(RELEASE_UID), await snapshot(DEPLOYMENT_UID)]).toEqual([releases, deployments]);
    await as(superAdmin, 'put', `${cm(RELEASE_UID)}/${releaseId}?locale=en`).send({ sourceLocale: 'en' }).expect(200);
  });
});
