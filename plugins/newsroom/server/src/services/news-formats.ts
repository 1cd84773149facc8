import type { Core } from '@strapi/strapi';

import type { PublicRelease } from '../../../shared/contracts/releases';
import { buildFeed, buildSitemap, toJsonLd, toNinjs, type FeedFormat, type FormatContext, type SitemapEntry } from '../formats';
import { newsroomTables } from '../read-model/tables';
import { isoDateTime } from '../read-model/values';
import { releaseUrl } from '../urls/release-url';
import { getService } from '../utils/get-service';

export const SITEMAP_LIMIT = 50000;

/** The news formats (formats/, pure) fed with this newsroom's configuration and data. */
const newsFormats = ({ strapi }: { strapi: Core.Strapi }) => {
  const context = (sourceLocale: string): FormatContext => {
    const { site } = getService(strapi, 'settings').get();
    return {
      publisher: { name: site.publisher.name, url: site.publisher.url ?? site.baseUrl },
      siteName: site.name,
      baseUrl: site.baseUrl,
      sourceLocale,
    };
  };

  return {
    ninjs: (release: PublicRelease, sourceLocale: string) => toNinjs(release, context(sourceLocale)),
    jsonld: (release: PublicRelease, sourceLocale: string) => toJsonLd(release, context(sourceLocale)),

    /** RSS 2.0, Atom or JSON Feed 1.1 of the newest published releases in `locale`. */
    async feed(locale: string, sourceLocale: string, format: FeedFormat, apiBaseUrl: string): Promise<string> {
      const { site, feeds } = getService(strapi, 'settings').get();
      const { releases } = await getService(strapi, 'releases').list({
        locale,
        filters: {},
        sort: 'issuedAt:desc',
        page: 1,
        pageSize: feeds.size,
      });
      const feedBase = `${apiBaseUrl}/api/newsroom/feeds/${encodeURIComponent(locale)}`;
      return buildFeed(
        releases,
        {
          ...context(sourceLocale),
          locale,
          title: `${site.name} (${locale})`,
          description: `Press releases of ${site.publisher.name} in ${locale}`,
          feedUrl: { rss: `${feedBase}/rss.xml`, atom: `${feedBase}/atom.xml`, json: `${feedBase}/feed.json` },
        },
        format,
      );
    },

    /** Every published release in every locale, each with hreflang alternates (one query). */
    async sitemap(): Promise<string> {
      const { site } = getService(strapi, 'settings').get();
      const rows = (await strapi.db
        .connection(newsroomTables(strapi).releases)
        .whereNotNull('published_at')
        .select('document_id', 'locale', 'slug', 'updated_at')
        .orderBy([{ column: 'issued_at', order: 'desc' }, { column: 'id', order: 'desc' }])
        .limit(SITEMAP_LIMIT)) as Array<{ document_id: string; locale: string; slug: string; updated_at: unknown }>;
      const byDocument = new Map<string, typeof rows>();
      for (const row of rows) byDocument.set(row.document_id, [...(byDocument.get(row.document_id) ?? []), row]);
      const entries: SitemapEntry[] = rows.map((row) => ({
        url: releaseUrl(site, row.locale, row.slug),
        locale: row.locale,
        lastModified: isoDateTime(row.updated_at) ?? new Date(0).toISOString(),
        alternates: (byDocument.get(row.document_id) ?? []).map((version) => ({
          locale: version.locale,
          url: releaseUrl(site, version.locale, version.slug),
        })),
      }));
      return buildSitemap(entries);
    },
  };
};

export type NewsFormatsService = ReturnType<typeof newsFormats>;
export default newsFormats;
