import type { Core } from '@strapi/strapi';

import { releaseSlug } from './release-slug';
import { validateWrites } from './validate-writes';

/** Registers the newsroom's Document Service middlewares, validation first. */
export const registerDocumentMiddlewares = (strapi: Core.Strapi): void => {
  strapi.documents.use(validateWrites(strapi) as Parameters<typeof strapi.documents.use>[0]);
  strapi.documents.use(releaseSlug(strapi) as Parameters<typeof strapi.documents.use>[0]);
};
