import type { Core } from '@strapi/strapi';

import type { PermissionLike } from './locale-scope';

interface AdminUser {
  id: number;
  roles?: Array<{ code?: string }>;
}

interface RequestState {
  user?: AdminUser;
  auth?: { strategy?: { name?: string } };
}

/** The admin behind the current request and their role's permissions; null for the server itself or a super admin. */
export interface ActingAdmin {
  user: AdminUser;
  permissions: PermissionLike[];
}

const ADMIN_STRATEGIES = new Set(['admin', 'admin-token']);
const cache = new WeakMap<object, Promise<ActingAdmin | null>>();

const load = async (strapi: Core.Strapi, state: RequestState): Promise<ActingAdmin | null> => {
  const { user } = state;
  if (!user || !ADMIN_STRATEGIES.has(state.auth?.strategy?.name ?? '')) return null;
  const roles = strapi.service('admin::role') as unknown as { hasSuperAdminRole(user: AdminUser): boolean };
  if (roles.hasSuperAdminRole(user)) return null;
  const permissions = strapi.service('admin::permission') as unknown as {
    findUserPermissions(user: AdminUser): Promise<PermissionLike[]>;
  };
  return { user, permissions: await permissions.findUserPermissions(user) };
};

/**
 * The admin user whose request is running (Strapi keeps the Koa context of each request in
 * `strapi.requestContext`), looked up once per request. Writes with no admin request around them
 * (seeding, imports at start, scripts) and a super admin's writes are not limited: null.
 */
export const actingAdmin = (strapi: Core.Strapi): Promise<ActingAdmin | null> => {
  const ctx = strapi.requestContext.get() as { state?: RequestState } | undefined;
  if (!ctx?.state) return Promise.resolve(null);
  let found = cache.get(ctx);
  if (!found) {
    found = load(strapi, ctx.state);
    cache.set(ctx, found);
  }
  return found;
};
