/**
 * Admin REST calls from a browser test (Node's fetch against the test server), for setting up
 * what a scenario needs without clicking through it: users of a role, source changes, publishing.
 */
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
