import { winston } from '@strapi/logger';
import type { Core } from '@strapi/strapi';

/**
 * NEWSROOM_LOG_FORMAT=json: every log record, requests included (global::request-log), is one
 * JSON line with a timestamp, for platforms that parse logs. Otherwise Strapi's readable default.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams) =>
  env('NEWSROOM_LOG_FORMAT') === 'json' ? { format: winston.format.combine(winston.format.timestamp(), winston.format.json()) } : {};

export default config;
