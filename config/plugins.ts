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
      http: {
        // Memory budget of each instance's response cache; 0 turns it off.
        memoryCacheBytes: env.int('NEWSROOM_MEMORY_CACHE_BYTES', 64 * 1024 * 1024),
      },
    },
  },
  graphql: {
    enabled: true,
    config: {
      endpoint: '/graphql',
      defaultLimit: 25,
      maxLimit: 100,
      depthLimit: 10,
      // No Apollo landing page: it loads assets from the Internet.
      landingPage: false,
      // Introspection, field suggestions and the cost limits: set by the newsroom plugin
      // (newsroom config `graphql`): introspection off when NODE_ENV is production.
    },
  },
  documentation: {
    enabled: true,
    config: {
      info: {
        version: '1.0.0',
        title: 'Newsroom API',
        description: 'Published press releases, quotes and deployments of the newsroom, with news formats and feeds.',
      },
      'x-strapi-config': { plugins: ['newsroom', 'upload', 'users-permissions'] },
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
