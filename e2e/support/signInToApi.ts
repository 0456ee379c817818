/** A call to the server's API as one signed-in user: the JSON answer, or an error naming the call and what the server said. */
export type ApiCall = <T>(method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<T>;

/**
 * Signs in over HTTP (the way the journeys seed data the UI under test does not build) and
 * answers a caller that sends that user's session cookie.
 *
 * @example
 * const admin = await signInToApi(server.url, server.admin.username, server.admin.password);
 * const app = await admin<{ id: string }>('POST', '/api/apps', { name: 'Sales' });
 */
export async function signInToApi(url: string, username: string, password: string): Promise<ApiCall> {
  const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
  if (!login.ok) throw new Error(`login ${username} → ${login.status}: ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return async <T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> => {
    const response = await fetch(`${url}${path}`, { method, headers: { cookie, 'content-type': 'application/json', ...headers }, body: body === undefined ? null : JSON.stringify(body) });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    return (text === '' ? undefined : JSON.parse(text)) as T;
  };
}
