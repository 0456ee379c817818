import { describe, expect, it } from 'vitest';
import { ApiError } from './ApiError.js';
import { createApiClient } from './createApiClient.js';

function answering(status: number, body: unknown) {
  const urls: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    urls.push(String(input));
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetchImpl, urls };
}

describe('reading a published version', () => {
  it('gets /api/forms/:id/versions/:version and returns its schema', async () => {
    const server = answering(200, { version: 2, publishedAt: '2024-05-06T08:00:00.000Z', publishedBy: 'u_1', schema: { kind: 'form' } });
    const version = await createApiClient(server.fetchImpl).getFormVersion('frm 1', 2);
    expect(server.urls).toEqual(['/api/forms/frm%201/versions/2']);
    expect(version.schema).toEqual({ kind: 'form' });
  });

  it('passes a 404 on as an ApiError', async () => {
    const server = answering(404, { error: { code: 'not_found', message: 'No such version' } });
    const failure = await createApiClient(server.fetchImpl).getFormVersion('frm_1', 9).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(404);
  });
});
