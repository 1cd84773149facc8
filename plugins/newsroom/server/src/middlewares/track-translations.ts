import type { Core } from '@strapi/strapi';

import { isTranslatedUid, trackedFields } from '../translations/tracked-fields';
import { getService } from '../utils/get-service';
import { isWrite, type DocumentMiddleware } from './types';

/**
 * When a translation (a locale other than the document's source locale) is written, records that
 * the fields it wrote now match the current source: editing a translation makes those fields
 * current again. In the write's transaction.
 */
export const trackTranslations =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (!isTranslatedUid(ctx.uid) || !isWrite(ctx)) return next();
    const uid = ctx.uid;
    const written = Object.keys(ctx.params.data ?? {});
    return strapi.db.transaction(async () => {
      const result = (await next()) as { documentId?: string; locale?: string } | null;
      const fields = trackedFields(strapi, uid).filter((field) => written.includes(field));
      if (result?.documentId && result.locale && fields.length > 0) {
        await getService(strapi, 'translation-status').record(uid, result.documentId, result.locale, { fields });
      }
      return result;
    });
  };
