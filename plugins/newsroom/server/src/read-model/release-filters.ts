import type { Knex } from 'knex';

import type { NewsroomTables } from './tables';

export const RELEASE_SORTS = ['issuedAt:desc', 'issuedAt:asc', 'title:asc', 'title:desc'] as const;
export type ReleaseSort = (typeof RELEASE_SORTS)[number];

export interface ReleaseFilters {
  /** ISO date-times, inclusive. */
  issuedFrom?: string;
  issuedTo?: string;
  /** documentId or short name (NATO, OTAN) of an organisation the release involves. */
  organisation?: string;
  /** documentId or name of a person the release names. */
  person?: string;
  /** Mission of a deployment the release reports (KFOR). */
  mission?: string;
  /** ISO 3166-1 code of a contributing nation of a deployment the release reports. */
  nation?: string;
  /** Words to find in the title or the summary. */
  q?: string;
}

export interface ReleaseScope {
  locale: string;
  /** When set: documents not published in `locale` are served in this one instead. */
  fallbackLocale?: string;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * The published release rows a list shows, as a query on `r` (the releases table):
 * one locale (with the fallback locale for documents missing in it), then the filters.
 */
export const publishedReleases = (
  knex: Knex,
  tables: NewsroomTables,
  scope: ReleaseScope,
  filters: ReleaseFilters,
): Knex.QueryBuilder => {
  const query = knex(`${tables.releases} as r`).whereNotNull('r.published_at');
  const { fallbackLocale } = scope;
  if (fallbackLocale && fallbackLocale !== scope.locale) {
    query.where((inLocale) =>
      inLocale.where('r.locale', scope.locale).orWhere((fallback) =>
        fallback.where('r.locale', fallbackLocale).whereNotExists(
          knex(`${tables.releases} as t`)
            .select(knex.raw('1'))
            .where('t.document_id', knex.ref('r.document_id'))
            .where('t.locale', scope.locale)
            .whereNotNull('t.published_at'),
        ),
      ),
    );
  } else {
    query.where('r.locale', scope.locale);
  }

  if (filters.issuedFrom) query.where('r.issued_at', '>=', new Date(filters.issuedFrom));
  if (filters.issuedTo) query.where('r.issued_at', '<=', new Date(filters.issuedTo));

  if (filters.organisation) {
    const value = filters.organisation;
    const link = tables.releaseOrganisations;
    query.whereExists(
      knex(`${link.name} as lo`)
        .select(knex.raw('1'))
        .join(`${tables.organisations} as o`, 'o.id', `lo.${link.to}`)
        .where(`lo.${link.from}`, knex.ref('r.id'))
        .where((match) => match.where('o.document_id', value).orWhereRaw('lower(o.short_name) = lower(?)', [value])),
    );
  }
  if (filters.person) {
    const value = filters.person;
    const link = tables.releasePeople;
    query.whereExists(
      knex(`${link.name} as lp`)
        .select(knex.raw('1'))
        .join(`${tables.people} as p`, 'p.id', `lp.${link.to}`)
        .where(`lp.${link.from}`, knex.ref('r.id'))
        .where((match) => match.where('p.document_id', value).orWhereRaw('lower(p.name) = lower(?)', [value])),
    );
  }
  if (filters.mission || filters.nation) {
    const link = tables.releaseDeployments;
    const deployments = knex(`${link.name} as ld`)
      .select(knex.raw('1'))
      .join(`${tables.deployments} as d`, 'd.id', `ld.${link.to}`)
      .where(`ld.${link.from}`, knex.ref('r.id'));
    if (filters.mission) deployments.whereRaw('lower(d.mission) = lower(?)', [filters.mission]);
    if (filters.nation) deployments.where('d.contributing_nation', filters.nation.toUpperCase());
    query.whereExists(deployments);
  }
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q.toLowerCase())}%`;
    query.where((words) =>
      words
        .whereRaw(`lower(r.title) like ? escape '\\'`, [pattern])
        .orWhereRaw(`lower(coalesce(r.summary, '')) like ? escape '\\'`, [pattern]),
    );
  }
  return query;
};

export const applySort = (query: Knex.QueryBuilder, sort: ReleaseSort): Knex.QueryBuilder => {
  const [field, direction] = sort.split(':') as ['issuedAt' | 'title', 'asc' | 'desc'];
  const column = field === 'title' ? 'r.title' : 'r.issued_at';
  return query.orderBy([
    { column, order: direction },
    { column: 'r.id', order: direction },
  ]);
};
