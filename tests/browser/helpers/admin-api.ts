/**
 * Admin REST calls the browser tests make beside the UI (plain fetch against the test server):
 * log in, create an admin user with a preferred interface language, read a release as the API has it.
 */
import type { ComposerRelease } from '../../../plugins/newsroom/shared/contracts/dashboard';
import type { Credentials } from '../pages';

const json = async <T>(response: Response, what: string): Promise<T> => {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};

export const adminLogin = async (baseURL: string, credentials: Credentials): Promise<string> => {
  const response = await fetch(`${baseURL}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  return (await json<{ data: { token: string } }>(response, 'admin login')).data.token;
};

const authed = (token: string, body?: unknown): RequestInit => ({
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

/**
 * A Super Admin whose admin interface is in `language` (the user's preferred language, as set in
 * its profile): invited by `token`, registered with `credentials`. Answers the new user's token.
 */
export const createAdminWithLanguage = async (
  baseURL: string,
  token: string,
  credentials: Credentials,
  language: string,
): Promise<string> => {
  const roles = await json<{ data: Array<{ id: number; code: string }> }>(
    await fetch(`${baseURL}/admin/roles`, authed(token)),
    'roles',
  );
  const superAdmin = roles.data.find((role) => role.code === 'strapi-super-admin')!;
  const invited = await json<{ data: { registrationToken: string } }>(
    await fetch(`${baseURL}/admin/users`, {
      method: 'POST',
      ...authed(token, { firstname: 'Élise', lastname: 'Rédactrice', email: credentials.email, roles: [superAdmin.id] }),
    }),
    'invite admin user',
  );
  const registered = await json<{ data: { token: string } }>(
    await fetch(`${baseURL}/admin/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        registrationToken: invited.data.registrationToken,
        userInfo: { firstname: 'Élise', lastname: 'Rédactrice', password: credentials.password },
      }),
    }),
    'register admin user',
  );
  await json(
    await fetch(`${baseURL}/admin/users/me`, { method: 'PUT', ...authed(registered.data.token, { preferedLanguage: language }) }),
    'set preferred language',
  );
  return registered.data.token;
};

export const composerRelease = async (
  baseURL: string,
  token: string,
  documentId: string,
  locale: string,
): Promise<ComposerRelease> =>
  (
    await json<{ data: ComposerRelease }>(
      await fetch(`${baseURL}/newsroom/releases/${documentId}?locale=${locale}`, authed(token)),
      'release',
    )
  ).data;

export const findReleaseId = async (baseURL: string, token: string, search: string): Promise<string> => {
  const list = await json<{ data: Array<{ documentId: string }> }>(
    await fetch(`${baseURL}/newsroom/releases?search=${encodeURIComponent(search)}`, authed(token)),
    'dashboard',
  );
  return list.data[0]!.documentId;
};
