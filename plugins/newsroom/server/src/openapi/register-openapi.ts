import type { Core } from '@strapi/strapi';

import { PATHS } from './paths';
import { SCHEMAS } from './schemas';

interface OverrideService {
  registerOverride(override: Record<string, unknown>, options?: { pluginOrigin?: string; excludeFromGeneration?: string[] }): void;
}

/** The newsroom's OpenAPI description (paths and schemas), for @strapi/plugin-documentation. */
export const newsroomOpenApi = () => ({
  tags: [{ name: 'Newsroom', description: 'Published press releases, quotes and deployments, news formats and feeds' }],
  paths: PATHS,
  components: { schemas: SCHEMAS },
});

/**
 * When @strapi/plugin-documentation is installed, the newsroom's routes appear in its OpenAPI
 * document as described here (instead of the generic entries it would generate for them).
 */
export const registerOpenApi = (strapi: Core.Strapi): void => {
  const documentation = strapi.plugin('documentation');
  if (!documentation) return;
  (documentation.service('override') as unknown as OverrideService).registerOverride(newsroomOpenApi(), {
    excludeFromGeneration: ['newsroom'],
  });
};
