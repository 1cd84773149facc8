import type { Core } from '@strapi/strapi';

import type { Pagination, PublicRelease } from '../../../shared/contracts/releases';
import { applySort, publishedReleases, type ReleaseFilters, type ReleaseSort } from '../read-model/release-filters';
import { loadReleaseRelations, RELEASE_COLUMNS, toReleaseRecord, type ReleaseRecord } from '../read-model/release-rows';
import { newsroomTables } from '../read-model/tables';
import { serializeRelease } from '../serializers/release';
import { releaseUrl } from '../urls/release-url';
import { getService } from '../utils/get-service';

export interface ReleaseListOptions {
  locale: string;
  /** Serve documents missing in `locale` in this locale instead (the default locale). */
  fallbackLocale?: string;
  filters: ReleaseFilters;
  sort: ReleaseSort;
  page: number;
  pageSize: number;
}

export type ReleaseLookup =
  | { found: true; release: PublicRelease; fallback: boolean }
  | { found: false; availableLocales: string[] };

/**
 * Published releases for consuming apps, read straight from the tables (see read-model/):
 * a page costs seven queries whatever its size, and no query can reach a draft: every one is
 * pinned to published rows.
 */
const releases = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const tables = () => newsroomTables(strapi);

  /** Serialises release rows with everything they carry. */
  const assemble = async (records: ReleaseRecord[]): Promise<PublicRelease[]> => {
    const relations = await loadReleaseRelations(knex(), tables(), records);
    const { site } = getService(strapi, 'settings').get();
    return records.map(({ id, row }) =>
      serializeRelease(
        {
          ...row,
          quotes: relations.quotes.get(id) ?? [],
          deployments: relations.deployments.get(id) ?? [],
          people: relations.people.get(id) ?? [],
          organisations: relations.organisations.get(id) ?? [],
        },
        {
          url: releaseUrl(site, row.locale, row.slug),
          localizations: (relations.locales.get(row.documentId) ?? [])
            .filter((other) => other.locale !== row.locale)
            .map((other) => ({ ...other, url: releaseUrl(site, other.locale, other.slug) })),
        },
      ),
    );
  };

  return {
    async list(options: ReleaseListOptions): Promise<{ releases: PublicRelease[]; pagination: Pagination }> {
      const scope = { locale: options.locale, fallbackLocale: options.fallbackLocale };
      const base = () => publishedReleases(knex(), tables(), scope, options.filters);
      const [rows, counted] = await Promise.all([
        applySort(base().select(RELEASE_COLUMNS), options.sort)
          .limit(options.pageSize)
          .offset((options.page - 1) * options.pageSize),
        base().count({ total: '*' }).first(),
      ]);
      const total = Number((counted as { total?: number | string } | undefined)?.total ?? 0);
      return {
        releases: await assemble((rows as Array<Record<string, unknown>>).map(toReleaseRecord)),
        pagination: {
          page: options.page,
          pageSize: options.pageSize,
          pageCount: Math.ceil(total / options.pageSize),
          total,
        },
      };
    },

    /**
     * The release a slug names, in `locale`. The slug may be the one of any published locale of
     * the document (a link shared in English still finds the French version). When the document
     * is not published in `locale`: its `fallbackLocale` version if asked, else the locales it is in.
     */
    async findBySlug(options: { slug: string; locale: string; fallbackLocale?: string }): Promise<ReleaseLookup | null> {
      const { releases: table } = tables();
      const matches = (await knex()(table)
        .where({ slug: options.slug })
        .whereNotNull('published_at')
        .select('document_id', 'locale')) as Array<{ document_id: string; locale: string }>;
      if (matches.length === 0) return null;
      const documentId = (matches.find((m) => m.locale === options.locale) ?? matches[0]!).document_id;

      const versions = (await knex()(`${table} as r`)
        .where('r.document_id', documentId)
        .whereNotNull('r.published_at')
        .select(RELEASE_COLUMNS)) as Array<Record<string, unknown>>;
      const inLocale = (locale: string | undefined) => versions.find((version) => version.locale === locale);
      const chosen = inLocale(options.locale) ?? inLocale(options.fallbackLocale);
      if (!chosen) return { found: false, availableLocales: versions.map((version) => String(version.locale)).sort() };

      const [release] = await assemble([toReleaseRecord(chosen)]);
      return { found: true, release: release!, fallback: chosen.locale !== options.locale };
    },
  };
};

export type ReleasesService = ReturnType<typeof releases>;
export default releases;
