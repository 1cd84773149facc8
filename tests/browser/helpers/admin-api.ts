/**
 * Admin REST calls from a browser test (Node's fetch against the test server), for setting up
 * what a scenario needs without clicking through it: log in, users of a role or with a preferred
 * interface language, source changes, publishing, reading a release as the API has it.
 */
import type { ComposerRelease } from '../../../plugins/newsroom/shared/contracts/dashboard';
import type { Credentials } from '../pages';

export interface AdminApi {
  token: string;
  call<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

export const adminApi = async (baseURL: string, credentials: { email: string; password: string }): Promise<AdminApi> => {
  const raw = async (method: string, path: string, body: unknown, token?: string) => {
    const response = await fetch(`${baseURL}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as never };
  };
  const login = await raw('POST', '/admin/login', credentials);
  if (login.status !== 200) throw new Error(`admin login failed: ${login.status} ${JSON.stringify(login.body)}`);
  const token = (login.body as { data: { token: string } }).data.token;
  return { token, call: (method, path, body) => raw(method, path, body, token) };
};

/** Creates an active admin user with the named role (invitation then registration, as the admin UI does). */
export const createUserWithRole = async (
  api: AdminApi,
  roleName: string,
  user: { email: string; password: string; firstname: string; lastname: string },
): Promise<void> => {
  const roles = await api.call<{ data: Array<{ id: number; name: string }> }>('GET', '/admin/roles');
  const role = roles.body.data.find((item) => item.name === roleName);
  if (!role) throw new Error(`No admin role "${roleName}" (roles: ${roles.body.data.map((item) => item.name).join(', ')})`);
  const created = await api.call<{ data: { registrationToken: string } }>('POST', '/admin/users', {
    firstname: user.firstname,
    lastname: user.lastname,
    email: user.email,
    roles: [role.id],
  });
  if (created.status !== 201) throw new Error(`creating ${user.email}: ${created.status} ${JSON.stringify(created.body)}`);
  const registered = await api.call('POST', '/admin/register', {
    registrationToken: created.body.data.registrationToken,
    userInfo: { firstname: user.firstname, lastname: user.lastname, password: user.password },
  });
  if (registered.status !== 200) throw new Error(`registering ${user.email}: ${registered.status} ${JSON.stringify(registered.body)}`);
};

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
