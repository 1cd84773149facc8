import fs from 'node:fs';
import path from 'node:path';

import { seedDemo } from '../../src/demo/seed';
import { documents, QUOTE_UID, RELEASE_UID } from '../helpers/fixtures';
import { bootApp, type TestApp } from '../helpers/strapi';

let app: TestApp;

beforeAll(async () => {
  app = await bootApp();
  await seedDemo(app.strapi);
});
afterAll(async () => {
  await app?.close();
});

const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
  const response = await app.http().post('/graphql').send({ query, variables });
  return response.body as { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
};

const RELEASES = `query ($locale: I18NLocaleCode, $status: PublicationStatus) {
  newsroomReleases(locale: $locale, status: $status, sort: "issuedAt:desc") {
    documentId title slug locale
    quotes(sort: "order:asc") { text speakerRole speaker { name } }
    deployments { mission contributingNation personnelCount personnelQualifier deploymentStatus }
  }
}`;

describe('GraphQL', () => {
  it('serves published releases to a public caller, in the locale asked for', async () => {
    const { data, errors } = await graphql(RELEASES, { locale: 'fr' });
    expect(errors).toBeUndefined();
    const [release] = data!.newsroomReleases as Array<Record<string, any>>;
    expect(release.title).toMatch(/^L’OTAN et l’UE/);
    expect(release.quotes).toHaveLength(3);
    expect(release.quotes[0].speaker.name).toBe('Mircea Geoană');
    expect(release.deployments).toHaveLength(3);
  });

  it('never serves drafts, even when asked for status DRAFT', async () => {
    await documents(app.strapi, RELEASE_UID).create({ locale: 'en', data: { title: 'GraphQL secret draft', issuedAt: '2030-01-01T00:00:00Z' } });
    for (const status of ['DRAFT', 'PUBLISHED', undefined]) {
      const { data, errors } = await graphql(RELEASES, { locale: 'en', status });
      expect(errors).toBeUndefined();
      const titles = (data!.newsroomReleases as Array<{ title: string }>).map((r) => r.title);
      expect(titles).not.toContain('GraphQL secret draft');
      expect(titles).toHaveLength(1);
    }
  });

  it('does not list a quote once it is unpublished', async () => {
    const quote = (await app.strapi.db.query(QUOTE_UID).findOne({
      where: { locale: 'en', order: 0, publishedAt: { $notNull: true } },
    })) as { documentId: string };
    await app.strapi.documents(QUOTE_UID).unpublish({ documentId: quote.documentId, locale: 'en' } as never);
    const { data } = await graphql(RELEASES, { locale: 'en', status: 'DRAFT' });
    const [release] = data!.newsroomReleases as Array<{ quotes: unknown[] }>;
    expect(release.quotes).toHaveLength(2);
    await app.strapi.documents(QUOTE_UID).publish({ documentId: quote.documentId, locale: 'en' } as never);
  });

  it('exposes no private field and no mutation', async () => {
    const privateField = await graphql('{ newsroomReleases { internalNote } }');
    expect(privateField.errors?.[0]?.message).toMatch(/internalNote/);
    const mutation = await graphql('mutation { deleteNewsroomRelease(documentId: "x") { documentId } }');
    expect(mutation.errors?.[0]?.message).toMatch(/deleteNewsroomRelease/);
  });

  it('refuses a locale that is not enabled', async () => {
    const { errors } = await graphql(RELEASES, { locale: 'de' });
    expect(errors?.[0]?.message).toMatch(/Locale "de" is not enabled/);
  });
});

describe('OpenAPI document', () => {
  it('describes every newsroom route with its parameters and schemas', async () => {
    const service = app.strapi.plugin('documentation').service('documentation') as {
      getFullDocumentationPath(): string;
      getDocumentationVersion(): string;
    };
    const file = path.join(service.getFullDocumentationPath(), service.getDocumentationVersion(), 'full_documentation.json');
    const spec = JSON.parse(fs.readFileSync(file, 'utf8'));
    const pluginRoutes = app.strapi.plugin('newsroom').routes as unknown as Record<string, { routes: Array<{ path: string }> }>;
    const routes = pluginRoutes['content-api']!.routes;
    for (const route of routes) {
      const openapiPath = `/newsroom${route.path.replace(/:(\w+)/g, '{$1}')}`;
      expect(spec.paths[openapiPath]?.get).toBeDefined();
    }
    const list = spec.paths['/newsroom/releases'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['locale', 'fallback', 'page', 'pageSize', 'issuedFrom', 'organisation', 'nation', 'q']),
    );
    expect(spec.components.schemas.NewsroomRelease.properties.deployments).toBeDefined();
    expect(spec.components.schemas.NewsroomDeployment.properties.personnel.properties.qualifier.enum).toContain('more_than');
  });
});
