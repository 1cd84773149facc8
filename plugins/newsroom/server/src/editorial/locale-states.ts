import type {
  DashboardLocale,
  DashboardRelease,
  PublicationState,
  TranslationState,
} from '../../../shared/contracts/dashboard';

/** One stored row of a release (its draft or its published version in one locale). */
export interface ReleaseVersionRow {
  documentId: string;
  locale: string;
  title: string | null;
  slug: string | null;
  /** ISO date-times; publishedAt null for the draft row. */
  publishedAt: string | null;
  updatedAt: string | null;
  issuedAt: string | null;
  sourceLocale: string | null;
}

const time = (iso: string | null): number => (iso ? Date.parse(iso) || 0 : 0);

/**
 * Where one locale stands, as Strapi's content manager says it: no row is missing, a draft row
 * alone is a draft, a published row is published unless the draft was updated after it (modified).
 */
export const publicationState = (
  draft: ReleaseVersionRow | undefined,
  published: ReleaseVersionRow | undefined,
): PublicationState => {
  if (!draft && !published) return 'missing';
  if (!published) return 'draft';
  if (!draft) return 'published';
  return time(draft.updatedAt) > time(published.updatedAt) ? 'modified' : 'published';
};

/** The locale a release is written in first: its `sourceLocale`, else the default locale. */
export const sourceLocaleOf = (rows: readonly ReleaseVersionRow[], defaultLocale: string): string =>
  rows.map((row) => row.sourceLocale).find((value): value is string => typeof value === 'string' && value !== '') ??
  defaultLocale;

/**
 * A release as the dashboard lists it, from all its rows: the title in its source locale (else
 * any), and the state of every enabled locale. `translations` gives the translation status of
 * each non-source locale (from the translation-status service).
 */
export const dashboardRelease = (
  documentId: string,
  rows: readonly ReleaseVersionRow[],
  locales: readonly string[],
  defaultLocale: string,
  translations: ReadonlyMap<string, Exclude<TranslationState, null>>,
): DashboardRelease => {
  const sourceLocale = sourceLocaleOf(rows, defaultLocale);
  const draftIn = (locale: string) => rows.find((row) => row.locale === locale && row.publishedAt === null);
  const publishedIn = (locale: string) => rows.find((row) => row.locale === locale && row.publishedAt !== null);
  const source =
    draftIn(sourceLocale) ?? publishedIn(sourceLocale) ?? rows.find((row) => row.publishedAt === null) ?? rows[0];
  const updatedAt = rows.reduce<string | null>(
    (latest, row) => (time(row.updatedAt) > time(latest) ? row.updatedAt : latest),
    null,
  );
  const localeStates: DashboardLocale[] = locales.map((locale) => {
    const draft = draftIn(locale);
    const published = publishedIn(locale);
    const shown = draft ?? published;
    return {
      locale,
      publication: publicationState(draft, published),
      translation: locale === sourceLocale ? null : (translations.get(locale) ?? (shown ? 'current' : 'missing')),
      title: shown?.title ?? null,
      slug: shown?.slug ?? null,
      updatedAt: shown?.updatedAt ?? null,
    };
  });
  return {
    documentId,
    sourceLocale,
    title: source?.title ?? '',
    issuedAt: source?.issuedAt ?? null,
    updatedAt,
    locales: localeStates,
  };
};

/** Rows grouped by document, in first-seen order. */
export const groupByDocument = (rows: readonly ReleaseVersionRow[]): Map<string, ReleaseVersionRow[]> => {
  const groups = new Map<string, ReleaseVersionRow[]>();
  for (const row of rows) {
    const list = groups.get(row.documentId) ?? [];
    list.push(row);
    groups.set(row.documentId, list);
  }
  return groups;
};
