import type { Core } from '@strapi/strapi';

/**
 * Public sign-up through users-permissions (`POST /api/auth/local/register`, and new users
 * through login providers) is off unless `USERS_PUBLIC_REGISTRATION=true`. Applied at every start,
 * after users-permissions has written its defaults (which open it): configuration decides, not a
 * setting someone once toggled in the admin.
 */
export const applyPublicRegistrationSetting = async (strapi: Core.Strapi, allowed: boolean): Promise<void> => {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register === allowed) return;
  await store.set({ key: 'advanced', value: { ...advanced, allow_register: allowed } });
  strapi.log.info(`[newsroom] users-permissions public registration ${allowed ? 'open' : 'closed'} (USERS_PUBLIC_REGISTRATION)`);
};
