import type { Core } from '@strapi/strapi';

import type { QuoteWithReleases } from '../../../shared/contracts/references';
import type { Pagination } from '../../../shared/contracts/releases';
import { loadReleaseReferences } from '../read-model/references';
import { QUOTE_COLUMNS, toQuoteRow } from '../read-model/release-rows';
import { newsroomTables } from '../read-model/tables';
import { serializeQuote } from '../serializers/release';
import { getService } from '../utils/get-service';

export interface QuoteListOptions {
  locale: string;
  /** documentId or name of the speaker. */
  speaker?: string;
  page: number;
  pageSize: number;
}

/** Published quotes, newest first, each with the release it appears in (four queries a page). */
const quotes = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(options: QuoteListOptions): Promise<{ quotes: QuoteWithReleases[]; pagination: Pagination }> {
    const knex = strapi.db.connection;
    const tables = newsroomTables(strapi);
    const { quoteSpeaker, quoteRelease } = tables;
    const base = () => {
      const query = knex(`${tables.quotes} as q`)
        .leftJoin(`${quoteSpeaker.name} as ls`, `ls.${quoteSpeaker.from}`, 'q.id')
        .leftJoin(`${tables.people} as p`, (join) => join.on('p.id', `ls.${quoteSpeaker.to}`).andOnNotNull('p.published_at'))
        .where('q.locale', options.locale)
        .whereNotNull('q.published_at');
      if (options.speaker) {
        const speaker = options.speaker;
        query.where((match) => match.where('p.document_id', speaker).orWhereRaw('lower(p.name) = lower(?)', [speaker]));
      }
      return query;
    };
    const [rows, counted] = await Promise.all([
      base()
        .select('q.id', ...QUOTE_COLUMNS)
        .orderBy([{ column: 'q.said_at', order: 'desc' }, { column: 'q.id', order: 'desc' }])
        .limit(options.pageSize)
        .offset((options.page - 1) * options.pageSize),
      base().count({ total: '*' }).first(),
    ]);
    const { site } = getService(strapi, 'settings').get();
    const sqlRows = rows as Array<Record<string, unknown>>;
    const references = await loadReleaseReferences(
      knex,
      tables,
      quoteRelease,
      quoteRelease.from,
      quoteRelease.to,
      sqlRows.map((row) => Number(row.id)),
      site,
    );
    const total = Number((counted as { total?: number | string } | undefined)?.total ?? 0);
    return {
      quotes: sqlRows.map((row) => ({
        ...serializeQuote(toQuoteRow(row)),
        releases: references.get(Number(row.id)) ?? [],
      })),
      pagination: { page: options.page, pageSize: options.pageSize, pageCount: Math.ceil(total / options.pageSize), total },
    };
  },
});

export type QuotesService = ReturnType<typeof quotes>;
export default quotes;
