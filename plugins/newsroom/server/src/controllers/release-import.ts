import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { getService } from '../utils/get-service';
import { adminLocale } from './admin-locale';
import { parseOr400 } from './public-request';
import { parseBody, saveBody } from './validation/release-import';

/** Admin API of the import from text: a proposal (nothing written), then the draft the editor accepted. */
const releaseImport = ({ strapi }: { strapi: Core.Strapi }) => ({
  async parse(ctx: Context) {
    const body = parseOr400(parseBody, ctx.request.body);
    const { locale } = await adminLocale(strapi, body.locale);
    ctx.body = { data: await getService(strapi, 'release-import').parse(body.text, locale) };
  },

  async save(ctx: Context) {
    const body = parseOr400(saveBody, ctx.request.body);
    const { locale } = await adminLocale(strapi, body.locale);
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'release-import').save({ ...body, locale }) };
  },
});

export default releaseImport;
