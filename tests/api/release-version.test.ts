/**
 * Issue 9, item 10: two editors saving the same release at once. Writes carry the version the
 * editor loaded (`If-Match`); a stale one gets a 409 ConflictError saying what changed, and
 * nothing is written; of concurrent writes based on the same version exactly one wins.
 */
import type { ComposerRelease, ConflictError } from '../../plugins/newsroom/shared/contracts/dashboard';
import { seedDemo } from '../../src/demo/seed';
import { DEPLOYMENT_UID, PERSON_UID, QUOTE_UID, RELEASE_UID } from '../helpers/fixtures';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
let token: string;
let releaseId: string;
let geoana: string;

beforeAll(async () => {
  app = await bootApp();
  releaseId = (await seedDemo(app.strapi)).releaseDocumentId;
  token = await adminToken(app);
  geoana = String(
    ((await app.strapi.db.query(PERSON_UID).findOne({ where: { name: 'Mircea Geoană', locale: 'en' } })) as { documentId: string })
      .documentId,
  );
});
afterAll(async () => {
  await app?.close();
});

type Method = 'get' | 'post' | 'put' | 'delete';
const call = (method: Method, url: string, version?: string) => {
  const request = app.http()[method](url).set('Authorization', `Bearer ${token}`);
  return version === undefined ? request : request.set('If-Match', `"${version}"`);
};
const base = (locale = 'en', path = '') => `/newsroom/releases/${releaseId}${path}?locale=${locale}`;
const view = async (locale = 'en') => (await call('get', base(locale)).expect(200)).body.data as ComposerRelease;
/** Every row the composer can write, to check that a refused write changed nothing. */
const snapshot = async () =>
  JSON.stringify(
    await Promise.all(
      [RELEASE_UID, QUOTE_UID, DEPLOYMENT_UID, PERSON_UID].map((uid) => app.strapi.db.query(uid).findMany({ orderBy: { id: 'asc' } })),
    ),
  );

describe('the version of a release', () => {
  it('comes with the release and changes with every write, whatever path makes it', async () => {
    const first = (await view('en')).version;
    expect(typeof first).toBe('string');
    expect((await view('fr')).version).toBe(first); // one version for every locale
    const quoteId = (await view('en')).quotes[0]!.documentId;
    const written = (await call('put', base('en', `/quotes/${quoteId}`)).send({ text: 'New words.' }).expect(200)).body
      .data as ComposerRelease;
    expect(written.version).not.toBe(first);
    expect((await view('en')).version).toBe(written.version);
    // The content manager, in another locale.
    await app
      .http()
      .put(`/content-manager/collection-types/${RELEASE_UID}/${releaseId}?locale=fr`)
      .set('Authorization', `Bearer ${token}`)
      .send({ summary: 'Résumé changé dans le gestionnaire de contenu.' })
      .expect(200);
    expect((await view('en')).version).not.toBe(written.version);
  });
});

