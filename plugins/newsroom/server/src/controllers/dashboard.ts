import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { getService } from '../utils/get-service';
import { adminLocale } from './admin-locale';
import { parseOr400 } from './public-request';
import { dashboardQuery } from './validation/dashboard';

/** Admin API of the editors' dashboard: releases newest first with the state of every locale. */
const dashboard = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const query = parseOr400(dashboardQuery, ctx.query);
    const { enabled } = await adminLocale(strapi, query.locale);
    ctx.body = await getService(strapi, 'dashboard').list(query, enabled);
  },
});

export default dashboard;
