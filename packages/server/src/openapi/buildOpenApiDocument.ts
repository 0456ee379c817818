import type { RouteDoc } from '../http/ApiRouter.js';
import type { JsonSchema } from '../http/validation/ValueSchema.js';

const errorEnvelopeSchema: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'details'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string', description: 'In the caller’s language (?lang= or Accept-Language)' },
        details: { description: 'null, a list of { pointer, code, message }, or an object' },
      },
    },
  },
};

/** Express `:param` → OpenAPI `{param}`. */
export function toOpenApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/**
 * The OpenAPI 3.1 document for a set of routes, built from the same descriptions that
 * `ApiRouter` enforces (access, body, query), so the two cannot drift apart.
 */
export function buildOpenApiDocument(routes: readonly RouteDoc[], info: { readonly version: string }): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = toOpenApiPath(route.path);
    const parameters = [
      ...[...route.path.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => ({ name: match[1], in: 'path', required: true, schema: { type: 'string' } })),
      ...Object.entries(route.headers ?? {}).map(([name, description]) => ({ name, in: 'header', required: false, description, schema: { type: 'string' } })),
      ...queryParameters(route.query),
      { name: 'lang', in: 'query', required: false, description: 'zh-CN or en (overrides Accept-Language)', schema: { type: 'string' } },
    ];
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      const isError = Number(status) >= 400;
      const schema = response.schema ?? (isError ? errorEnvelopeSchema : undefined);
      responses[status] = { description: response.description, ...(schema ? { content: { 'application/json': { schema } } } : {}) };
    }
    if (route.access !== 'public') {
      responses['401'] ??= { description: 'Not signed in', content: { 'application/json': { schema: errorEnvelopeSchema } } };
    }
    if (route.access === 'admin') {
      responses['403'] ??= { description: 'Admins only', content: { 'application/json': { schema: errorEnvelopeSchema } } };
    }
    if (route.body) {
      responses['400'] ??= { description: 'Invalid body', content: { 'application/json': { schema: errorEnvelopeSchema } } };
    }
    responses['default'] = { description: 'Any other failure', content: { 'application/json': { schema: errorEnvelopeSchema } } };
    paths[path] ??= {};
    paths[path][route.method] = {
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: route.tags,
      'x-access': route.access,
      security: route.access === 'public' ? [] : [{ sessionCookie: [] }],
      parameters,
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: route.body } } } } : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Formwork API',
      version: info.version,
      description:
        'JSON in, JSON out. Every failure is { error: { code, message, details } }. State-changing requests must send Content-Type: application/json (uploads: X-Requested-With) and, from a browser, come from this origin.',
    },
    paths,
    components: {
      securitySchemes: { sessionCookie: { type: 'apiKey', in: 'cookie', name: 'formwork_session' } },
      schemas: { ErrorEnvelope: errorEnvelopeSchema },
    },
  };
}

function queryParameters(query: JsonSchema | undefined): unknown[] {
  const properties = (query?.['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((query?.['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, schema]) => ({ name, in: 'query', required: required.has(name), schema }));
}
