import type { Core } from '@strapi/strapi';

import { UIDS } from '../../shared/domain';
import { getService } from './utils/get-service';

const WRITES = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;

/** The core-store entry i18n keeps its default locale in (the only setting our responses depend on). */
const DEFAULT_LOCALE_KEY = /default_locale/;

interface LifecycleEvent {
  model: { uid: string };
  params?: { data?: { key?: unknown }; where?: { key?: unknown } };
  result?: { key?: unknown } | null;
}

/** Whether a write changes what the public API answers. */
export const changesPublicContent = (event: LifecycleEvent): boolean => {
  if (event.model.uid !== 'strapi::core-store') return true;
  const keys = [event.params?.data?.key, event.params?.where?.key, event.result?.key];
  return keys.some((key) => typeof key === 'string' && DEFAULT_LOCALE_KEY.test(key));
};

/**
 * Every database write to newsroom content or to locales, whatever made it (Document Service,
 * content manager, i18n syncing non-localized fields, locale deletion), and a change of the default
 * locale, bumps the content version in the same transaction. Other settings writes (Strapi stores
 * its schema and metrics there at every start) do not.
 */
export const subscribeContentVersion = (strapi: Core.Strapi): void => {
  const bump = async (event: LifecycleEvent) => {
    if (changesPublicContent(event)) await getService(strapi, 'content-version').bump();
  };
  strapi.db.lifecycles.subscribe({
    models: [...Object.values(UIDS), 'plugin::i18n.locale', 'strapi::core-store'],
    ...Object.fromEntries(WRITES.map((action) => [action, bump])),
  } as Parameters<typeof strapi.db.lifecycles.subscribe>[0]);
};
