import type { Core } from '@strapi/strapi';

import type { PublicRelease } from '../../../shared/contracts/releases';
import { UIDS } from '../../../shared/domain';
import { serializeRelease } from '../serializers/release';
import type { ReleaseRow } from '../serializers/rows';

/** What a public read of releases populates: published versions only, in the release's locale. */
const POPULATE = {
  organisations: { fields: ['name', 'shortName', 'website'] },
  people: { fields: ['name', 'position'] },
  quotes: {
    fields: ['text', 'speakerRole', 'saidAt', 'order'],
    sort: ['order:asc', 'id:asc'],
    populate: { speaker: { fields: ['name', 'position'] } },
  },
  deployments: {
    fields: [
      'mission',
      'contributingNation',
      'unit',
      'personnelCount',
      'personnelQualifier',
      'deploymentStatus',
      'arrivalDate',
      'location',
      'durationNote',
      'mandate',
    ],
    sort: ['arrivalDate:asc', 'id:asc'],
  },
};

const FIELDS = ['locale', 'title', 'slug', 'summary', 'body', 'issuedAt', 'place', 'referenceNumber', 'publishedAt', 'updatedAt'];

/**
 * Published releases for consuming apps. Every read here is pinned to `status: 'published'`
 * and one locale: no query parameter can reach drafts.
 */
const releases = ({ strapi }: { strapi: Core.Strapi }) => ({
  async findPublished(options: { locale: string; page: number; pageSize: number }) {
    const { locale, page, pageSize } = options;
    const documents = strapi.documents(UIDS.release);
    const [rows, total] = await Promise.all([
      documents.findMany({
        locale,
        status: 'published',
        fields: FIELDS,
        populate: POPULATE,
        sort: ['issuedAt:desc', 'id:desc'],
        start: (page - 1) * pageSize,
        limit: pageSize,
      }),
      documents.count({ locale, status: 'published' }),
    ]);
    return {
      releases: (rows as unknown as ReleaseRow[]).map(serializeRelease),
      pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
    };
  },

  async findPublishedBySlug(options: { slug: string; locale: string }): Promise<PublicRelease | null> {
    const documents = strapi.documents(UIDS.release);
    const row = await documents.findFirst({
      locale: options.locale,
      status: 'published',
      filters: { slug: { $eq: options.slug } },
      fields: FIELDS,
      populate: POPULATE,
    });
    return row ? serializeRelease(row as unknown as ReleaseRow) : null;
  },
});

export type ReleasesService = ReturnType<typeof releases>;
export default releases;
