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
