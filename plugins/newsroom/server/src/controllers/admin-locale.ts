import type { Core } from '@strapi/strapi';

import type { EnabledLocales } from '../services/locales';
import { getService } from '../utils/get-service';
import { fieldValidationError } from '../middlewares/field-errors';

/** The enabled locales, and the one a request names (the default when it names none); a 400 naming `locale` otherwise. */
export const adminLocale = async (
  strapi: Core.Strapi,
  requested: string | undefined,
): Promise<{ locale: string; enabled: EnabledLocales }> => {
  const enabled = await getService(strapi, 'locales').enabled();
  if (requested !== undefined && !enabled.codes.includes(requested)) {
    throw fieldValidationError([
      { path: ['locale'], message: `"${requested}" is not enabled (enabled: ${enabled.codes.join(', ')})` },
    ]);
  }
  return { locale: requested ?? enabled.defaultCode, enabled };
};
