/** OpenAPI 3.0 schemas of the public contracts (shared/contracts): what consuming apps receive. */
import { DEPLOYMENT_STATUSES, PERSONNEL_QUALIFIERS } from '../../../shared/domain';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string, extra: Record<string, unknown> = {}) => ({ type, nullable: true, ...extra });
const string = (extra: Record<string, unknown> = {}) => ({ type: 'string', ...extra });
const object = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({
  type: 'object',
  required,
  properties,
});

const pagination = object({
  page: { type: 'integer' },
  pageSize: { type: 'integer' },
  pageCount: { type: 'integer' },
  total: { type: 'integer' },
});

const releaseReference = object({
  documentId: string(),
  locale: string(),
  slug: string(),
  title: string(),
  url: string({ format: 'uri' }),
  issuedAt: string({ format: 'date-time' }),
});

const person = object({ documentId: string(), name: string(), position: nullable('string') });

const quote = object({
  documentId: string(),
  text: string({ description: 'The exact words' }),
  speaker: { ...ref('NewsroomPerson'), nullable: true },
  speakerRole: nullable('string', { description: 'The speaker’s role when the words were said' }),
  saidAt: nullable('string', { format: 'date-time' }),
  order: { type: 'integer' },
});

const deployment = object({
  documentId: string(),
  mission: string({ example: 'KFOR' }),
  contributingNation: {
    ...object({ code: string({ example: 'TR' }), name: string({ example: 'Türkiye' }) }),
    nullable: true,
  },
  unit: nullable('string'),
  personnel: object({
    count: nullable('integer'),
    qualifier: string({ enum: [...PERSONNEL_QUALIFIERS] }),
    text: string({ example: 'around 500' }),
  }),
  deploymentStatus: string({ enum: [...DEPLOYMENT_STATUSES] }),
  arrivalDate: nullable('string', { format: 'date' }),
  location: nullable('string'),
  durationNote: nullable('string'),
  mandate: nullable('string', { example: 'UNSCR 1244 (1999)' }),
});

const release = object({
  documentId: string(),
  locale: string(),
  slug: string(),
  url: string({ format: 'uri' }),
  title: string(),
  summary: nullable('string'),
  body: { type: 'array', items: { type: 'object' }, description: 'Strapi blocks rich text' },
  bodyHtml: string({ description: 'The body as sanitized HTML' }),
  issuedAt: string({ format: 'date-time' }),
  place: nullable('string'),
  referenceNumber: nullable('string'),
  publishedAt: string({ format: 'date-time' }),
  updatedAt: string({ format: 'date-time' }),
  organisations: {
    type: 'array',
    items: object({ documentId: string(), name: string(), shortName: nullable('string'), website: nullable('string') }),
  },
  people: { type: 'array', items: ref('NewsroomPerson') },
  quotes: { type: 'array', items: ref('NewsroomQuote') },
  deployments: { type: 'array', items: ref('NewsroomDeployment') },
  localizations: { type: 'array', items: object({ locale: string(), slug: string(), url: string({ format: 'uri' }) }) },
});

const fallback = object({ requestedLocale: string(), fallbackLocale: string() });

const error = object({
  data: { nullable: true, type: 'object' },
  error: object({
    status: { type: 'integer' },
    name: string(),
    message: string(),
    details: { type: 'object', description: 'errors[] with path and message for a 400; availableLocales for a missing translation' },
  }),
});

export const SCHEMAS = {
  NewsroomPagination: pagination,
  NewsroomPerson: person,
  NewsroomQuote: quote,
  NewsroomDeployment: deployment,
  NewsroomRelease: release,
  NewsroomReleaseReference: releaseReference,
  NewsroomFallback: fallback,
  NewsroomError: error,
  NewsroomReleaseList: object({
    data: { type: 'array', items: ref('NewsroomRelease') },
    meta: object({ locale: string(), pagination: ref('NewsroomPagination'), fallback: ref('NewsroomFallback') }, ['locale', 'pagination']),
  }),
  NewsroomReleaseResponse: object({
    data: ref('NewsroomRelease'),
    meta: object({ locale: string(), fallback: ref('NewsroomFallback') }, ['locale']),
  }),
  NewsroomQuoteList: object({
    data: { type: 'array', items: { allOf: [ref('NewsroomQuote'), object({ releases: { type: 'array', items: ref('NewsroomReleaseReference') } })] } },
    meta: object({ locale: string(), pagination: ref('NewsroomPagination') }),
  }),
  NewsroomDeploymentList: object({
    data: {
      type: 'array',
      items: { allOf: [ref('NewsroomDeployment'), object({ releases: { type: 'array', items: ref('NewsroomReleaseReference') } })] },
    },
    meta: object({ locale: string(), pagination: ref('NewsroomPagination') }),
  }),
};
