import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

import { requestLogEntry } from '../logging/request-log-entry';

/**
 * `global::request-log`: one log record per request (method, path, status, duration, locale,
 * newsroom cache hit or miss) through Strapi's logger; with NEWSROOM_LOG_FORMAT=json (see
 * config/logger.ts) each is one JSON line. Replaces `strapi::logger`, which logs the whole URL
 * (query strings carry tokens: reset codes, registration tokens, access_token).
 */
const requestLog = (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async function requestLogMiddleware(ctx: Context, next: Next) {
    const startedAt = performance.now();
    try {
      await next();
    } finally {
      const entry = requestLogEntry({
        method: ctx.method,
        path: ctx.path,
        status: ctx.status,
        startedAt,
        endedAt: performance.now(),
        contentLanguage: ctx.response.get('Content-Language') || undefined,
        queryLocale: ctx.query.locale,
        cache: ctx.state.newsroomCache,
      });
      strapi.log.http('request', entry);
    }
  };

export default requestLog;
