import type { Core } from '@strapi/strapi';

import { isTranslatedUid } from '../translations/tracked-fields';
import { getService } from '../utils/get-service';
import type { DocumentMiddleware } from './types';

/**
 * Deleting a document (or one of its locales) deletes the translation records kept for it, with
 * the source text they hold, in the same transaction: those of the locales that are gone, and all
 * of them when the source locale is gone. Deleting a whole locale: see `subscribeTranslationCleanup`.
 */
export const forgetTranslations =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    const documentId = ctx.params.documentId;
    if (!isTranslatedUid(ctx.uid) || ctx.action !== 'delete' || typeof documentId !== 'string') return next();
    const uid = ctx.uid;
    return strapi.db.transaction(async () => {
      const result = await next();
      await getService(strapi, 'translation-status').forgetDeleted(uid, documentId);
      return result;
    });
  };

interface LocaleEvent {
  result?: { code?: unknown } | null;
}

/** Deleting a locale in i18n deletes every translation record in it or made from it (same transaction). */
export const subscribeTranslationCleanup = (strapi: Core.Strapi): void => {
  strapi.db.lifecycles.subscribe({
    models: ['plugin::i18n.locale'],
    async afterDelete(event: LocaleEvent) {
      const code = event.result?.code;
      if (typeof code === 'string') await getService(strapi, 'translation-status').forgetLocale(code);
    },
  } as Parameters<typeof strapi.db.lifecycles.subscribe>[0]);
};
