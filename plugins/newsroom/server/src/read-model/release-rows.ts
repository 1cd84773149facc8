import type { Knex } from 'knex';

import type { ReleaseLocalization } from '../../../shared/contracts/releases';
import type { DeploymentRow, OrganisationRow, PersonRow, QuoteRow, ReleaseRow } from '../serializers/rows';
import type { NewsroomTables } from './tables';
import { integer, isoDate, isoDateTime, json, text } from './values';

type SqlRow = Record<string, unknown>;

export const RELEASE_COLUMNS = [
  'r.id',
  'r.document_id',
  'r.locale',
  'r.title',
  'r.slug',
  'r.summary',
  'r.body',
  'r.issued_at',
  'r.place',
  'r.reference_number',
  'r.published_at',
  'r.updated_at',
];

export interface ReleaseRecord {
  id: number;
  row: ReleaseRow;
}

export const toReleaseRecord = (sql: SqlRow): ReleaseRecord => ({
  id: Number(sql.id),
  row: {
    documentId: String(sql.document_id),
    locale: String(sql.locale),
    slug: String(sql.slug ?? ''),
    title: String(sql.title ?? ''),
    summary: text(sql.summary),
    body: json(sql.body, []),
    issuedAt: isoDateTime(sql.issued_at) ?? new Date(0).toISOString(),
    place: text(sql.place),
    referenceNumber: text(sql.reference_number),
    publishedAt: isoDateTime(sql.published_at) ?? new Date(0).toISOString(),
    updatedAt: isoDateTime(sql.updated_at) ?? new Date(0).toISOString(),
  },
});

const group = <T>(rows: SqlRow[], key: string, map: (row: SqlRow) => T): Map<number, T[]> => {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const id = Number(row[key]);
    const list = groups.get(id) ?? [];
    list.push(map(row));
    groups.set(id, list);
  }
  return groups;
};

export const toPersonRow = (sql: SqlRow, prefix = ''): PersonRow => ({
  documentId: String(sql[`${prefix}document_id`]),
  name: String(sql[`${prefix}name`] ?? ''),
  position: text(sql[`${prefix}position`]),
});

export const toDeploymentRow = (sql: SqlRow): DeploymentRow => ({
  documentId: String(sql.document_id),
  mission: String(sql.mission ?? ''),
  contributingNation: text(sql.contributing_nation),
  unit: text(sql.unit),
  personnelCount: integer(sql.personnel_count),
  personnelQualifier: (text(sql.personnel_qualifier) ?? 'unknown') as DeploymentRow['personnelQualifier'],
  deploymentStatus: (text(sql.deployment_status) ?? 'announced') as DeploymentRow['deploymentStatus'],
  arrivalDate: isoDate(sql.arrival_date),
  location: text(sql.location),
  durationNote: text(sql.duration_note),
  mandate: text(sql.mandate),
});

export const toQuoteRow = (sql: SqlRow): QuoteRow => ({
  documentId: String(sql.document_id),
  text: String(sql.text ?? ''),
  speakerRole: text(sql.speaker_role),
  saidAt: isoDateTime(sql.said_at),
  order: integer(sql.order) ?? 0,
  speaker: sql.speaker_document_id ? toPersonRow(sql, 'speaker_') : null,
});

/** A quote (`q`) with its speaker (`p`), as toQuoteRow reads it. */
export const QUOTE_COLUMNS = [
  'q.document_id',
  'q.text',
  'q.speaker_role',
  'q.said_at',
  'q.order',
  'p.document_id as speaker_document_id',
  'p.name as speaker_name',
  'p.position as speaker_position',
];

export const DEPLOYMENT_COLUMNS = [
  'd.document_id',
  'd.mission',
  'd.contributing_nation',
  'd.unit',
  'd.personnel_count',
  'd.personnel_qualifier',
  'd.deployment_status',
  'd.arrival_date',
  'd.location',
  'd.duration_note',
  'd.mandate',
];

export interface ReleaseRelations {
  quotes: Map<number, QuoteRow[]>;
  deployments: Map<number, DeploymentRow[]>;
  people: Map<number, PersonRow[]>;
  organisations: Map<number, OrganisationRow[]>;
  /** Published locales of each document: locale and slug. */
  locales: Map<string, Array<Omit<ReleaseLocalization, 'url'>>>;
}

