import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import type { z } from 'zod';

import { fieldValidationError } from '../middlewares/field-errors';
import type { ContentVersion } from '../services/content-version';
import type { CachedResponse } from '../services/http-cache';
import { UnknownLocaleError } from '../services/locales';
import { getService } from '../utils/get-service';
import { parseWith } from './validation/releases';

/** Parses a request part with its schema; a 400 naming every bad parameter otherwise. */
export const parseOr400 = <T>(schema: z.ZodType<T>, input: unknown, pathPrefix: string[] = []): T => {
  const result = parseWith(schema, input);
  if (!result.ok) {
    throw fieldValidationError(result.issues.map((issue) => ({ ...issue, path: [...pathPrefix, ...issue.path] })));
  }
  return result.value;
};

/** Names Koa's query parser drops without a word (they would reach an object's prototype). */
const HIDDEN_NAMES = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A 400 naming any query parameter the query parser silently drops (`__proto__[x]=1`,
 * `constructor[prototype][x]=1`): the strict schemas never see those, yet they are unknown
 * parameters like any other.
 */
export const refuseHiddenParameters = (ctx: Context): void => {
  const names = [...new URLSearchParams(ctx.querystring).keys()].map((key) => key.split('[')[0] ?? key);
  const hidden = [...new Set(names.filter((name) => HIDDEN_NAMES.has(name)))];
  if (hidden.length > 0) {
    throw fieldValidationError(hidden.map((name) => ({ path: [name], message: `Unknown parameter "${name}"` })));
  }
};

export interface PublicRequest {
  state: ContentVersion;
  locale: string;
  defaultLocale: string;
}

/**
 * What every public read needs first: the content version (one query; it keys locales, ETags
 * and cached responses) and the locale to serve (`?locale=`, Accept-Language, default).
 */
export const beginPublicRequest = async (
  strapi: Core.Strapi,
  ctx: Context,
  requestedLocale: string | undefined,
): Promise<PublicRequest> => {
  refuseHiddenParameters(ctx);
  const state = await getService(strapi, 'content-version').current();
  const locales = getService(strapi, 'locales');
  try {
    const locale = await locales.resolve(requestedLocale, ctx.get('Accept-Language') || undefined, state.version);
    const { defaultCode } = await locales.enabled(state.version);
    return { state, locale, defaultLocale: defaultCode };
  } catch (error) {
    if (error instanceof UnknownLocaleError) {
      throw new errors.ValidationError(error.message, {
        errors: [{ path: ['locale'], message: error.message, name: 'ValidationError' }],
        locale: error.locale,
        available: error.available,
      });
    }
    throw error;
  }
};

/** Everything a response depends on: the path, the canonical query, the locale served. */
export const cacheKey = (ctx: Context, locale: string): string => {
  const query = new URLSearchParams(ctx.querystring);
  query.sort();
  return `${ctx.path}?${query.toString()}#${locale}`;
};

export const jsonResponse = (body: unknown, contentLanguage: string): CachedResponse => ({
  body: JSON.stringify(body),
  type: 'application/json; charset=utf-8',
  contentLanguage,
});

export const respondCached = (
  strapi: Core.Strapi,
  ctx: Context,
  request: PublicRequest,
  render: () => Promise<CachedResponse>,
): Promise<void> => getService(strapi, 'http-cache').respond(ctx, request.state, cacheKey(ctx, request.locale), render);
