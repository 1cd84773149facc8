import type { Core } from '@strapi/strapi';

import { subscribeContentVersion } from './lifecycles';
import { getService } from './utils/get-service';
import { onceAcrossInstances } from './utils/once-across-instances';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  await getService(strapi, 'locales').ensureConfigured();
  await onceAcrossInstances(strapi, 'schema', async (trx) => {
    await getService(strapi, 'content-version').ensureTable(trx);
    await getService(strapi, 'indexes').ensure(trx);
  });
  subscribeContentVersion(strapi);
};

export default bootstrap;
