import type { Core } from '@strapi/strapi';

import { corsSettings } from '../src/security/cors-origins';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  // JSON logs: one record per request without query strings (src/middlewares/request-log.ts).
  env('NEWSROOM_LOG_FORMAT') === 'json' ? 'global::request-log' : 'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // An allow-list (CORS_ORIGINS), never "any origin with credentials": see src/security/cors-origins.ts.
  { name: 'strapi::cors', config: corsSettings({ CORS_ORIGINS: env('CORS_ORIGINS'), PUBLIC_URL: env('PUBLIC_URL'), PORT: env('PORT') }) },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
