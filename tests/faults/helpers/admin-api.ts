/** The admin API of a spawned Strapi, as an editor's browser calls it (bearer token). */
import { FAULT_ADMIN } from './strapi-process';

export const login = async (baseURL: string): Promise<string> => {
  const response = await fetch(`${baseURL}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(FAULT_ADMIN),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (response.status !== 200 || !body.data?.token) throw new Error(`admin login failed: ${response.status} ${JSON.stringify(body)}`);
  return body.data.token;
};

export const adminRequest = (token: string, method: string, body?: unknown, contentType = 'application/json'): RequestInit => ({
  method,
  headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': contentType }) },
  body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
});

export const adminCall = async <T>(baseURL: string, token: string, method: string, url: string, body?: unknown, contentType?: string) => {
  const response = await fetch(`${baseURL}${url}`, adminRequest(token, method, body, contentType));
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) as T };
};
