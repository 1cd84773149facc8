import { bootApp, type TestApp } from '../helpers/strapi';

/**
 * Issue 9, hole 1: in production the GraphQL endpoint describes nothing about its schema:
 * no introspection, no "Did you mean ...?" (development keeps both: graphql-limits.test.ts).
 */
let app: TestApp;

beforeAll(async () => {
  app = await bootApp({ NODE_ENV: 'production' });
});
afterAll(async () => {
  await app?.close();
});

interface GraphqlBody {
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const postGraphql = (query: string) => app.http().post('/graphql').send({ query });

describe('GraphQL in production', () => {
  it('refuses introspection with a 400', async () => {
    for (const query of ['{ __schema { queryType { name } } }', '{ __type(name: "NewsroomRelease") { fields { name } } }']) {
      const response = await postGraphql(query);
      expect(response.status).toBe(400);
      const body = response.body as GraphqlBody;
      expect(body.data).toBeUndefined();
      expect(body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
    }
  });

  it('names no field the client did not ask for', async () => {
    const response = await postGraphql('{ newsroomReleases { titel } }');
    expect(response.status).toBe(400);
    const message = (response.body as GraphqlBody).errors?.[0]?.message ?? '';
    expect(message).toMatch(/Cannot query field "titel"/);
    expect(message).not.toMatch(/Did you mean|"title"/);
  });

  it('still answers queries, with the same limits', async () => {
    expect((await postGraphql('{ newsroomReleases { title } }')).status).toBe(200);
    const flood = await postGraphql(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: newsroomReleases { title }`).join(' ')} }`);
    expect(flood.status).toBe(400);
  });
});
