import { useRBAC } from '@strapi/strapi/admin';

import { PERMISSIONS } from '../../../shared/permissions';

const CHECKED = [
  { action: PERMISSIONS.releasesCompose, subject: null },
  { action: PERMISSIONS.releasesPublish, subject: null },
];

/** What the signed-in admin may do with releases: edit quotes and deployments, publish. Hidden otherwise. */
export const useReleasePermissions = () => {
  const { allowedActions, isLoading } = useRBAC(CHECKED);
  return { canCompose: Boolean(allowedActions.canCompose), canPublish: Boolean(allowedActions.canPublish), isLoading };
};
