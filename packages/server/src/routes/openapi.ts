import { ApiRouter, type RouteDoc } from '../http/ApiRouter.js';
import { buildOpenApiDocument } from '../openapi/buildOpenApiDocument.js';

/** `GET /api/openapi.json`: describes every route registered through ApiRouter, itself included. */
export function openApiRoutes(otherRoutes: () => readonly RouteDoc[]): ApiRouter {
  const api = new ApiRouter();
  api.route(
    {
      method: 'get',
      path: '/api/openapi.json',
      summary: 'This API, as an OpenAPI 3.1 document',
      tags: ['meta'],
      access: 'public',
      responses: { 200: { description: 'The document' } },
    },
    () => buildOpenApiDocument([...otherRoutes(), ...api.docs], { version: '0.1.0' }),
  );
  return api;
}
