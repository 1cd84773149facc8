import type { Core } from '@strapi/strapi';

import { registerDatabaseUnavailable } from './http/database-unavailable-middleware';
import { guardDatabaseUnavailableRejections } from './http/database-unavailable-rejections';
import { subscribeContentVersion } from './lifecycles';
import { subscribeTranslationCleanup } from './middlewares/forget-translations';
import { registerActions } from './permissions/register-actions';
import { ensureTranslatorRole } from './permissions/translator-role';
import { xliffSigningKey } from './translations/signing-key';
import { getService } from './utils/get-service';
import { onceAcrossInstances } from './utils/once-across-instances';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  registerDatabaseUnavailable(strapi);
  guardDatabaseUnavailableRejections(strapi);
  xliffSigningKey(strapi); // fails the start, naming what to set, when there is no secret
  await getService(strapi, 'locales').ensureConfigured();
  await onceAcrossInstances(strapi, 'schema', async (trx) => {
    await getService(strapi, 'content-version').ensureTable(trx);
    await getService(strapi, 'translation-status').ensureTable(trx);
    await getService(strapi, 'indexes').ensure(trx);
  });
  subscribeContentVersion(strapi);
  subscribeTranslationCleanup(strapi);
  await registerActions(strapi);
  await getService(strapi, 'content-manager-views').configure();
  const { translations, locales } = getService(strapi, 'settings').get();
  if (translations.exampleTranslatorRoleLocales.length > 0) {
    await onceAcrossInstances(strapi, 'translator-role', () =>
      ensureTranslatorRole(strapi, translations.exampleTranslatorRoleLocales, locales.available),
    );
  }
};

export default bootstrap;
