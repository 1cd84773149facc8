/** OpenAPI 3.0 paths of the newsroom's public routes (routes/content-api.ts), relative to /api. */
import { DEPLOYMENT_STATUSES } from '../../../shared/domain';
import { RELEASE_SORTS } from '../read-model/release-filters';

const TAG = 'Newsroom';

const query = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const path = (name: string, description: string) => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });

const LOCALE = query('locale', 'Locale to serve; default: Accept-Language, then the default locale. Unknown or disabled: 400.');
const FALLBACK = query('fallback', 'true: serve the default locale when this one is missing (said in meta.fallback and Content-Language)', {
  type: 'boolean',
});
const PAGE = query('page', 'Page number, from 1', { type: 'integer', minimum: 1 });
const PAGE_SIZE = query('pageSize', 'Items per page (max from config, default 100)', { type: 'integer', minimum: 1, maximum: 100 });
const SLUG = path('slug', 'The release’s slug in any of its published locales');

const errors = {
  '304': { description: 'Not modified (If-None-Match / If-Modified-Since)' },
  '400': { description: 'Bad parameter, named in error.details.errors[].path', content: json('NewsroomError') },
};
const notFound = { '404': { description: 'Unknown slug, or not published in this locale (details.availableLocales)', content: json('NewsroomError') } };

function json(schema: string, type = 'application/json') {
  return { [type]: { schema: { $ref: `#/components/schemas/${schema}` } } };
}

const get = (summary: string, parameters: unknown[], responses: Record<string, unknown>) => ({
  get: { tags: [TAG], summary, security: [], parameters, responses: { ...responses, ...errors } },
});

const text = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: 'string' } } } });

export const PATHS = {
  '/newsroom/releases': get(
    'Published releases, newest first, with quotes and deployments',
    [
      LOCALE,
      FALLBACK,
      PAGE,
      PAGE_SIZE,
      query('sort', 'Order', { type: 'string', enum: [...RELEASE_SORTS] }),
      query('issuedFrom', 'Issued on or after (YYYY-MM-DD or ISO 8601 date-time)'),
      query('issuedTo', 'Issued on or before (YYYY-MM-DD: the whole day)'),
      query('organisation', 'documentId or short name of an organisation involved'),
      query('person', 'documentId or name of a person named'),
      query('mission', 'Mission of a reported deployment (KFOR)'),
      query('nation', 'ISO 3166-1 alpha-2 code of a contributing nation'),
      query('q', 'Words in the title or summary'),
    ],
    { '200': { description: 'A page of releases', content: json('NewsroomReleaseList') } },
  ),
  '/newsroom/releases/{slug}': get('One published release', [SLUG, LOCALE, FALLBACK], {
    '200': { description: 'The release', content: json('NewsroomReleaseResponse') },
    ...notFound,
  }),
  '/newsroom/releases/{slug}/ninjs': get('One release as IPTC ninjs 3.1', [SLUG, LOCALE, FALLBACK], {
    '200': { description: 'ninjs 3.1 item', content: { 'application/json': { schema: { type: 'object' } } } },
    ...notFound,
  }),
  '/newsroom/releases/{slug}/jsonld': get('One release as a schema.org NewsArticle', [SLUG, LOCALE, FALLBACK], {
    '200': { description: 'JSON-LD', content: { 'application/ld+json': { schema: { type: 'object' } } } },
    ...notFound,
  }),
  '/newsroom/quotes': get(
    'Published quotes, newest first, with their release',
    [LOCALE, PAGE, PAGE_SIZE, query('speaker', 'documentId or name of the speaker')],
    { '200': { description: 'A page of quotes', content: json('NewsroomQuoteList') } },
  ),
  '/newsroom/deployments': get(
    'Published deployments with the releases that report them',
    [
      LOCALE,
      PAGE,
      PAGE_SIZE,
      query('mission', 'Mission (KFOR)'),
      query('nation', 'ISO 3166-1 alpha-2 code'),
      query('status', 'Deployment status', { type: 'string', enum: [...DEPLOYMENT_STATUSES] }),
    ],
    { '200': { description: 'A page of deployments', content: json('NewsroomDeploymentList') } },
  ),
  '/newsroom/feeds/{locale}/rss.xml': get('RSS 2.0 feed of a locale', [path('locale', 'Locale')], {
    '200': text('application/rss+xml', 'RSS 2.0'),
  }),
  '/newsroom/feeds/{locale}/atom.xml': get('Atom feed of a locale', [path('locale', 'Locale')], {
    '200': text('application/atom+xml', 'Atom 1.0'),
  }),
  '/newsroom/feeds/{locale}/feed.json': get('JSON Feed 1.1 of a locale', [path('locale', 'Locale')], {
    '200': { description: 'JSON Feed 1.1', content: { 'application/feed+json': { schema: { type: 'object' } } } },
  }),
  '/newsroom/sitemap.xml': get('Sitemap of every published release with hreflang alternates', [], {
    '200': text('application/xml', 'sitemaps.org urlset'),
  }),
  '/newsroom/ready': get('Readiness for load balancers: the database answers and the instance is not stopping', [], {
    '200': { description: 'Ready', content: { 'application/json': { schema: { type: 'object' } } } },
    '503': { description: 'Not ready (database down or slow, or shutting down)', content: { 'application/json': { schema: { type: 'object' } } } },
  }),
};
