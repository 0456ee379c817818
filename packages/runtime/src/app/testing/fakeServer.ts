/**
 * A fake `fetch` for page tests: routes by method and path pattern, records every request, and
 * answers JSON. Unit tests only; the e2e suite runs the real server.
 */
export interface FakeRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: Headers;
  readonly body: unknown;
}

export interface FakeResponse {
  readonly status?: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

type Handler = (request: FakeRequest, params: readonly string[]) => FakeResponse | Promise<FakeResponse>;

export interface FakeServer {
  readonly fetch: typeof fetch;
  readonly requests: FakeRequest[];
  on(method: string, path: RegExp, handler: Handler): FakeServer;
}

export function createFakeServer(): FakeServer {
  const routes: { method: string; path: RegExp; handler: Handler }[] = [];
  const requests: FakeRequest[] = [];
  const server: FakeServer = {
    requests,
    on(method, path, handler) {
      // Later registrations win, so a test can override a default route.
      routes.unshift({ method, path, handler });
      return server;
    },
    fetch: async (input, init) => {
      const url = new URL(String(input), 'http://app.test');
      const method = init?.method ?? 'GET';
      const raw = init?.body;
      const body = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
      const request: FakeRequest = { method, path: url.pathname, query: url.searchParams, headers: new Headers(init?.headers), body };
      requests.push(request);
      for (const route of routes) {
        const match = route.method === method ? route.path.exec(url.pathname) : null;
        if (match) {
          const answer = await route.handler(request, match.slice(1));
          const status = answer.status ?? 200;
          return new Response(status === 204 || answer.body === undefined ? null : JSON.stringify(answer.body), {
            status,
            headers: { 'content-type': 'application/json', ...answer.headers },
          });
        }
      }
      return new Response(JSON.stringify({ error: { code: 'not_found', message: 'Not found' } }), { status: 404 });
    },
  };
  return server;
}
