import type { Core } from '@strapi/strapi';

import type {
  DashboardLocale,
  DashboardRelease,
  GetDashboard,
  TranslationState,
} from '../../../shared/contracts/dashboard';
import { UIDS } from '../../../shared/domain';
import {
  countReleases,
  matchesRows,
  matchesStatus,
  newestFirst,
  searchWords,
  type DashboardFilters,
} from '../editorial/dashboard-filters';
import { dashboardRelease, groupByDocument, sourceLocaleOf, type ReleaseVersionRow } from '../editorial/locale-states';
import { isoDateTime, text } from '../read-model/values';
import { getService } from '../utils/get-service';
import type { EnabledLocales } from './locales';

export interface DashboardQuery extends DashboardFilters {
  page: number;
  pageSize: number;
}

const ROW_FIELDS = ['documentId', 'locale', 'title', 'slug', 'publishedAt', 'updatedAt', 'issuedAt', 'sourceLocale'];

const toVersionRow = (row: Record<string, unknown>): ReleaseVersionRow => ({
  documentId: String(row.documentId),
  locale: String(row.locale),
  title: text(row.title),
  slug: text(row.slug),
  publishedAt: isoDateTime(row.publishedAt),
  updatedAt: isoDateTime(row.updatedAt),
  issuedAt: isoDateTime(row.issuedAt),
  sourceLocale: text(row.sourceLocale),
});

/** With a locale filter, a release is listed when it has a version there (or when looking for missing ones). */
const inLocale = (release: DashboardRelease, locale: string, status: DashboardQuery['status']): boolean =>
  status === 'missing' || release.locales.some((entry) => entry.locale === locale && entry.publication !== 'missing');

type TranslationStates = Map<string, Exclude<TranslationState, null>>;

/**
 * The editors' view of releases: every release with the state of each locale (publication and
 * translation). A page costs the same few queries whatever the number of releases: the enabled
 * locales, every release row (light columns), and the translation status of the matching releases.
 */
const dashboard = ({ strapi }: { strapi: Core.Strapi }) => {
  /** Rows of the given releases, or of every release. */
  const versionRows = async (documentIds?: string[]): Promise<ReleaseVersionRow[]> => {
    const rows = (await strapi.db.query(UIDS.release).findMany({
      select: ROW_FIELDS,
      ...(documentIds ? { where: { documentId: { $in: documentIds } } } : {}),
    })) as Array<Record<string, unknown>>;
    return rows.map(toVersionRow);
  };

  /** Translation states of these releases, by documentId then locale. */
  const translationStates = async (documentIds: string[]): Promise<Map<string, TranslationStates>> => {
    // A release is as outdated as its least current quote or deployment.
    const statuses = await getService(strapi, 'release-translation-status').statusOf(documentIds);
    return new Map(
      statuses.map((doc) => [doc.documentId, new Map(doc.locales.map((entry) => [entry.locale, entry.status]))]),
    );
  };

  return {
    async list(query: DashboardQuery, enabled: EnabledLocales): Promise<GetDashboard.Response> {
      const words = searchWords(query.search);
      const found = words.length > 0 ? await getService(strapi, 'dashboard-search').matching(words) : null;
      const candidates = [...groupByDocument(await versionRows())].filter(([documentId, rows]) => {
        const sourceLocale = sourceLocaleOf(rows, enabled.defaultCode);
        const issuedAt = (rows.find((row) => row.locale === sourceLocale) ?? rows[0])?.issuedAt ?? null;
        if (found && !found.has(documentId)) return false;
        return matchesRows(rows, issuedAt, [], query);
      });
      const translations = await translationStates(candidates.map(([documentId]) => documentId));
      const releases = candidates
        .map(([documentId, rows]) =>
          dashboardRelease(
            documentId,
            rows,
            enabled.codes,
            enabled.defaultCode,
            translations.get(documentId) ?? new Map(),
          ),
        )
        .filter((release) => matchesStatus(release, query))
        .filter((release) => !query.locale || inLocale(release, query.locale, query.status))
        .sort(newestFirst);
      const total = releases.length;
      const pageRows = releases.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
      return {
        data: await getService(strapi, 'draft-changes').refine(pageRows),
        meta: {
          pagination: {
            page: query.page,
            pageSize: query.pageSize,
            pageCount: Math.ceil(total / query.pageSize),
            total,
          },
          counts: countReleases(releases, query.locale),
          locales: enabled.codes,
          defaultLocale: enabled.defaultCode,
        },
      };
    },

    /** One release as the dashboard shows it (null when it has no row at all). */
    async release(documentId: string): Promise<DashboardRelease | null> {
      const [rows, enabled] = await Promise.all([versionRows([documentId]), getService(strapi, 'locales').enabled()]);
      if (rows.length === 0) return null;
      const translations = await translationStates([documentId]);
      const release = dashboardRelease(
        documentId,
        rows,
        enabled.codes,
        enabled.defaultCode,
        translations.get(documentId) ?? new Map(),
      );
      const [refined] = await getService(strapi, 'draft-changes').refine([release]);
      return refined ?? release;
    },

    /** The state of every enabled locale of one release. */
    async localesOf(documentId: string): Promise<DashboardLocale[]> {
      return (await this.release(documentId))?.locales ?? [];
    },
  };
};

export type DashboardService = ReturnType<typeof dashboard>;
export default dashboard;
