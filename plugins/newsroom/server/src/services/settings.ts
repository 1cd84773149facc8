import type { Core } from '@strapi/strapi';

import { parseConfig, type NewsroomConfig } from '../config/schema';

/** The plugin's configuration with its defaults applied (validated once at load by Strapi). */
const settings = ({ strapi }: { strapi: Core.Strapi }) => ({
  get(): NewsroomConfig {
    return parseConfig(strapi.config.get('plugin::newsroom'));
  },
});

export type SettingsService = ReturnType<typeof settings>;
export default settings;
