import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

import { isDatabaseUnavailable, unavailableBody } from './database-unavailable';

const RETRY_AFTER_SECONDS = 5;

/**
 * Every request of the app (ours, the content manager's, the admin's) that failed because the
 * database could not be reached answers 503 with `Retry-After` in Strapi's error shape, instead
 * of Strapi's generic 500, and is logged as one line rather than a stack per request. Nothing is
 * kept between requests: the next request after the database is back goes through as usual.
 * Registered at bootstrap, so it sits inside `strapi::errors` and around every route.
 */
export const registerDatabaseUnavailable = (strapi: Core.Strapi): void => {
  strapi.server.use(async (ctx: Context, next: Next) => {
    try {
      await next();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      strapi.log.warn(`[newsroom] ${ctx.method} ${ctx.path}: database unavailable (${(error as Error).message.slice(-160)})`);
      ctx.set('Retry-After', String(RETRY_AFTER_SECONDS));
      ctx.set('Cache-Control', 'no-store');
      ctx.status = 503;
      ctx.body = unavailableBody(RETRY_AFTER_SECONDS);
    }
  });
};
