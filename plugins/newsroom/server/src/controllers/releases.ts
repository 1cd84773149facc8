import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import type { GetRelease, ListReleases } from '../../../shared/contracts/releases';
import { fieldValidationError } from '../middlewares/field-errors';
import { UnknownLocaleError } from '../services/locales';
import { getService } from '../utils/get-service';
import { detailQuerySchema, listQuerySchema, parseWith, slugParamSchema } from './validation/releases';

/** Turns an unknown locale into a 400 that names it and lists the enabled ones. */
const resolveLocale = async (strapi: Core.Strapi, requested: string | undefined): Promise<string> => {
  try {
    return await getService(strapi, 'locales').resolve(requested);
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

const releases = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const { api } = getService(strapi, 'settings').get();
    const query = parseWith(listQuerySchema(api.maxPageSize), ctx.query);
    if (!query.ok) throw fieldValidationError(query.issues);

    const locale = await resolveLocale(strapi, query.value.locale);
    const { releases: data, pagination } = await getService(strapi, 'releases').findPublished({
      locale,
      page: query.value.page ?? 1,
      pageSize: query.value.pageSize ?? api.defaultPageSize,
    });
    ctx.set('Content-Language', locale);
    ctx.body = { data, meta: { locale, pagination } } satisfies ListReleases.Response;
  },

  async findOne(ctx: Context) {
    const slug = parseWith(slugParamSchema, ctx.params.slug);
    if (!slug.ok) throw fieldValidationError(slug.issues.map((issue) => ({ ...issue, path: ['slug'] })));
    const query = parseWith(detailQuerySchema, ctx.query);
    if (!query.ok) throw fieldValidationError(query.issues);

    const locale = await resolveLocale(strapi, query.value.locale);
    const release = await getService(strapi, 'releases').findPublishedBySlug({ slug: slug.value, locale });
    if (!release) {
      throw new errors.NotFoundError(`No published release "${slug.value}" in locale "${locale}"`, {
        slug: slug.value,
        locale,
      });
    }
    ctx.set('Content-Language', locale);
    ctx.body = { data: release, meta: { locale } } satisfies GetRelease.Response;
  },
});

export type ReleasesController = ReturnType<typeof releases>;
export default releases;
