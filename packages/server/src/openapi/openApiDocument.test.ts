import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toOpenApiPath } from './buildOpenApiDocument.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every route express actually has, found by walking its router stack (nested routers included). */
function registeredApiRoutes(app: Express): { method: string; path: string }[] {
  const routes: { method: string; path: string }[] = [];
  const walk = (stack: readonly Layer[]): void => {
    for (const layer of stack) {
      if (layer.route) {
        for (const [method, enabled] of Object.entries(layer.route.methods)) {
          if (enabled && method !== '_all') routes.push({ method, path: layer.route.path });
        }
      } else if (layer.handle?.stack) walk(layer.handle.stack);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack);
  return routes.filter((route) => route.path.startsWith('/api'));
}

interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, { summary: string; security: unknown[]; responses: Record<string, unknown>; requestBody?: unknown }>>;
}

describe('GET /api/openapi.json', () => {
  it('is a public OpenAPI 3.1 document', async () => {
    const response = await server.anonymous().get<OpenApi>('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
  });

  it('describes every route express has registered under /api, and nothing more', async () => {
    const { body } = await server.anonymous().get<OpenApi>('/api/openapi.json');
    const registered = registeredApiRoutes(server.app);
    expect(registered.length).toBeGreaterThan(15);
    const described = Object.entries(body.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method} ${path}`));
    expect(described.sort()).toEqual(registered.map((route) => `${route.method} ${toOpenApiPath(route.path)}`).sort());
  });

  it('marks which routes need a session and documents request bodies', async () => {
    const { body } = await server.anonymous().get<OpenApi>('/api/openapi.json');
    expect(body.paths['/api/auth/login']?.['post']?.security).toEqual([]);
    expect(body.paths['/api/users']?.['post']?.security).toEqual([{ sessionCookie: [] }]);
    expect(body.paths['/api/users']?.['post']?.responses).toHaveProperty('403');
    expect(body.paths['/api/users']?.['post']?.requestBody).toMatchObject({
      content: { 'application/json': { schema: { type: 'object', required: ['username', 'password'], additionalProperties: false } } },
    });
  });
});
