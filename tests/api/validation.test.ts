import { DEPLOYMENT_UID, PERSON_UID, QUOTE_UID, documents } from '../helpers/fixtures';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
let token: string;
let speakerId: string;

beforeAll(async () => {
  app = await bootApp();
  token = await adminToken(app);
  speakerId = (await documents(app.strapi, PERSON_UID).create({ locale: 'en', data: { name: 'Mircea Geoană' } })).documentId;
});
afterAll(async () => {
  await app?.close();
});

/** Creates through the content manager's admin API, as an editor's "Save" does. */
const createInAdmin = (uid: string, data: Record<string, unknown>) =>
  app
    .http()
    .post(`/content-manager/collection-types/${uid}?locale=en`)
    .set('Authorization', `Bearer ${token}`)
    .send(data);

const rows = (uid: typeof QUOTE_UID | typeof DEPLOYMENT_UID) => app.strapi.db.query(uid).count({});

const expectRefused = async (uid: typeof QUOTE_UID | typeof DEPLOYMENT_UID, data: Record<string, unknown>, field: string) => {
  const before = await rows(uid);
  const response = await createInAdmin(uid, data);
  expect(response.status).toBe(400);
  expect(response.body.error.name).toBe('ValidationError');
  expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain(field);
  expect(await rows(uid)).toBe(before);
  return response.body.error as { message: string; details: { errors: Array<{ path: string[]; message: string }> } };
};

const DEPLOYMENT = {
  mission: 'KFOR',
  contributingNation: 'TR',
  unit: '65th Mechanized Infantry Brigade',
  personnelCount: 500,
  personnelQualifier: 'approximately',
  deploymentStatus: 'deployed',
  arrivalDate: '2023-06-05',
};

describe('quotes through the content manager', () => {
  it('saves a quote with words and a speaker', async () => {
    const response = await createInAdmin(QUOTE_UID, { text: 'We stand together.', speaker: { connect: [{ documentId: speakerId }] } });
    expect(response.status).toBe(201);
    expect(response.body.data.text).toBe('We stand together.');
  });

  it('refuses a quote without words, naming the field', async () => {
    await expectRefused(QUOTE_UID, { speaker: { connect: [{ documentId: speakerId }] } }, 'text');
    await expectRefused(QUOTE_UID, { text: '   ', speaker: { connect: [{ documentId: speakerId }] } }, 'text');
  });

  it('refuses a quote without a speaker and saves nothing', async () => {
    const error = await expectRefused(QUOTE_UID, { text: 'Words nobody said.' }, 'speaker');
    expect(error.message).toMatch(/speaker/);
  });

  it('refuses removing the speaker of a saved quote, leaving it as it was', async () => {
    const created = await createInAdmin(QUOTE_UID, { text: 'Kept.', speaker: { connect: [{ documentId: speakerId }] } }).expect(201);
    const { documentId } = created.body.data;
    await app
      .http()
      .put(`/content-manager/collection-types/${QUOTE_UID}/${documentId}?locale=en`)
      .set('Authorization', `Bearer ${token}`)
      .send({ text: 'Changed.', speaker: { disconnect: [{ documentId: speakerId }] } })
      .expect(400);
    const stored = (await app.strapi.db.query(QUOTE_UID).findOne({
      where: { documentId, locale: 'en' },
      populate: { speaker: true },
    })) as { text: string; speaker: { documentId: string } | null };
    expect(stored.text).toBe('Kept.');
    expect(stored.speaker?.documentId).toBe(speakerId);
  });
});

describe('deployments through the content manager', () => {
  it('saves the Turkish battalion of the sample', async () => {
    const response = await createInAdmin(DEPLOYMENT_UID, DEPLOYMENT);
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ personnelCount: 500, personnelQualifier: 'approximately' });
  });

  it.each([
    ['a negative personnel count', { personnelCount: -500 }, 'personnelCount', /negative/],
    ['an unknown qualifier', { personnelQualifier: 'roughly' }, 'personnelQualifier', /exact, approximately, more_than, up_to, unknown/],
    ['an unknown status', { deploymentStatus: 'parked' }, 'deploymentStatus', /announced, on_alert, deploying, deployed, withdrawn/],
    ['an ISO code that is not a country', { contributingNation: 'XX' }, 'contributingNation', /ISO 3166-1/],
    ['a grouping code', { contributingNation: 'EU' }, 'contributingNation', /ISO 3166-1/],
    ['a malformed arrival date', { arrivalDate: 'June 5th' }, 'arrivalDate', /YYYY-MM-DD/],
  ])('refuses %s with a 400 naming the field', async (_label, change, field, reason) => {
    const error = await expectRefused(DEPLOYMENT_UID, { ...DEPLOYMENT, ...change }, field);
    expect(error.details.errors.find((e) => e.path[0] === field)!.message).toMatch(reason);
  });

  it('refuses a bad update and keeps the stored values', async () => {
    const created = await createInAdmin(DEPLOYMENT_UID, DEPLOYMENT).expect(201);
    const { documentId } = created.body.data;
    const response = await app
      .http()
      .put(`/content-manager/collection-types/${DEPLOYMENT_UID}/${documentId}?locale=en`)
      .set('Authorization', `Bearer ${token}`)
      .send({ ...DEPLOYMENT, personnelCount: -1 });
    expect(response.status).toBe(400);
    const stored = (await app.strapi.db.query(DEPLOYMENT_UID).findOne({ where: { documentId } })) as { personnelCount: number };
    expect(stored.personnelCount).toBe(500);
  });
});

describe('the same rules in code (Document Service)', () => {
  it('rejects a bad deployment with a ValidationError naming the field', async () => {
    await expect(
      documents(app.strapi, DEPLOYMENT_UID).create({ locale: 'en', data: { ...DEPLOYMENT, personnelCount: -3 } }),
    ).rejects.toMatchObject({ name: 'ValidationError', details: { errors: [{ path: ['personnelCount'] }] } });
  });

  it('rejects a new locale of a quote that lacks its words or speaker', async () => {
    const quote = await documents(app.strapi, QUOTE_UID).create({ locale: 'en', data: { text: 'Hello.', speaker: speakerId } });
    await expect(
      documents(app.strapi, QUOTE_UID).update({ documentId: quote.documentId, locale: 'fr', data: { speakerRole: 'x' } }),
    ).rejects.toMatchObject({ details: { errors: [{ path: ['text'] }] } });
    await expect(
      documents(app.strapi, QUOTE_UID).update({ documentId: quote.documentId, locale: 'fr', data: { text: 'Bonjour.' } }),
    ).rejects.toMatchObject({ details: { errors: [{ path: ['speaker'] }] } });
    expect(await app.strapi.db.query(QUOTE_UID).count({ where: { documentId: quote.documentId, locale: 'fr' } })).toBe(0);
  });
});
