import type { Core } from '@strapi/strapi';

export interface AdminCredentials {
  email: string;
  password: string;
  firstname?: string;
  lastname?: string;
}

interface RoleService {
  getSuperAdmin(): Promise<{ id: number } | null>;
}
interface UserService {
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
}

/** Creates the first super admin when the app has none. Returns whether it created one. */
export const ensureSuperAdmin = async (strapi: Core.Strapi, credentials: AdminCredentials): Promise<boolean> => {
  const count = await strapi.db.query('admin::user').count({});
  if (count > 0) return false;
  const role = await (strapi.service('admin::role') as unknown as RoleService).getSuperAdmin();
  if (!role) throw new Error('The admin super admin role is missing: has the admin bootstrapped?');
  await (strapi.service('admin::user') as unknown as UserService).create({
    firstname: credentials.firstname ?? 'Newsroom',
    lastname: credentials.lastname ?? 'Editor',
    email: credentials.email,
    password: credentials.password,
    isActive: true,
    roles: [role.id],
    registrationToken: null,
  });
  return true;
};
