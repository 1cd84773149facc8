import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  newsroom: {
    enabled: true,
    resolve: './plugins/newsroom',
    config: {
      locales: {
        default: env('NEWSROOM_DEFAULT_LOCALE', 'en'),
        available: env.array('NEWSROOM_LOCALES', ['en', 'fr', 'sq', 'sr-Latn', 'sr-Cyrl']),
      },
    },
  },
  'users-permissions': {
    config: {
      jwtManagement: 'refresh',
      sessions: { httpOnly: true },
    },
  },
});

export default config;
