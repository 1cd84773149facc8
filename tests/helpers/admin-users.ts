import type { TestApp } from './strapi';

/** Creates an active admin user with the given role and logs them in: their bearer token. */
export const tokenForRole = async (app: TestApp, roleName: string, email: string): Promise<string> => {
  const role = (await app.strapi.db.query('admin::role').findOne({ where: { name: roleName } })) as { id: number } | null;
  if (!role) throw new Error(`No admin role "${roleName}"`);
  const password = 'Translator-Test-1';
  await (app.strapi.service('admin::user') as unknown as { create(a: Record<string, unknown>): Promise<unknown> }).create({
    firstname: 'Test',
    lastname: roleName,
    email,
    password,
    isActive: true,
    roles: [role.id],
    registrationToken: null,
  });
  const response = await app.http().post('/admin/login').send({ email, password });
  if (response.status !== 200) throw new Error(`login failed: ${JSON.stringify(response.body)}`);
  return response.body.data.token as string;
};

const NEWSROOM_UIDS = [
  'plugin::newsroom.release',
  'plugin::newsroom.quote',
  'plugin::newsroom.deployment',
  'plugin::newsroom.person',
  'plugin::newsroom.organisation',
];

/**
 * Creates (once) an admin role with every content-manager action on the newsroom's types in
 * `locales` and every newsroom permission, like an editor a press office
 * would set up in Settings > Roles.
 */
export const ensureLocaleRole = async (app: TestApp, name: string, locales: string[]): Promise<void> => {
  const roles = app.strapi.service('admin::role') as unknown as {
    findOne(params: Record<string, unknown>): Promise<{ id: number } | null>;
    create(attributes: Record<string, unknown>): Promise<{ id: number }>;
    assignPermissions(roleId: number, permissions: Array<Record<string, unknown>>): Promise<unknown>;
  };
  if (await roles.findOne({ name })) return;
  const role = await roles.create({ name, description: `Test role (${locales.join(', ')})` });
  const fieldsOf = (uid: string) =>
    Object.keys((app.strapi.contentType(uid as 'plugin::newsroom.release') as unknown as { attributes: object }).attributes);
  await roles.assignPermissions(role.id, [
    ...NEWSROOM_UIDS.flatMap((uid) => [
      ...['create', 'read', 'update'].map((verb) => ({
        action: `plugin::content-manager.explorer.${verb}`,
        subject: uid,
        properties: { fields: fieldsOf(uid), locales },
      })),
      ...['delete', 'publish'].map((verb) => ({
        action: `plugin::content-manager.explorer.${verb}`,
        subject: uid,
        properties: { locales },
      })),
    ]),
    ...['translations.read', 'translations.export', 'translations.import', 'releases.read', 'releases.compose', 'releases.publish'].map(
      (action) => ({ action: `plugin::newsroom.${action}` }),
    ),
  ]);
};
