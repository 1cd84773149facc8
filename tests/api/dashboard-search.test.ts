import type { GetDashboard } from '../../plugins/newsroom/shared/contracts/dashboard';
import { seedDemo } from '../../src/demo/seed';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

/** Issue 8 item 4: the dashboard's search and locale filter (server side). */
let app: TestApp;
let token: string;
let releaseId: string;

beforeAll(async () => {
  app = await bootApp();
  releaseId = (await seedDemo(app.strapi)).releaseDocumentId;
  token = await adminToken(app);
  const auth = { Authorization: `Bearer ${token}` };
  await app
    .http()
    .post(`/newsroom/releases/${releaseId}/quotes?locale=en`)
    .set(auth)
    .send({ text: 'We stand ready.', speaker: { name: 'Ottoline Quarrington' } })
    .expect(200);
  await app
    .http()
    .post(`/newsroom/releases/${releaseId}/deployments?locale=en`)
    .set(auth)
    .send({ mission: 'Operation Zephyrine', personnelCount: 12 })
    .expect(200);
});
afterAll(async () => {
  await app?.close();
});

const list = async (query: string) =>
  (await app.http().get(`/newsroom/releases?${query}`).set('Authorization', `Bearer ${token}`).expect(200))
    .body as GetDashboard.Response;
const ids = (response: GetDashboard.Response) => response.data.map((release) => release.documentId);

describe('dashboard search', () => {
  it('finds a release by words of its body, in any locale, ignoring accents', async () => {
    expect(ids(await list('search=mecanisee'))).toEqual([releaseId]);
    expect(ids(await list('search=infantry%20brigade'))).toEqual([releaseId]);
  });

  it('finds a release by a speaker of its quotes and by a mission it reports', async () => {
    expect(ids(await list('search=Quarrington'))).toEqual([releaseId]);
    expect(ids(await list('search=zephyrine'))).toEqual([releaseId]);
    expect(ids(await list('search=zephyrine%20nowhere'))).toEqual([]);
  });
});

describe('dashboard locale filter', () => {
  it('lists only releases with a version in that locale, and counts there', async () => {
    const fr = await list('locale=fr');
    expect(ids(fr)).toContain(releaseId);
    const sq = await list('locale=sq');
    expect(ids(sq)).toEqual([]);
    expect(sq.meta.counts.releases).toBe(0);
    expect(ids(await list('locale=sq&status=missing'))).toContain(releaseId);
  });
});