describe('a write based on a stale version', () => {
  it('gets a 409 saying what changed, when and by whom, and writes nothing', async () => {
    const loaded = await view('en');
    const quoteId = loaded.quotes[1]!.documentId;
    // Another editor saves first.
    const other = (await call('put', base('en', `/quotes/${quoteId}`), loaded.version).send({ text: 'Saved first.' }).expect(200))
      .body.data as ComposerRelease;
    const before = await snapshot();
    const response = await call('put', base('en', `/quotes/${quoteId}`), loaded.version).send({ text: 'Saved second.' }).expect(409);
    const body = response.body as ConflictError;
    expect(body.data).toBeNull();
    expect(body.error).toMatchObject({ status: 409, name: 'ConflictError' });
    expect(body.error.details.currentVersion).toBe(other.version);
    expect(body.error.details.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ part: 'quote', kind: 'changed', documentId: quoteId, locale: 'en', status: 'draft' })]),
    );
    expect(body.error.details.changes.every((change) => change.at === null || !Number.isNaN(Date.parse(change.at)))).toBe(true);
    expect(await snapshot()).toBe(before);
  });

  it('names the editor when the change came through the content manager', async () => {
    const loaded = await view('en');
    await app
      .http()
      .put(`/content-manager/collection-types/${RELEASE_UID}/${releaseId}?locale=fr`)
      .set('Authorization', `Bearer ${token}`)
      .send({ summary: 'Encore un résumé.' })
      .expect(200);
    const response = await call('post', base('en', '/deployments'), loaded.version).send({ mission: 'KFOR' }).expect(409);
    const release = (response.body as ConflictError).error.details.changes.find((change) => change.part === 'release');
    expect(release).toMatchObject({ kind: 'changed', documentId: releaseId, locale: 'fr', status: 'draft' });
    expect(release?.by).toEqual(expect.any(String));
  });

  it('is refused on every composer write route', async () => {
    const stale = (await view('en')).version;
    const quoteId = (await view('en')).quotes[0]!.documentId;
    const deploymentId = (await view('en')).deployments[0]!.documentId;
    await call('put', base('en', `/quotes/${quoteId}`)).send({ text: 'A change by someone else.' }).expect(200);
    const current = await view('en');
    const before = await snapshot();
    const routes: Array<[Method, string, object]> = [
      ['post', '/quotes', { text: 'x', speaker: { documentId: geoana } }],
      ['put', `/quotes/${quoteId}`, { text: 'x' }],
      ['delete', `/quotes/${quoteId}`, {}],
      ['put', '/quotes-order', { documentIds: [...current.quotes].reverse().map((quote) => quote.documentId) }],
      ['post', '/deployments', { mission: 'KFOR' }],
      ['put', `/deployments/${deploymentId}`, { unit: 'x' }],
      ['delete', `/deployments/${deploymentId}`, {}],
      ['post', '/publish', {}],
      ['post', '/unpublish', {}],
    ];
    for (const [method, path, body] of routes) {
      const response = await call(method, base('en', path), stale).send(body);
      expect([path, response.status]).toEqual([path, 409]);
    }
    expect(await snapshot()).toBe(before);
    // The current version, a list holding it, and `*` pass; no If-Match, no check.
    await call('put', base('en', `/quotes/${quoteId}`), current.version).send({ text: 'With the current version.' }).expect(200);
    const next = (await view('en')).version;
    await app
      .http()
      .put(base('en', `/quotes/${quoteId}`))
      .set('Authorization', `Bearer ${token}`)
      .set('If-Match', `"${stale}", W/"${next}"`)
      .send({ text: 'In a list.' })
      .expect(200);
    await app.http().put(base('en', `/quotes/${quoteId}`)).set('Authorization', `Bearer ${token}`).set('If-Match', '*').send({ text: 'Any.' }).expect(200);
    await call('put', base('en', `/quotes/${quoteId}`)).send({ text: 'Unchecked.' }).expect(200);
  });
});

describe('two editors at once', () => {
  it('of concurrent writes based on the same version, exactly one is saved', async () => {
    const loaded = await view('en');
    const quoteId = loaded.quotes[0]!.documentId;
    const texts = ['Editor one.', 'Editor two.', 'Editor three.', 'Editor four.'];
    const responses = await Promise.all(
      texts.map((text) => call('put', base('en', `/quotes/${quoteId}`), loaded.version).send({ text })),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    const winner = texts[responses.findIndex((response) => response.status === 200)];
    const stored = (await app.strapi.db.query(QUOTE_UID).findOne({
      where: { documentId: quoteId, locale: 'en', publishedAt: null },
    })) as { text: string };
    expect(stored.text).toBe(winner);
  });

  it('two concurrent additions based on the same version add one deployment, not two', async () => {
    const loaded = await view('en');
    const responses = await Promise.all(
      ['Unit A', 'Unit B'].map((unit) => call('post', base('en', '/deployments'), loaded.version).send({ mission: 'KFOR', unit })),
    );
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    expect((await view('en')).deployments).toHaveLength(loaded.deployments.length + 1);
  });
});
