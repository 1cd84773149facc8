import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import type { ListDeployments, ListQuotes } from '../../../shared/contracts/references';
import { getService } from '../utils/get-service';
import { beginPublicRequest, jsonResponse, parseOr400, respondCached } from './public-request';
import { deploymentsQuerySchema, quotesQuerySchema } from './validation/references';

/** Quotes by speaker, deployments by mission and nation: each with the releases that report it. */
const references = ({ strapi }: { strapi: Core.Strapi }) => {
  let built:
    | { quotes: ReturnType<typeof quotesQuerySchema>; deployments: ReturnType<typeof deploymentsQuerySchema> }
    | undefined;
  /** Built once: the page-size limit comes from the config, which does not change while the app runs. */
  const schemas = () => {
    const { maxPageSize } = getService(strapi, 'settings').get().api;
    built ??= { quotes: quotesQuerySchema(maxPageSize), deployments: deploymentsQuerySchema(maxPageSize) };
    return built;
  };
  return {
    async quotes(ctx: Context) {
      const { api } = getService(strapi, 'settings').get();
      const query = parseOr400(schemas().quotes, ctx.query);
      const request = await beginPublicRequest(strapi, ctx, query.locale);
      await respondCached(strapi, ctx, request, async () => {
        const { quotes: data, pagination } = await getService(strapi, 'quotes').list({
          locale: request.locale,
          speaker: query.speaker,
          page: query.page ?? 1,
          pageSize: query.pageSize ?? api.defaultPageSize,
        });
        return jsonResponse(
          { data, meta: { locale: request.locale, pagination } } satisfies ListQuotes.Response,
          request.locale,
        );
      });
    },

    async deployments(ctx: Context) {
      const { api } = getService(strapi, 'settings').get();
      const query = parseOr400(schemas().deployments, ctx.query);
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
  };
};

export default references;
