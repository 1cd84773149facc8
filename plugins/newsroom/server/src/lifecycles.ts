import type { Core } from '@strapi/strapi';

import { UIDS } from '../../shared/domain';
import { getService } from './utils/get-service';

const WRITES = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;

/**
 * Every database write to newsroom content or to locales, whatever made it (Document Service,
 * content manager, i18n syncing non-localized fields, locale deletion), bumps the content version
 * in the same transaction.
 */
export const subscribeContentVersion = (strapi: Core.Strapi): void => {
  const bump = async () => getService(strapi, 'content-version').bump();
  strapi.db.lifecycles.subscribe({
    models: [...Object.values(UIDS), 'plugin::i18n.locale', 'strapi::core-store'],
    ...Object.fromEntries(WRITES.map((action) => [action, bump])),
  });
};
