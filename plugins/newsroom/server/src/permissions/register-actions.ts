import type { Core } from '@strapi/strapi';

import { ACTIONS } from '../../../shared/permissions';

interface ActionProvider {
  registerMany(actions: Array<Record<string, unknown>>): Promise<void>;
}

/** Registers the newsroom's admin actions so roles can grant them. */
export const registerActions = async (strapi: Core.Strapi): Promise<void> => {
  const provider = (strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider }).actionProvider;
  await provider.registerMany(
    ACTIONS.map((action) => ({
      section: 'plugins',
      pluginName: 'newsroom',
      uid: action.uid,
      displayName: action.displayName,
      subCategory: action.category,
    })),
  );
};
