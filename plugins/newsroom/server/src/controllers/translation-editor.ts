import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { getService } from '../utils/get-service';
import { assertCanEditLocale } from './locale-permission';
import { parseOr400 } from './public-request';
import { editorParams, editorQuery, editorSaveBody } from './validation/translations';

/**
 * The translation editor's routes: a release with its quotes and deployments in one target
 * locale. Only in a locale the admin's role may edit (403 otherwise), never the source locale.
 */
const translationEditor = ({ strapi }: { strapi: Core.Strapi }) => {
  const begin = async (ctx: Context) => {
    const { documentId } = parseOr400(editorParams, ctx.params);
    const { locale } = parseOr400(editorQuery, ctx.query);
    await assertCanEditLocale(strapi, ctx, locale);
    return { documentId, locale, service: getService(strapi, 'translation-editor') };
  };

  return {
    async findOne(ctx: Context) {
      const { documentId, locale, service } = await begin(ctx);
      ctx.body = { data: await service.load(documentId, locale) };
    },

    async save(ctx: Context) {
      const { documentId, locale, service } = await begin(ctx);
      const body = parseOr400(editorSaveBody, ctx.request.body);
      ctx.body = { data: await service.save(documentId, locale, body) };
    },

    async review(ctx: Context) {
      const { documentId, locale, service } = await begin(ctx);
      ctx.body = { data: await service.review(documentId, locale) };
    },
  };
};

export default translationEditor;
