import type { Core } from '@strapi/strapi';

import { getService } from './utils/get-service';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  await getService(strapi, 'locales').ensureConfigured();
};

export default bootstrap;
