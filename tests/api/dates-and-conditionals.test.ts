import { seedDemo } from '../../src/demo/seed';
import { adminToken, bootApp, type TestApp } from '../helpers/strapi';

/**
 * Issue 9, hole 6: impossible dates are a 400 naming the parameter, on every route that takes a
 * date; an If-Modified-Since in the future, or not an HTTP-date, is ignored (RFC 9110 §13.1.3).
 */
let app: TestApp;
let token: string;
let documentId: string;

beforeAll(async () => {
  app = await bootApp();
  documentId = (await seedDemo(app.strapi)).releaseDocumentId;
  token = await adminToken(app);
});
afterAll(async () => {
  await app?.close();
});

const IMPOSSIBLE = ['2023-02-30', '2023-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-06-13T24:00:00Z', '2023-06-13T10:61:00Z'];

const expectFieldError = (response: { status: number; body: { error?: { details?: { errors?: Array<{ path: string[] }> } } } }, field: string) => {
  expect(response.status).toBe(400);
  expect(response.body.error?.details?.errors?.map((error) => error.path.join('.'))).toContain(field);
};

describe('impossible dates', () => {
  it.each(IMPOSSIBLE.flatMap((date) => [['issuedFrom', date], ['issuedTo', date]]))(
    'GET /api/newsroom/releases?%s=%s is a 400 naming it',
    async (name, date) => {
      const response = await app.http().get(`/api/newsroom/releases?${name}=${encodeURIComponent(date)}`);
      expectFieldError(response, name);
      expect(JSON.stringify(response.body)).not.toMatch(/\bat \w+ \(/); // no stack trace
    },
  );

  it('accepts real dates, leap days and date-times with or without an offset', async () => {
    for (const query of [
      'issuedTo=2024-02-29',
      'issuedFrom=2000-02-29&issuedTo=2023-06-13',
      'issuedFrom=2023-06-13T00:00:00Z&issuedTo=2023-06-13T23:59:59.999Z',
      'issuedFrom=2023-06-13T08:00:00%2B02:00',
      'issuedFrom=2023-06-13T00:00:00&issuedTo=2023-06-13T23:59:59',
    ]) {
      const response = await app.http().get(`/api/newsroom/releases?locale=en&${query}`);
      expect([query, response.status]).toEqual([query, 200]);
      expect(response.body.data).toHaveLength(1);
    }
  });

  it('refuses impossible dates on the admin dashboard and on a deployment write', async () => {
    for (const name of ['from', 'to']) {
      const response = await app.http().get(`/newsroom/releases?${name}=2023-02-30`).set('Authorization', `Bearer ${token}`);
      expectFieldError(response, name);
    }
    const write = await app
      .http()
      .post(`/newsroom/releases/${documentId}/deployments?locale=en`)
      .set('Authorization', `Bearer ${token}`)
      .send({ mission: 'KFOR', unit: 'Engineers', location: 'Pristina', arrivalDate: '2023-02-30' });
    expect(write.status).toBe(400);
    expect(JSON.stringify(write.body.error)).toMatch(/arrivalDate/);
  });
});

describe('If-Modified-Since', () => {
  const DETAIL = '/api/newsroom/releases/nato-and-eu-together-for-stability-in-kosovo-and-the-western-balkans?locale=en';

  it('answers 304 for the Last-Modified date it sent', async () => {
    const first = await app.http().get(DETAIL).expect(200);
    await app.http().get(DETAIL).set('If-Modified-Since', first.headers['last-modified']).expect(304);
  });

  it('ignores a date in the future', async () => {
    for (const days of [1, 365 * 30]) {
      const future = new Date(Date.now() + days * 86_400_000).toUTCString();
      const response = await app.http().get(DETAIL).set('If-Modified-Since', future);
      expect([future, response.status]).toEqual([future, 200]);
      expect(response.body.data.slug).toBeDefined();
    }
  });

  it('ignores a value that is not an HTTP-date', async () => {
    for (const value of ['2099', '1', 'Thu, 30 Feb 2023 10:00:00 GMT', '2099-01-01T00:00:00Z', 'tomorrow', 'Fri, 01 Jan 2100 00:00:00 GMT, x']) {
      const response = await app.http().get(DETAIL).set('If-Modified-Since', value);
      expect([value, response.status]).toEqual([value, 200]);
    }
  });
});
