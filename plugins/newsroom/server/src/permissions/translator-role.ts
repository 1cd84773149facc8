import type { Core } from '@strapi/strapi';

import { UIDS } from '../../../shared/domain';
import { PERMISSIONS } from '../../../shared/permissions';
import { TRANSLATED_UIDS } from '../translations/tracked-fields';

interface RoleService {
  createRolesIfNoneExist(): Promise<void>;
  findOne(params: Record<string, unknown>): Promise<{ id: number } | null>;
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
  assignPermissions(roleId: number, permissions: Array<Record<string, unknown>>): Promise<unknown>;
}

export const translatorRoleName = (locales: string[]) => `Newsroom translator (${locales.join(', ')})`;

const fieldsOf = (strapi: Core.Strapi, uid: string) =>
  Object.keys((strapi.contentType(uid as typeof UIDS.release) as unknown as { attributes: Record<string, unknown> }).attributes);

/**
 * An example admin role for translators of `locales`: may read the newsroom's content in every
 * locale, and create and update releases, quotes and deployments (and the people they name) only
 * in its locales; may not publish or delete; may view translation status and export and import
 * XLIFF; may use the editors' screens to read releases and compose their quotes and deployments
 * (not to publish). Created once, when missing; editors can copy or change it in Settings > Roles.
 */
export const ensureTranslatorRole = async (strapi: Core.Strapi, locales: string[], allLocales: string[]): Promise<number> => {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  // The admin creates its default roles (Super Admin, Editor, Author) only when there are none:
  // make sure they exist before adding ours.
  await roles.createRolesIfNoneExist();
  const name = translatorRoleName(locales);
  const existing = await roles.findOne({ name });
  if (existing) return existing.id;
  const role = await roles.create({ name, description: `Translates newsroom content into ${locales.join(', ')}; cannot publish` });
  const writable = [...TRANSLATED_UIDS, UIDS.person];
  await roles.assignPermissions(role.id, [
    ...[...writable, UIDS.organisation].map((uid) => ({
      action: 'plugin::content-manager.explorer.read',
      subject: uid,
      properties: { fields: fieldsOf(strapi, uid), locales: allLocales },
    })),
    ...writable.flatMap((uid) =>
      ['create', 'update'].map((verb) => ({
        action: `plugin::content-manager.explorer.${verb}`,
        subject: uid,
        properties: { fields: fieldsOf(strapi, uid), locales },
      })),
    ),
    { action: PERMISSIONS.translationsRead },
    { action: PERMISSIONS.translationsExport },
    { action: PERMISSIONS.translationsImport },
    // The editors' screens: may read releases and compose quotes and deployments, never publish.
    { action: PERMISSIONS.releasesRead },
    { action: PERMISSIONS.releasesCompose },
  ]);
  return role.id;
};
