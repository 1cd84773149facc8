import type { Core } from '@strapi/strapi';

import { enforceLocaleScope } from './enforce-locale-scope';
import { forgetTranslations } from './forget-translations';
import { documentLabels } from './document-labels';
import { quoteOrder } from './quote-order';
import { releaseSlug } from './release-slug';
import { trackTranslations } from './track-translations';
import { validateWrites } from './validate-writes';

/**
 * Registers the newsroom's Document Service middlewares: the acting admin's locale scope first,
 * then validation, slugs, quote order of new localizations, translation tracking and cleanup, labels.
 */
export const registerDocumentMiddlewares = (strapi: Core.Strapi): void => {
  strapi.documents.use(enforceLocaleScope(strapi) as Parameters<typeof strapi.documents.use>[0]);
  strapi.documents.use(validateWrites(strapi) as Parameters<typeof strapi.documents.use>[0]);
  strapi.documents.use(releaseSlug(strapi) as Parameters<typeof strapi.documents.use>[0]);
  strapi.documents.use(quoteOrder(strapi) as Parameters<typeof strapi.documents.use>[0]);
  strapi.documents.use(trackTranslations(strapi) as Parameters<typeof strapi.documents.use>[0]);
  strapi.documents.use(forgetTranslations(strapi) as Parameters<typeof strapi.documents.use>[0]);
  strapi.documents.use(documentLabels(strapi) as Parameters<typeof strapi.documents.use>[0]);
};
