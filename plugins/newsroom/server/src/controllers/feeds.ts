import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';

import type { FeedFormat } from '../formats';
import { getService } from '../utils/get-service';
import { beginPublicRequest, cacheKey, parseOr400, respondCached } from './public-request';
import { localeParam } from './validation/releases';

const TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

const noQuery = z.strictObject({});

/**
 * The base URL of this API (feeds link to themselves): `server.url` when the app sets it, else as
 * the client reached it, which then keys the cached feed (a forged Host never reaches others).
 */
const apiBaseUrl = (strapi: Core.Strapi, ctx: Context): string =>
  (strapi.config.get('server.url') as string | undefined) || `${ctx.protocol}://${ctx.host}`;

/** Per-locale feeds of the newest published releases, and the sitemap of every release. */
const feeds = ({ strapi }: { strapi: Core.Strapi }) => {
  const feed = (format: FeedFormat) => async (ctx: Context) => {
    const locale = parseOr400(localeParam, ctx.params.locale, ['locale']);
    parseOr400(noQuery, ctx.query);
    const request = await beginPublicRequest(strapi, ctx, locale);
    const baseUrl = apiBaseUrl(strapi, ctx);
    await getService(strapi, 'http-cache').respond(ctx, request.state, `${cacheKey(ctx, request.locale)}@${baseUrl}`, async () => ({
      body: await getService(strapi, 'news-formats').feed(request.locale, request.defaultLocale, format, baseUrl),
      type: TYPES[format],
      contentLanguage: request.locale,
    }));
  };

  return {
    rss: feed('rss'),
    atom: feed('atom'),
    json: feed('json'),

    async sitemap(ctx: Context) {
      parseOr400(noQuery, ctx.query);
      const request = await beginPublicRequest(strapi, ctx, undefined);
      // One sitemap for every locale: the key must not depend on the negotiated locale.
      await respondCached(strapi, ctx, { ...request, locale: '*' }, async () => ({
        body: await getService(strapi, 'news-formats').sitemap(),
        type: 'application/xml; charset=utf-8',
      }));
    },
  };
};

export default feeds;
