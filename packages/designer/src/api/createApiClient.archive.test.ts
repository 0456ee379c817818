import { describe, expect, it } from 'vitest';
import { ApiError } from './ApiError.js';
import { createApiClient } from './createApiClient.js';

/** A fetch that answers every call with `body` and `status`, and records what was sent. */
function fakeFetch(status: number, body: unknown) {
  const sent: { method: string; url: string; body: unknown; contentType: string | null }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({
      method: init?.method ?? 'GET',
      url: String(input),
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body,
      contentType: new Headers(init?.headers).get('content-type'),
    });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetchImpl, sent };
}

const archivedView = { id: 'frm 1', appId: 'app_1', title: 'Visit', archivedAt: '2024-05-06T08:00:00.000Z', archivedBy: 'u_1' };

describe('archiving a form', () => {
  it('posts an empty JSON body to /archive and reads the form view back', async () => {
    const server = fakeFetch(200, archivedView);
    const form = await createApiClient(server.fetchImpl).archiveForm('frm 1');
    expect(form.archivedAt).toBe('2024-05-06T08:00:00.000Z');
    expect(server.sent).toEqual([{ method: 'POST', url: '/api/forms/frm%201/archive', body: {}, contentType: 'application/json' }]);
  });

  it('posts to /unarchive and accepts a view wrapped in { form }', async () => {
    const server = fakeFetch(200, { form: { ...archivedView, archivedAt: null, archivedBy: null } });
    const form = await createApiClient(server.fetchImpl).unarchiveForm('frm 1');
    expect(form).toMatchObject({ id: 'frm 1', archivedAt: null });
    expect(server.sent.map(({ method, url, body }) => ({ method, url, body }))).toEqual([{ method: 'POST', url: '/api/forms/frm%201/unarchive', body: {} }]);
  });

  it('rejects with the server’s code when the form already is archived', async () => {
    const server = fakeFetch(409, { error: { code: 'form_archived', message: 'This form is archived' } });
    const failure = await createApiClient(server.fetchImpl).archiveForm('frm_1').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 409, code: 'form_archived', message: 'This form is archived' });
  });
});
