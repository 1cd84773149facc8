import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { adminLocale } from '../controllers/admin-locale';
import { assertCanEditLocale } from '../controllers/locale-permission';
import { fieldValidationError } from '../middlewares/field-errors';

export interface CanEditLocaleConfig {
  /** Where the route carries its locale: `?locale=` (default) or the JSON body's `locale`. */
  from?: 'query' | 'body';
  /** The route needs a locale (400 without one) instead of taking the default locale. */
  required?: boolean;
}

/**
 * Route policy of the newsroom's admin writes: the locale the request names (the default locale
 * when it names none) must be enabled (400 naming `locale`) and one the admin's role may edit
 * (403). The Document Service middleware `enforce-locale-scope` holds every write below it too.
 */
const canEditLocale = async (
  policyContext: Context,
  config: CanEditLocaleConfig | undefined,
  { strapi }: { strapi: Core.Strapi },
): Promise<boolean> => {
  // A policy context is a copy of the Koa context's own properties: read the request, not ctx.query.
  const { request } = policyContext;
  const source = (config?.from === 'body' ? request.body : request.query) as Record<string, unknown> | undefined;
  const requested = source?.locale;
  if (requested === undefined && config?.required) {
    throw fieldValidationError([{ path: ['locale'], message: 'is required' }]);
  }
  if (requested !== undefined && typeof requested !== 'string') {
    throw fieldValidationError([{ path: ['locale'], message: 'must be one locale code' }]);
  }
  const { locale } = await adminLocale(strapi, requested);
  await assertCanEditLocale(strapi, policyContext, locale);
  return true;
};

export default canEditLocale;
