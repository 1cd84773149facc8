import type { Knex } from 'knex';

import type { ReleaseReference } from '../../../shared/contracts/references';
import { releaseUrl } from '../urls/release-url';
import type { LinkTable, NewsroomTables } from './tables';
import { isoDateTime } from './values';

type SqlRow = Record<string, unknown>;

/**
 * The published releases linked to each of `targetIds` through `link` (one query), keyed by the
 * target's row id: quotes -> their release, deployments -> the releases reporting them.
 * `targetColumn` is the link column holding the target's id.
 */
export const loadReleaseReferences = async (
  knex: Knex,
  tables: NewsroomTables,
  link: LinkTable,
  targetColumn: string,
  releaseColumn: string,
  targetIds: number[],
  site: { baseUrl: string; releasePath: string },
): Promise<Map<number, ReleaseReference[]>> => {
  const references = new Map<number, ReleaseReference[]>();
  if (targetIds.length === 0) return references;
  const rows = (await knex(`${link.name} as l`)
    .join(`${tables.releases} as r`, 'r.id', `l.${releaseColumn}`)
    .whereIn(`l.${targetColumn}`, targetIds)
    .whereNotNull('r.published_at')
    .select(`l.${targetColumn} as target_id`, 'r.document_id', 'r.locale', 'r.slug', 'r.title', 'r.issued_at')
    .orderBy([{ column: 'r.issued_at', order: 'desc' }, { column: 'r.id', order: 'desc' }])) as SqlRow[];
  for (const row of rows) {
    const id = Number(row.target_id);
    const list = references.get(id) ?? [];
    list.push({
      documentId: String(row.document_id),
      locale: String(row.locale),
      slug: String(row.slug),
      title: String(row.title ?? ''),
      url: releaseUrl(site, String(row.locale), String(row.slug)),
      issuedAt: isoDateTime(row.issued_at) ?? '',
    });
    references.set(id, list);
  }
  return references;
};
