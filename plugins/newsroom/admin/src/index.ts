import type { StrapiApp } from '@strapi/strapi/admin';

import { PERMISSIONS } from '../../shared/permissions';
import { Initializer } from './components/Initializer';
import { PluginIcon } from './components/PluginIcon';
import { ReleaseComposerPanel } from './components/ReleaseComposerPanel';
import { TranslationPanel } from './components/TranslationPanel';
import { PLUGIN_ID } from './pluginId';

interface ContentManagerApis {
  addEditViewSidePanel(panels: unknown[]): void;
}

const plugin = {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Newsroom' },
      Component: () => import('./pages/App'),
      permissions: [
        { action: 'plugin::newsroom.releases.read', subject: null },
        { action: PERMISSIONS.translationsRead, subject: null },
      ],
    });
    app.registerPlugin({ id: PLUGIN_ID, initializer: Initializer, isReady: false, name: PLUGIN_ID });
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as { apis: ContentManagerApis } | undefined;
    contentManager?.apis.addEditViewSidePanel([ReleaseComposerPanel, TranslationPanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(
      locales.map(async (locale) => {
        try {
          const { default: data } = (await import(`./translations/${locale}.json`)) as {
            default: Record<string, string>;
          };
          return {
            data: Object.fromEntries(Object.entries(data).map(([key, value]) => [`${PLUGIN_ID}.${key}`, value])),
            locale,
          };
        } catch {
          return { data: {}, locale };
        }
      }),
    );
  },
};

export default plugin;
