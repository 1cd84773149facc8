import { seedDemo } from '../../src/demo/seed';
import { documents, RELEASE_UID } from '../helpers/fixtures';
import { inOtherInstance } from '../helpers/other-instance';
import { bootApp, type TestApp } from '../helpers/strapi';

const SLUG = 'nato-and-eu-together-for-stability-in-kosovo-and-the-western-balkans';
const DETAIL = `/api/newsroom/releases/${SLUG}?locale=en`;
const LIST = '/api/newsroom/releases?locale=en';

let app: TestApp;
let documentId: string;

beforeAll(async () => {
  app = await bootApp();
  documentId = (await seedDemo(app.strapi)).releaseDocumentId;
});
afterAll(async () => {
  await app?.close();
});

const get = (url: string, headers: Record<string, string> = {}) => app.http().get(url).set(headers);

describe('HTTP caching of the public API', () => {
  it('sends validators and caching headers on every GET', async () => {
    for (const url of [LIST, DETAIL]) {
      const response = await get(url).expect(200);
      expect(response.headers.etag).toMatch(/^W\/"\d+-[\w-]+"$/);
      expect(new Date(response.headers['last-modified']).getTime()).not.toBeNaN();
      expect(response.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=300');
      expect(response.headers['content-language']).toBe('en');
      expect(response.headers.vary).toMatch(/Accept-Language/);
    }
  });

  it('gives each resource its own ETag', async () => {
    const [en, fr, detail] = await Promise.all([get(LIST), get('/api/newsroom/releases?locale=fr'), get(DETAIL)]);
    expect(new Set([en.headers.etag, fr.headers.etag, detail.headers.etag]).size).toBe(3);
  });

  it('answers 304 to If-None-Match and to If-Modified-Since', async () => {
    const first = await get(DETAIL).expect(200);
    const byEtag = await get(DETAIL, { 'If-None-Match': first.headers.etag }).expect(304);
    expect(byEtag.text).toBe('');
    await get(DETAIL, { 'If-Modified-Since': first.headers['last-modified'] }).expect(304);
    await get(DETAIL, { 'If-None-Match': 'W/"0-stale"' }).expect(200);
  });

  it('serves the change after an edit is published, and drops the release after unpublish', async () => {
    const before = await get(DETAIL).expect(200);
    await documents(app.strapi, RELEASE_UID).update({ documentId, locale: 'en', data: { summary: 'Edited and published.' } });
    await documents(app.strapi, RELEASE_UID).publish({ documentId, locale: 'en' });

    const after = await get(DETAIL, { 'If-None-Match': before.headers.etag }).expect(200);
    expect(after.body.data.summary).toBe('Edited and published.');
    expect(after.headers.etag).not.toBe(before.headers.etag);

    const listBefore = await get(LIST).expect(200);
    await documents(app.strapi, RELEASE_UID).unpublish({ documentId, locale: 'en' });
    const listAfter = await get(LIST, { 'If-None-Match': listBefore.headers.etag }).expect(200);
    expect(listAfter.body.data).toEqual([]);
    await get(DETAIL).expect(404);
    await documents(app.strapi, RELEASE_UID).publish({ documentId, locale: 'en' });
  });

  it('sees what another Strapi instance on the same database published', async () => {
    const before = await get(DETAIL).expect(200);
    await get(DETAIL, { 'If-None-Match': before.headers.etag }).expect(304);

    await inOtherInstance('update-and-publish', {
      uid: RELEASE_UID,
      documentId,
      locale: 'en',
      data: { summary: 'Published by another instance.' },
    });

    const after = await get(DETAIL, { 'If-None-Match': before.headers.etag }).expect(200);
    expect(after.body.data.summary).toBe('Published by another instance.');
    const list = await get(LIST).expect(200);
    expect(list.body.data[0].summary).toBe('Published by another instance.');

    await inOtherInstance('unpublish', { uid: RELEASE_UID, documentId, locale: 'en' });
    await get(DETAIL).expect(404);
  });

  it('sends no validators with an error', async () => {
    const response = await get('/api/newsroom/releases/no-such-release').expect(404);
    expect(response.headers.etag).toBeUndefined();
    const bad = await get('/api/newsroom/releases?page=0').expect(400);
    expect(bad.headers.etag).toBeUndefined();
  });
});

describe('what changes the content version', () => {
  const version = async () =>
    (app.strapi.plugin('newsroom').service('content-version') as { current(): Promise<{ version: number }> }).current();

  it('is not moved by Strapi writing unrelated settings (schema, metrics)', async () => {
    const before = await version();
    await app.strapi.store!.set({ type: 'plugin', name: 'upload', key: 'metrics', value: { weeklySchedule: 'x' } });
    expect((await version()).version).toBe(before.version);
  });

  it('is moved by a change of the default locale', async () => {
    const before = await version();
    const i18n = app.strapi.plugin('i18n').service('locales') as { setDefaultLocale(p: { code: string }): Promise<unknown> };
    await i18n.setDefaultLocale({ code: 'fr' });
    expect((await version()).version).toBeGreaterThan(before.version);
    const response = await app.http().get('/api/newsroom/releases').expect(200);
    expect(response.body.meta.locale).toBe('fr');
    await i18n.setDefaultLocale({ code: 'en' });
  });

  it('renders a missed page once for concurrent requests', async () => {
    await documents(app.strapi, RELEASE_UID).update({ documentId, locale: 'en', data: { summary: 'Concurrent.' } });
    await documents(app.strapi, RELEASE_UID).publish({ documentId, locale: 'en' });
    let pages = 0;
    const count = (query: { sql: string }) => {
      if (/from `?"?newsroom_releases`?"? as `?"?r`?"?/.test(query.sql) && /limit/i.test(query.sql) && !/count\(/i.test(query.sql)) pages += 1;
    };
    app.strapi.db.connection.on('query', count);
    const responses = await Promise.all(Array.from({ length: 5 }, () => get(`${LIST}&pageSize=7`)));
    app.strapi.db.connection.off('query', count);
    expect(responses.every((response) => response.status === 200)).toBe(true);
    expect(pages).toBe(1);
  });
});
