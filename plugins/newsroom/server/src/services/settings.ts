import type { Core } from '@strapi/strapi';

import { parseConfig, type NewsroomConfig } from '../config/schema';

/**
 * The plugin's configuration with its defaults applied. Strapi validates it once at load and it
 * does not change while the app runs: parsed once, on first use (it is read on every request).
 */
const settings = ({ strapi }: { strapi: Core.Strapi }) => {
  let parsed: NewsroomConfig | undefined;
  return {
    get(): NewsroomConfig {
      parsed ??= parseConfig(strapi.config.get('plugin::newsroom'));
      return parsed;
    },
  };
};

export type SettingsService = ReturnType<typeof settings>;
export default settings;
