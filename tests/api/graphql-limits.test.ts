import { seedDemo } from '../../src/demo/seed';
import { bootApp, type TestApp } from '../helpers/strapi';

/**
 * Issue 9, hole 1: one anonymous GraphQL request must not stall every reader. Over-limit
 * documents are refused with a 400 before execution, in milliseconds.
 */
let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
  await seedDemo(app.strapi);
});
afterAll(async () => {
  await app?.close();
});

/** The attack of the issue: 1,000 aliases of `newsroomReleases`, about 106 KB. */
const aliasFlood = (count: number) =>
  `query Flood {\n${Array.from(
    { length: count },
    (_, i) => `  r${i}: newsroomReleases(locale: "en") { documentId title slug summary place issuedAt referenceNumber }`,
  ).join('\n')}\n}`;

interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
};

const postGraphql = (query: string, variables: Record<string, unknown> = {}) =>
  app.http().post('/graphql').send({ query, variables });

describe('GraphQL cost limits', () => {
  it('refuses the 1,000-alias query with a 400 in milliseconds while REST readers are served', async () => {
    const query = aliasFlood(1000);
    expect(Buffer.byteLength(query)).toBeGreaterThan(100_000);
    // Warm both endpoints: a cached list answers in a few milliseconds.
    await app.http().get('/api/newsroom/releases?locale=en').expect(200);
    await postGraphql('{ newsroomReleases { title } }').expect(200);
    const alone = await timed(() => app.http().get('/api/newsroom/releases?locale=en'));

    const flood = timed(() => postGraphql(query));
    await new Promise((resolve) => setImmediate(resolve));
    const reader = timed(() => app.http().get('/api/newsroom/releases?locale=en'));
    const [attack, rest] = await Promise.all([flood, reader]);

    process.stdout.write(
      `1,000-alias GraphQL query: ${attack.value.status} in ${attack.ms.toFixed(1)} ms; concurrent REST list: ${rest.value.status} in ${rest.ms.toFixed(1)} ms (alone: ${alone.ms.toFixed(1)} ms)\n`,
    );
    expect(attack.value.status).toBe(400);
    const body = attack.value.body as GraphqlBody;
    expect(body.data ?? undefined).toBeUndefined();
    expect(body.errors?.[0]?.message).toMatch(/more that 2000 tokens|aliases/i);
    // Before the limits: 200 after 5-6.5 s, and the REST reader waited as long. Bounds are loose
    // for a busy 2-core machine; the printed figures are the measurement.
    expect(attack.ms).toBeLessThan(1000);
    expect(rest.value.status).toBe(200);
    expect(rest.ms).toBeLessThan(1000);
  });

  it('refuses a 1 KB fragment bomb at once while REST readers are served (found by the attacker test)', async () => {
    // Each fragment spreads the previous one twice: 2^22 fields from about 1.1 KB, under every
    // token, alias and depth limit. Before: a 400 only after 7 s, the REST reader waiting as long.
    const fragments = ['fragment G0 on NewsroomRelease { title }'];
    for (let level = 1; level <= 22; level += 1) fragments.push(`fragment G${level} on NewsroomRelease { ...G${level - 1} ...G${level - 1} }`);
    const query = `{ newsroomReleases { ...G22 } } ${fragments.join(' ')}`;
    expect(Buffer.byteLength(query)).toBeLessThan(1500);
    await app.http().get('/api/newsroom/releases?locale=en').expect(200);

    const bomb = timed(() => postGraphql(query));
    await new Promise((resolve) => setImmediate(resolve));
    const reader = timed(() => app.http().get('/api/newsroom/releases?locale=en'));
    const [attack, rest] = await Promise.all([bomb, reader]);
    process.stdout.write(
      `fragment bomb (2^22 fields): ${attack.value.status} in ${attack.ms.toFixed(1)} ms; concurrent REST list: ${rest.ms.toFixed(1)} ms\n`,
    );
    expect(attack.value.status).toBe(400);
    expect((attack.value.body as GraphqlBody).errors?.[0]?.message).toMatch(/fragments are expanded/);
    expect(attack.ms).toBeLessThan(1000);
    expect(rest.value.status).toBe(200);
    expect(rest.ms).toBeLessThan(1000);
  });

  it('refuses fragments that spread each other in a cycle with a 400', async () => {
    const response = await postGraphql('{ newsroomReleases { ...A } } fragment A on NewsroomRelease { title ...B } fragment B on NewsroomRelease { ...A }');
    expect(response.status).toBe(400);
  });

  it('refuses too many aliases even in a short document', async () => {
    const response = await postGraphql(`{ ${Array.from({ length: 30 }, (_, i) => `a${i}: newsroomReleases { title }`).join(' ')} }`);
    expect(response.status).toBe(400);
    expect((response.body as GraphqlBody).errors?.[0]?.message).toMatch(/aliases/i);
  });

  it('refuses a query whose list sizes multiply past the cost limit', async () => {
    const wide = `{
      newsroomReleases(pagination: { limit: 100 }) {
        title
        quotes(pagination: { limit: 100 }) { text speaker { name quotes(pagination: { limit: 100 }) { text } } }
      }
    }`;
    const response = await postGraphql(wide);
    expect(response.status).toBe(400);
    expect((response.body as GraphqlBody).errors?.[0]?.message).toMatch(/cost/i);
  });

  it('takes list sizes from variables too', async () => {
    const query = `query ($n: Int) {
      newsroomReleases(pagination: { limit: $n }) { quotes(pagination: { limit: $n }) { speaker { quotes(pagination: { limit: $n }) { text } } } }
    }`;
    expect((await postGraphql(query, { n: 2 })).status).toBe(200);
    const response = await postGraphql(query, { n: 100 });
    expect(response.status).toBe(400);
    expect((response.body as GraphqlBody).errors?.[0]?.message).toMatch(/cost/i);
  });

  it('still answers a normal query, with a few aliases', async () => {
    const response = await postGraphql(`{
      en: newsroomReleases(locale: "en", pagination: { limit: 100 }) {
        documentId title slug locale
        quotes(sort: "order:asc") { text speakerRole speaker { name } }
        deployments { mission contributingNation personnelCount }
      }
      fr: newsroomReleases(locale: "fr") { title }
      quotes: newsroomQuotes(locale: "fr") { text }
    }`);
    expect(response.status).toBe(200);
    const body = response.body as GraphqlBody;
    expect(body.errors).toBeUndefined();
    expect((body.data!.en as unknown[]).length).toBe(1);
    expect((body.data!.fr as Array<{ title: string }>)[0]!.title).toMatch(/^L’OTAN/);
  });

  it('allows introspection and field suggestions outside production', async () => {
    const introspection = await postGraphql('{ __schema { queryType { name } } }');
    expect(introspection.status).toBe(200);
    expect((introspection.body as GraphqlBody).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await postGraphql('{ newsroomReleases { titel } }');
    expect(typo.status).toBe(400);
    expect((typo.body as GraphqlBody).errors?.[0]?.message).toMatch(/Did you mean "title"/);
  });
});
