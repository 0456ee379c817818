/** A response as tests look at it: status, headers and the parsed JSON (or text) body. */
export interface TestResponse<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export interface RequestOptions {
  /** Sent as JSON (with Content-Type: application/json). */
  readonly body?: unknown;
  /** Sent as is, e.g. malformed JSON; set the content type in `headers`. */
  readonly rawBody?: string | Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * An HTTP client for one signed-in (or anonymous) caller: keeps the session cookie between calls,
 * as a browser would, and sends `Content-Type: application/json` on writes (the CSRF guard wants it).
 *
 * @example
 * const admin = await server.loginAsAdmin();
 * const created = await admin.post<{ id: string }>('/api/apps', { name: 'CRM' });
 * expect(created.status).toBe(201);
 */
export class TestClient {
  private cookie: string | undefined;

  constructor(readonly baseUrl: string) {}

  /** The same caller (the same session cookie) talking to another server, e.g. a second process on one database. */
  via(baseUrl: string): TestClient {
    const other = new TestClient(baseUrl);
    other.cookie = this.cookie;
    return other;
  }

  /** The raw session token held, if signed in. */
  get sessionToken(): string | undefined {
    return this.cookie?.split('=')[1];
  }

  get<T = unknown>(path: string, options: RequestOptions = {}): Promise<TestResponse<T>> {
    return this.request<T>('GET', path, options);
  }

  post<T = unknown>(path: string, body?: unknown, options: RequestOptions = {}): Promise<TestResponse<T>> {
    return this.request<T>('POST', path, { ...options, body });
  }

  put<T = unknown>(path: string, body?: unknown, options: RequestOptions = {}): Promise<TestResponse<T>> {
    return this.request<T>('PUT', path, { ...options, body });
  }

  patch<T = unknown>(path: string, body?: unknown, options: RequestOptions = {}): Promise<TestResponse<T>> {
    return this.request<T>('PATCH', path, { ...options, body });
  }

  delete<T = unknown>(path: string, options: RequestOptions = {}): Promise<TestResponse<T>> {
    return this.request<T>('DELETE', path, options);
  }

  async request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<TestResponse<T>> {
    const headers: Record<string, string> = {};
    if (method !== 'GET' && method !== 'HEAD') headers['content-type'] = 'application/json';
    if (this.cookie) headers['cookie'] = this.cookie;
    Object.assign(headers, options.headers);
    const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(body !== undefined ? { body } : {}), redirect: 'manual' });
    this.remember(response.headers.getSetCookie());
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').includes('json');
    return { status: response.status, headers: response.headers, body: (isJson && text !== '' ? JSON.parse(text) : text) as T };
  }

  private remember(setCookies: readonly string[]): void {
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      if (!pair.startsWith('formwork_session=')) continue;
      this.cookie = /Max-Age=0(;|$)/i.test(line) || pair === 'formwork_session=' ? undefined : pair;
    }
  }
}
