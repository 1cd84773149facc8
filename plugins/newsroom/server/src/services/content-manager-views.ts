import type { Core } from '@strapi/strapi';

import { applyView, defaultMainField, VIEWS, type ViewConfiguration } from '../content-manager/view-defaults';

interface ContentTypesService {
  findConfiguration(contentType: { uid: string }): Promise<ViewConfiguration>;
  updateConfiguration(contentType: { uid: string }, configuration: ViewConfiguration): Promise<unknown>;
}

type Attributes = Record<string, { type: string; target?: string }>;

/**
 * At start, gives the newsroom's types human labels, hints and main fields in the content
 * manager (Settings > Content manager > Configure the view), leaving alone whatever an admin has
 * changed there. Runs after the content manager has synced its configurations (its bootstrap).
 */
const configureContentManagerViews = async (strapi: Core.Strapi): Promise<void> => {
  const service = strapi.plugin('content-manager')?.service('content-types') as unknown as ContentTypesService | undefined;
  if (!service) return;
  const attributesOf = (uid: string) => (strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as unknown as { attributes: Attributes } | undefined)?.attributes;
  for (const [uid, view] of Object.entries(VIEWS)) {
    const attributes = attributesOf(uid);
    if (!attributes) continue;
    const configuration = await service.findConfiguration({ uid });
    if (!configuration.settings || !configuration.metadatas) continue; // not synced yet: next start
    const stored: ViewConfiguration = { ...configuration };
    delete stored.uid;
    const changed = applyView(stored, attributes, view, (target) => {
      const targetAttributes = attributesOf(target);
      return { default: targetAttributes ? defaultMainField(targetAttributes) : 'id', wanted: VIEWS[target]?.mainField };
    });
    if (changed) await service.updateConfiguration({ uid }, stored);
  }
};

/** The service (`getService(strapi, 'content-manager-views').configure()`): run at bootstrap. */
const contentManagerViews = ({ strapi }: { strapi: Core.Strapi }) => ({
  configure: () => configureContentManagerViews(strapi),
});

export type ContentManagerViewsService = ReturnType<typeof contentManagerViews>;
export default contentManagerViews;