/**
 * Everything the releases with these (published) row ids carry, in five queries whatever
 * their number: quotes with speakers, deployments, people, organisations, published locales.
 * Only published targets are read, in the order editors gave them.
 */
export const loadReleaseRelations = async (
  knex: Knex,
  tables: NewsroomTables,
  records: ReleaseRecord[],
): Promise<ReleaseRelations> => {
  const ids = records.map((record) => record.id);
  const documentIds = [...new Set(records.map((record) => record.row.documentId))];
  if (ids.length === 0) {
    return { quotes: new Map(), deployments: new Map(), people: new Map(), organisations: new Map(), locales: new Map() };
  }
  const { quoteRelease, quoteSpeaker, releaseDeployments, releasePeople, releaseOrganisations } = tables;

  const [quotes, deployments, people, organisations, locales] = await Promise.all([
    knex(`${quoteRelease.name} as l`)
      .join(`${tables.quotes} as q`, 'q.id', `l.${quoteRelease.from}`)
      .leftJoin(`${quoteSpeaker.name} as ls`, `ls.${quoteSpeaker.from}`, 'q.id')
      .leftJoin(`${tables.people} as p`, (join) => join.on('p.id', `ls.${quoteSpeaker.to}`).andOnNotNull('p.published_at'))
      .whereIn(`l.${quoteRelease.to}`, ids)
      .whereNotNull('q.published_at')
      .select(`l.${quoteRelease.to} as release_id`, ...QUOTE_COLUMNS)
      .orderBy([{ column: 'q.order' }, { column: 'q.id' }]),
    knex(`${releaseDeployments.name} as l`)
      .join(`${tables.deployments} as d`, 'd.id', `l.${releaseDeployments.to}`)
      .whereIn(`l.${releaseDeployments.from}`, ids)
      .whereNotNull('d.published_at')
      .select(`l.${releaseDeployments.from} as release_id`, ...DEPLOYMENT_COLUMNS)
      .orderBy([{ column: `l.${releaseDeployments.order ?? 'id'}` }, { column: 'l.id' }]),
    knex(`${releasePeople.name} as l`)
      .join(`${tables.people} as p`, 'p.id', `l.${releasePeople.to}`)
      .whereIn(`l.${releasePeople.from}`, ids)
      .whereNotNull('p.published_at')
      .select(`l.${releasePeople.from} as release_id`, 'p.document_id', 'p.name', 'p.position')
      .orderBy([{ column: `l.${releasePeople.order ?? 'id'}` }, { column: 'l.id' }]),
    knex(`${releaseOrganisations.name} as l`)
      .join(`${tables.organisations} as o`, 'o.id', `l.${releaseOrganisations.to}`)
      .whereIn(`l.${releaseOrganisations.from}`, ids)
      .whereNotNull('o.published_at')
      .select(`l.${releaseOrganisations.from} as release_id`, 'o.document_id', 'o.name', 'o.short_name', 'o.website')
      .orderBy([{ column: `l.${releaseOrganisations.order ?? 'id'}` }, { column: 'l.id' }]),
    knex(tables.releases)
      .whereIn('document_id', documentIds)
      .whereNotNull('published_at')
      .select('document_id', 'locale', 'slug')
      .orderBy('locale'),
  ]);

  const localeMap = new Map<string, Array<Omit<ReleaseLocalization, 'url'>>>();
  for (const row of locales as SqlRow[]) {
    const key = String(row.document_id);
    const list = localeMap.get(key) ?? [];
    list.push({ locale: String(row.locale), slug: String(row.slug) });
    localeMap.set(key, list);
  }

  return {
    quotes: group(quotes as SqlRow[], 'release_id', toQuoteRow),
    deployments: group(deployments as SqlRow[], 'release_id', toDeploymentRow),
    people: group(people as SqlRow[], 'release_id', (row) => toPersonRow(row)),
    organisations: group(organisations as SqlRow[], 'release_id', (row) => ({
      documentId: String(row.document_id),
      name: String(row.name ?? ''),
      shortName: text(row.short_name),
      website: text(row.website),
    })),
    locales: localeMap,
  };
};
