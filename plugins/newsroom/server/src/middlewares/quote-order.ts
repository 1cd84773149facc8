import type { Core } from '@strapi/strapi';

import { UIDS } from '../../../shared/domain';
import type { DocumentMiddleware } from './types';

/**
 * A quote's order is per locale (reordering in one locale leaves the others as they are). A new
 * localization of a quote that does not say its order takes the order the quote has elsewhere,
 * so a translated release keeps its quotes in the source's order.
 */
export const quoteOrder =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== UIDS.quote || ctx.action !== 'update' || typeof ctx.params.locale !== 'string') return next();
    const { documentId, locale } = ctx.params;
    const data = ctx.params.data;
    if (!documentId || !data || data.order !== undefined) return next();
    const query = strapi.db.query(UIDS.quote);
    const existing = await query.findOne({ where: { documentId, locale }, select: ['id'] });
    if (existing) return next();
    const other = (await query.findOne({
      where: { documentId, locale: { $ne: locale }, publishedAt: null },
      select: ['order'],
    })) as { order?: number | null } | null;
    if (typeof other?.order === 'number') data.order = other.order;
    return next();
  };
