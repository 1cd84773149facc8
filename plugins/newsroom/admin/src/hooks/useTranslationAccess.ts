import { useAuth, useRBAC } from '@strapi/strapi/admin';
import { useMemo } from 'react';

import { UIDS } from '../../../shared/domain';
import { PERMISSIONS } from '../../../shared/permissions';

const TRANSLATION_PERMISSIONS = [
  { action: PERMISSIONS.translationsRead, subject: null },
  { action: PERMISSIONS.translationsExport, subject: null },
  { action: PERMISSIONS.translationsImport, subject: null },
];

const UPDATE = 'plugin::content-manager.explorer.update';

/**
 * What the admin may do in the translation workflow: export, import / save / mark reviewed, and in
 * which locales (those its role may edit releases in; the server checks the same on every call).
 */
export const useTranslationAccess = (allLocales: string[]) => {
  const { allowedActions, isLoading } = useRBAC(TRANSLATION_PERMISSIONS);
  const permissions = useAuth('useTranslationAccess', (state) => state.permissions);
  const editableLocales = useMemo(() => {
    const grants = permissions.filter((permission) => permission.action === UPDATE && permission.subject === UIDS.release);
    if (grants.some((grant) => !Array.isArray(grant.properties?.locales))) return allLocales;
    const allowed = new Set(grants.flatMap((grant) => grant.properties?.locales ?? []));
    return allLocales.filter((code) => allowed.has(code));
  }, [permissions, allLocales]);
  return {
    isLoading,
    canExport: Boolean(allowedActions.canExport),
    /** Import XLIFF, save in the translation editor, mark reviewed. */
    canTranslate: Boolean(allowedActions.canImport),
    editableLocales,
  };
};
