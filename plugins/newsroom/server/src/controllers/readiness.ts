import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';

import { getService } from '../utils/get-service';
import { parseOr400, refuseHiddenParameters } from './public-request';

const noQuery = z.strictObject({});

/** `GET /api/newsroom/ready`: 200 when this instance can serve (database answers), else 503. Never cached. */
const readiness = ({ strapi }: { strapi: Core.Strapi }) => ({
  async ready(ctx: Context) {
    refuseHiddenParameters(ctx);
    parseOr400(noQuery, ctx.query);
    const state = await getService(strapi, 'readiness').check();
    ctx.set('Cache-Control', 'no-store');
    ctx.status = state.ready ? 200 : 503;
    ctx.body = { data: { status: state.ready ? 'ready' : 'unavailable', ...state } };
  },
});

export default readiness;
