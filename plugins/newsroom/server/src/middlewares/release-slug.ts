import type { Core } from '@strapi/strapi';

import { UIDS } from '../../../shared/domain';
import { getService } from '../utils/get-service';
import { isWrite, type DocumentMiddleware } from './types';

/** Gives every release write the slug its locale needs (see the `slugs` service for the rules). */
export const releaseSlug =
  (strapi: Core.Strapi): DocumentMiddleware =>
  async (ctx, next) => {
    if (ctx.uid !== UIDS.release || !isWrite(ctx)) return next();

    // The uniqueness check and the write share one transaction.
    return strapi.db.transaction(async () => {
      const data = (ctx.params.data ??= {});
      const locale =
        typeof ctx.params.locale === 'string' ? ctx.params.locale : await getService(strapi, 'locales').defaultCode();
      const slug = await getService(strapi, 'slugs').resolve({
        documentId: ctx.action === 'update' ? ctx.params.documentId : undefined,
        locale,
        title: typeof data.title === 'string' ? data.title : undefined,
        slug: data.slug === undefined ? undefined : (data.slug as string | null),
      });
      if (slug !== undefined) data.slug = slug;
      return next();
    });
  };
