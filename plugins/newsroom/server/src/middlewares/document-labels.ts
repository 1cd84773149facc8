import type { Core } from '@strapi/strapi';

import { UIDS } from '../../../shared/domain';
import { deploymentLabel, quoteLabel } from '../translations/document-labels';
import type { DocumentMiddleware } from './types';

type Row = Record<string, unknown> & { documentId: string; locale: string };

const WRITES = new Set(['create', 'update', 'publish', 'discardDraft']);

/**
 * Keeps the `label` of quotes ("Speaker: “first words…”") and deployments ("Mission · nation ·
 * unit") up to date in every version of the written locale, so the content manager's lists and
 * relation pickers (their main field) tell items apart. After the write, in its transaction;
 * a person's rename relabels their quotes in that locale. Written with the query engine: no
 * Document Service round trip, no recursion.
 */
export const documentLabels =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const tracked = ctx.uid === UIDS.quote || ctx.uid === UIDS.deployment || ctx.uid === UIDS.person;
    if (!tracked || !WRITES.has(ctx.action)) return next();
    return strapi.db.transaction(async () => {
      const result = (await next()) as { documentId?: string; locale?: string; entries?: Row[] } | null;
      const documentId = result?.documentId ?? result?.entries?.[0]?.documentId ?? ctx.params.documentId;
      const locale = result?.locale ?? result?.entries?.[0]?.locale ?? (typeof ctx.params.locale === 'string' ? ctx.params.locale : undefined);
      if (!documentId || !locale) return result;
      if (ctx.uid === UIDS.person) {
        const quotes = (await strapi.db.query(UIDS.quote).findMany({
          where: { speaker: { documentId }, locale },
          select: ['documentId'],
        })) as Array<{ documentId: string }>;
        for (const id of new Set(quotes.map((quote) => quote.documentId))) await relabel(strapi, UIDS.quote, id, locale);
      } else {
        await relabel(strapi, ctx.uid, documentId, locale);
      }
      return result;
    });
  };

/** Recomputes and stores the label of every version (draft, published) of a document in a locale. */
export const relabel = async (strapi: Core.Strapi, uid: string, documentId: string, locale: string): Promise<void> => {
  const rows = (await strapi.db.query(uid as typeof UIDS.quote).findMany({
    where: { documentId, locale },
    populate: uid === UIDS.quote ? { speaker: { select: ['name'] } } : undefined,
  })) as Array<Row & { id: number; label?: string | null; speaker?: { name?: string } | null }>;
  for (const row of rows) {
    const label =
      uid === UIDS.quote
        ? quoteLabel({ text: row.text, speakerName: row.speaker?.name })
        : deploymentLabel({ mission: row.mission, contributingNation: row.contributingNation, unit: row.unit });
    if ((row.label ?? '') !== label) {
      await strapi.db.query(uid as typeof UIDS.quote).update({ where: { id: row.id }, data: { label } });
    }
  }
};
