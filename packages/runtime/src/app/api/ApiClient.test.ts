import { describe, expect, it } from 'vitest';
import { createFakeServer } from '../testing/fakeServer.js';
import { ApiClient } from './ApiClient.js';
import { ApiError } from './ApiError.js';
import { toSubmitOutcome } from './toSubmitOutcome.js';

describe('ApiClient', () => {
  it('sends JSON with the language and the CSRF header, and parses the answer', async () => {
    const server = createFakeServer().on('POST', /^\/api\/things$/, (request) => ({ status: 201, body: { echo: request.body } }));
    const client = new ApiClient({ fetch: server.fetch, locale: 'en' });
    await expect(client.request('/api/things', { method: 'POST', body: { a: 1 } })).resolves.toEqual({ echo: { a: 1 } });
    const headers = server.requests[0]?.headers;
    expect(headers?.get('content-type')).toBe('application/json');
    expect(headers?.get('accept-language')).toBe('en');
    expect(headers?.get('x-requested-with')).toBe('fetch');
  });

  it("gives links the browser follows itself (exports) the app's language as lang, since they carry no header of ours", () => {
    const client = new ApiClient({ fetch: createFakeServer().fetch, locale: 'en' });
    expect(client.linkUrl('/api/forms/f1/export', { format: 'xlsx', filter: undefined })).toBe('/api/forms/f1/export?format=xlsx&lang=en');
    client.locale = 'zh-CN';
    expect(new URL(client.linkUrl('/api/forms/f1/export', { format: 'csv' }), 'http://x').searchParams.get('lang')).toBe('zh-CN');
    expect(client.url('/api/forms/f1/export', { format: 'csv' })).toBe('/api/forms/f1/export?format=csv');
  });

  it('turns the error envelope into an ApiError with its details', async () => {
    const server = createFakeServer().on('POST', /^\/api\/x$/, () => ({
      status: 400,
      body: { error: { code: 'invalid_record', message: '记录有误', details: [{ fieldId: 'f_a', pointer: '/data/f_a', code: 'required', message: '必填' }] } },
    }));
    const error = await new ApiClient({ fetch: server.fetch, locale: 'zh-CN' }).request('/api/x', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'invalid_record', message: '记录有误', details: [{ fieldId: 'f_a', pointer: '/data/f_a', message: '必填' }] });
    expect((error as ApiError).retryable).toBe(false);
  });

  it('reports an unreachable server as a retryable status 0 in the user language', async () => {
    const client = new ApiClient({ fetch: () => Promise.reject(new TypeError('Failed to fetch')), locale: 'en' });
    const error = (await client.request('/api/me').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(0);
    expect(error.retryable).toBe(true);
    expect(error.message).toMatch(/Cannot reach the server/);
  });

  it('copes with an error that is not an envelope', async () => {
    const client = new ApiClient({ fetch: async () => new Response('<html>bad gateway</html>', { status: 502 }), locale: 'en' });
    const error = (await client.request('/api/me').catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.retryable).toBe(true);
  });
});

describe('toSubmitOutcome', () => {
  it('maps refusals to field errors by record pointer and failures to retries', async () => {
    const refused = new ApiError(400, 'invalid_record', 'Bad', [{ pointer: '/data/f_items/1/f_qty', message: 'Too many' }, { fieldId: 'f_b', message: 'Taken' }]);
    await expect(toSubmitOutcome(Promise.reject(refused))).resolves.toEqual({
      kind: 'rejected',
      message: 'Bad',
      fieldErrors: [
        { pointer: '/f_items/1/f_qty', message: 'Too many' },
        { pointer: '/f_b', message: 'Taken' },
      ],
    });
    await expect(toSubmitOutcome(Promise.reject(new ApiError(503, 'x', 'Later')))).resolves.toEqual({ kind: 'failed', message: 'Later' });
    await expect(toSubmitOutcome(Promise.resolve({ id: 'r1' }))).resolves.toEqual({ kind: 'accepted', recordId: 'r1' });
  });
});
