import type { Core } from '@strapi/strapi';

export const RELEASE_UID = 'plugin::newsroom.release';
export const QUOTE_UID = 'plugin::newsroom.quote';
export const DEPLOYMENT_UID = 'plugin::newsroom.deployment';
export const PERSON_UID = 'plugin::newsroom.person';

type Uid = typeof RELEASE_UID | typeof QUOTE_UID | typeof DEPLOYMENT_UID | typeof PERSON_UID;

export interface CreatedDocument {
  documentId: string;
  slug?: string;
  [key: string]: unknown;
}

/** Writes through the Document Service, as the content manager and our own code do (middlewares included). */
export const documents = (strapi: Core.Strapi, uid: Uid) => {
  const service = strapi.documents(uid);
  return {
    create: (params: Record<string, unknown>) => service.create(params as never) as Promise<CreatedDocument>,
    update: (params: Record<string, unknown>) => service.update(params as never) as Promise<CreatedDocument>,
    publish: (params: Record<string, unknown>) => service.publish(params as never),
    unpublish: (params: Record<string, unknown>) => service.unpublish(params as never),
  };
};

export const releaseData = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  summary: `Summary of ${title}`,
  issuedAt: '2024-01-15T09:00:00.000Z',
  ...extra,
});

/** Every stored row's slug for a document in a locale (draft and published). */
export const storedSlugs = async (strapi: Core.Strapi, documentId: string, locale: string) => {
  const rows = (await strapi.db.query(RELEASE_UID).findMany({
    where: { documentId, locale },
    select: ['slug', 'publishedAt'],
  })) as Array<{ slug: string; publishedAt: string | null }>;
  return {
    draft: rows.find((row) => row.publishedAt === null)?.slug,
    published: rows.find((row) => row.publishedAt !== null)?.slug,
  };
};

/** Slugs of the seeded demo release (src/demo/kfor-release.ts) in English and French. */
export const DEMO_SLUGS = {
  en: 'nato-and-eu-together-for-stability-in-kosovo-and-the-western-balkans',
  fr: 'lotan-et-lue-ensemble-pour-la-stabilite-au-kosovo-et-dans-les-balkans-occidentaux',
} as const;
