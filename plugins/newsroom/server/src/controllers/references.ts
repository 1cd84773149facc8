import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';

import type { ListDeployments, ListQuotes } from '../../../shared/contracts/references';
import { DEPLOYMENT_STATUSES } from '../../../shared/domain';
import { getService } from '../utils/get-service';
import { beginPublicRequest, jsonResponse, parseOr400, respondCached } from './public-request';
import { localeParam, nationParam, positiveInt, text } from './validation/releases';

/** Quotes by speaker, deployments by mission and nation: each with the releases that report it. */
const references = ({ strapi }: { strapi: Core.Strapi }) => ({
  async quotes(ctx: Context) {
    const { api } = getService(strapi, 'settings').get();
    const query = parseOr400(
      z.strictObject({
        locale: localeParam.optional(),
        speaker: text('speaker', 200).optional(),
        page: positiveInt('page', 100000).optional(),
        pageSize: positiveInt('pageSize', api.maxPageSize).optional(),
      }),
      ctx.query,
    );
    const request = await beginPublicRequest(strapi, ctx, query.locale);
    await respondCached(strapi, ctx, request, async () => {
      const { quotes: data, pagination } = await getService(strapi, 'quotes').list({
        locale: request.locale,
        speaker: query.speaker,
        page: query.page ?? 1,
        pageSize: query.pageSize ?? api.defaultPageSize,
      });
      return jsonResponse({ data, meta: { locale: request.locale, pagination } } satisfies ListQuotes.Response, request.locale);
    });
  },

  async deployments(ctx: Context) {
    const { api } = getService(strapi, 'settings').get();
    const query = parseOr400(
      z.strictObject({
        locale: localeParam.optional(),
        mission: text('mission', 60).optional(),
        nation: nationParam.optional(),
        status: z.enum(DEPLOYMENT_STATUSES, { error: `status must be one of ${DEPLOYMENT_STATUSES.join(', ')}` }).optional(),
        page: positiveInt('page', 100000).optional(),
        pageSize: positiveInt('pageSize', api.maxPageSize).optional(),
      }),
      ctx.query,
    );
    const request = await beginPublicRequest(strapi, ctx, query.locale);
    await respondCached(strapi, ctx, request, async () => {
      const { deployments: data, pagination } = await getService(strapi, 'deployments').list({
        locale: request.locale,
        mission: query.mission,
        nation: query.nation,
        status: query.status,
        page: query.page ?? 1,
        pageSize: query.pageSize ?? api.defaultPageSize,
      });
      return jsonResponse(
        { data, meta: { locale: request.locale, pagination } } satisfies ListDeployments.Response,
        request.locale,
      );
    });
  },
});

export default references;
