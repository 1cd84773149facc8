import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { getService } from '../utils/get-service';
import { beginPublicRequest, parseOr400, respondCached } from './public-request';
import { lookupRelease } from './releases';
import { detailQuerySchema, slugParamSchema } from './validation/releases';

type Format = 'ninjs' | 'jsonld';

const TYPES: Record<Format, string> = {
  ninjs: 'application/json; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
};

/** One release in a news format: IPTC ninjs 3.1 or schema.org NewsArticle (JSON-LD). */
const formats = ({ strapi }: { strapi: Core.Strapi }) => {
  const serve = (format: Format) => async (ctx: Context) => {
    const query = parseOr400(detailQuerySchema, ctx.query);
    parseOr400(slugParamSchema, ctx.params.slug, ['slug']);
    const request = await beginPublicRequest(strapi, ctx, query.locale);
    await respondCached(strapi, ctx, request, async () => {
      const { release } = await lookupRelease(strapi, ctx, request.locale, request.defaultLocale);
      const document = getService(strapi, 'news-formats')[format](release, request.defaultLocale);
      return { body: JSON.stringify(document), type: TYPES[format], contentLanguage: release.locale };
    });
  };
  return { ninjs: serve('ninjs'), jsonld: serve('jsonld') };
};

export default formats;
