import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import type { GetRelease, ListReleases } from '../../../shared/contracts/releases';
import { getService } from '../utils/get-service';
import { beginPublicRequest, jsonResponse, parseOr400, respondCached } from './public-request';
import { detailQuerySchema, listQuerySchema, slugParamSchema } from './validation/releases';

/** Finds the release of a detail request, or throws the 404 that says why. */
export const lookupRelease = async (strapi: Core.Strapi, ctx: Context, locale: string, defaultLocale: string) => {
  const slug = parseOr400(slugParamSchema, ctx.params.slug, ['slug']);
  const query = parseOr400(detailQuerySchema, ctx.query);
  const found = await getService(strapi, 'releases').findBySlug({
    slug,
    locale,
    fallbackLocale: query.fallback ? defaultLocale : undefined,
  });
  if (!found) throw new errors.NotFoundError(`No published release "${slug}"`, { slug, locale });
  if (!found.found) {
    throw new errors.NotFoundError(
      `Release "${slug}" is not published in "${locale}"; it is in: ${found.availableLocales.join(', ')}. ` +
        'Ask for one of those, or add fallback=true.',
      { slug, locale, availableLocales: found.availableLocales },
    );
  }
  return found;
};

const releases = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const { api } = getService(strapi, 'settings').get();
    const { locale: requested, fallback, page, pageSize, sort, ...filters } = parseOr400(
      listQuerySchema(api.maxPageSize),
      ctx.query,
    );
    const request = await beginPublicRequest(strapi, ctx, requested);
    const fallbackLocale = fallback && request.defaultLocale !== request.locale ? request.defaultLocale : undefined;

    await respondCached(strapi, ctx, request, async () => {
      const { releases: data, pagination } = await getService(strapi, 'releases').list({
        locale: request.locale,
        fallbackLocale,
        filters,
        sort: sort ?? 'issuedAt:desc',
        page: page ?? 1,
        pageSize: pageSize ?? api.defaultPageSize,
      });
      const meta: ListReleases.Response['meta'] = { locale: request.locale, pagination };
      if (fallbackLocale) meta.fallback = { requestedLocale: request.locale, fallbackLocale };
      return jsonResponse({ data, meta } satisfies ListReleases.Response, request.locale);
    });
  },

  async findOne(ctx: Context) {
    const query = parseOr400(detailQuerySchema, ctx.query);
    parseOr400(slugParamSchema, ctx.params.slug, ['slug']);
    const request = await beginPublicRequest(strapi, ctx, query.locale);

    await respondCached(strapi, ctx, request, async () => {
      const { release, fallback } = await lookupRelease(strapi, ctx, request.locale, request.defaultLocale);
      const meta: GetRelease.Response['meta'] = { locale: release.locale };
      if (fallback) meta.fallback = { requestedLocale: request.locale, fallbackLocale: release.locale };
      return jsonResponse({ data: release, meta } satisfies GetRelease.Response, release.locale);
    });
  },
});

export type ReleasesController = ReturnType<typeof releases>;
export default releases;
