import type { DashboardCounts, DashboardRelease, PublicationState } from '../../../shared/contracts/dashboard';
import type { ReleaseVersionRow } from './locale-states';

export interface DashboardFilters {
  /** Words that must all appear in one title (any locale, draft or published), ignoring case and diacritics. */
  search?: string;
  /** Publication state in `locale`, or in any locale without one; `outdated` is a translation state. */
  status?: PublicationState | 'outdated';
  locale?: string;
  /** YYYY-MM-DD, inclusive (UTC days). */
  from?: string;
  to?: string;
}

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

export const searchWords = (search: string | undefined): string[] =>
  search ? fold(search).split(/\s+/).filter(Boolean) : [];

/** What rows alone decide: the search words and the issued date range. */
export const matchesRows = (
  rows: readonly ReleaseVersionRow[],
  issuedAt: string | null,
  words: readonly string[],
  filters: DashboardFilters,
): boolean => {
  if (words.length > 0) {
    const found = rows.some((row) => {
      const title = row.title ? fold(row.title) : '';
      return words.every((word) => title.includes(word));
    });
    if (!found) return false;
  }
  if (filters.from || filters.to) {
    if (!issuedAt) return false;
    const day = issuedAt.slice(0, 10);
    if (filters.from && day < filters.from) return false;
    if (filters.to && day > filters.to) return false;
  }
  return true;
};

/** The status filter, once translation states are known. */
export const matchesStatus = (release: DashboardRelease, filters: DashboardFilters): boolean => {
  const { status, locale } = filters;
  if (!status) return true;
  const considered = locale ? release.locales.filter((entry) => entry.locale === locale) : release.locales;
  return considered.some((entry) =>
    status === 'outdated' ? entry.translation === 'outdated' : entry.publication === status,
  );
};

/** Newest first: issued date, then last update, then documentId (a stable order). */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const newestFirst = (a: DashboardRelease, b: DashboardRelease): number =>
  compare(b.issuedAt ?? '', a.issuedAt ?? '') ||
  compare(b.updatedAt ?? '', a.updatedAt ?? '') ||
  compare(a.documentId, b.documentId);

/**
 * Counts over a set of releases: `releases` counts releases; the others count release versions
 * (one per release and locale) in that state, in `locale` only when one is given.
 */
export const countReleases = (releases: readonly DashboardRelease[], locale?: string): DashboardCounts => {
  const counts: DashboardCounts = {
    releases: releases.length,
    published: 0,
    drafts: 0,
    modified: 0,
    outdatedTranslations: 0,
    missingTranslations: 0,
  };
  for (const release of releases) {
    for (const entry of release.locales) {
      if (locale && entry.locale !== locale) continue;
      if (entry.publication === 'published') counts.published += 1;
      else if (entry.publication === 'draft') counts.drafts += 1;
      else if (entry.publication === 'modified') counts.modified += 1;
      if (entry.translation === 'outdated') counts.outdatedTranslations += 1;
      else if (entry.translation === 'missing') counts.missingTranslations += 1;
    }
  }
  return counts;
};
