import { allDocumentIds, allSlugs, privateAttributes, SECRET, seedSecrets } from '../helpers/leak-fixtures';
import {
  INTROSPECTION,
  isRequired,
  namedType,
  newsroomQueryFields,
  publicRoutes,
  readSchema,
  routeUrl,
  selectAll,
  type IntrospectedSchema,
  type PublicRoute,
} from '../helpers/public-surface';
import { bootApp, type TestApp } from '../helpers/strapi';

/**
 * Issue 9, item 11: no draft, unpublished locale or private field ever comes out of any public
 * route or GraphQL query field, including routes and fields added later. Both lists are read
 * from the running app (the content-api route table, GraphQL introspection in development):
 * a route or field this test cannot probe fails it.
 */
let app: TestApp;
let locales: string[];
let slugs: string[];

beforeAll(async () => {
  app = await bootApp();
  await seedSecrets(app.strapi);
  locales = ((await app.strapi.plugin('i18n').service('locales').find()) as Array<{ code: string }>).map((l) => l.code);
  slugs = await allSlugs(app.strapi);
});
afterAll(async () => {
  await app?.close();
});

/** Values a prober would put in each path parameter; an unknown parameter fails the test. */
const pathValues = (name: string): string[] => {
  if (name === 'slug') return slugs;
  if (name === 'locale') return locales;
  throw new Error(`the leak test does not know how to probe :${name}: teach it (tests/api/leak-coverage.test.ts)`);
};

const combinations = (route: PublicRoute): Array<Record<string, string>> =>
  route.pathParams.reduce<Array<Record<string, string>>>(
    (all, name) => all.flatMap((params) => pathValues(name).map((value) => ({ ...params, [name]: value }))),
    [{}],
  );

/** Query strings that try to reach unpublished content through each route's own parameters. */
const probes = (route: PublicRoute): string[] => {
  const declared = new Set(route.queryParams.map((param) => param.name));
  const queries = ['', 'status=draft', 'publicationState=preview', 'populate=*'];
  if (declared.has('locale')) {
    for (const locale of locales) {
      queries.push(`locale=${locale}`);
      if (declared.has('fallback')) queries.push(`locale=${locale}&fallback=true`);
    }
  }
  if (declared.has('q')) queries.push(`q=${SECRET}`);
  return queries;
};

describe('no public route leaks', () => {
  it('covers every content-api route, each answering 200 at least once, and none shows a secret', async () => {
    const routes = publicRoutes(app.strapi);
    let requests = 0;
    for (const route of routes) {
      let answered = 0;
      for (const params of combinations(route)) {
        for (const query of probes(route)) {
          const url = routeUrl(route, params, query);
          for (const acceptLanguage of [undefined, 'sr-Cyrl-RS']) {
            const request = app.http().get(url);
            const response = await (acceptLanguage ? request.set('Accept-Language', acceptLanguage) : request);
            requests += 1;
            expect([url, response.status < 500]).toEqual([url, true]);
            expect([url, response.text.includes(SECRET)]).toEqual([url, false]);
            if (response.status === 200) answered += 1;
          }
        }
      }
      // A route never answering 200 was not really probed (e.g. it needs a parameter we lack).
      expect([route.path, answered > 0]).toEqual([route.path, true]);
    }
    process.stdout.write(`leak probes: ${requests} requests over ${routes.length} routes\n`);
  });
});

describe('no GraphQL query field leaks', () => {
  let schema: IntrospectedSchema;

  beforeAll(async () => {
    const response = await app.http().post('/graphql').send({ query: INTROSPECTION }).expect(200);
    schema = readSchema(response.body.data);
  });

  it('exposes no private attribute on any newsroom type', () => {
    const hidden = privateAttributes(app.strapi);
    expect(hidden.length).toBeGreaterThan(0);
    for (const [name, type] of schema.types) {
      if (!name.startsWith('Newsroom')) continue;
      for (const field of type.fields ?? []) expect([name, field.name, hidden.includes(field.name)]).toEqual([name, field.name, false]);
    }
  });

  it('covers every query field that returns newsroom content, and none shows a secret', async () => {
    const fields = newsroomQueryFields(schema);
    expect(fields.length).toBeGreaterThan(0);
    let queries = 0;
    for (const field of fields) {
      const type = namedType(field.type).name;
      const required = field.args.filter((arg) => isRequired(arg.type)).map((arg) => arg.name);
      const unknown = required.filter((name) => name !== 'documentId');
      expect([field.name, unknown]).toEqual([field.name, []]);
      const ids = required.includes('documentId') ? await allDocumentIds(app.strapi, type) : [undefined];
      const argNames = new Set(field.args.map((arg) => arg.name));
      const selection = selectAll(schema, type, 2);
      let nonEmpty = 0;
      for (const documentId of ids) {
        // The secrets live in en and fr (leak-fixtures.ts); PUBLISHED is what no status means.
        for (const locale of argNames.has('locale') ? [undefined, 'en', 'fr'] : [undefined]) {
          for (const status of argNames.has('status') ? [undefined, 'DRAFT'] : [undefined]) {
            const args = [
              documentId ? `documentId: "${documentId}"` : '',
              locale ? `locale: "${locale}"` : '',
              status ? `status: ${status}` : '',
              argNames.has('pagination') ? 'pagination: { limit: 5 }' : '',
            ].filter(Boolean);
            const query = `{ ${field.name}${args.length ? `(${args.join(', ')})` : ''} { ${selection} } }`;
            const response = await app.http().post('/graphql').send({ query });
            queries += 1;
            // A relation the public role may not read answers FORBIDDEN for that field: no leak.
            const errors = ((response.body.errors ?? []) as Array<{ message: string; extensions?: { code?: string } }>)
              .filter((error) => error.extensions?.code !== 'FORBIDDEN')
              .map((error) => error.message);
            expect([query, response.status, errors]).toEqual([query, 200, []]);
            expect([query, response.text.includes(SECRET)]).toEqual([query, false]);
            const value = response.body.data?.[field.name];
            if (value && (!Array.isArray(value) || value.length > 0) && (!value.nodes || value.nodes.length > 0)) nonEmpty += 1;
          }
        }
      }
      // Each field must have returned published content at least once: the probe reached it.
      expect([field.name, nonEmpty > 0]).toEqual([field.name, true]);
    }
    process.stdout.write(`leak probes: ${queries} GraphQL queries over ${fields.length} query fields (${fields.map((f) => f.name).join(', ')})\n`);
  });
});
