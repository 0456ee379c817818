import { describe, expect, it } from 'vitest';
import { importRowErrorsOf } from '../ui/org/importRowErrorsOf.js';
import { createApiClient } from './createApiClient.js';

/** A fetch answering `body` with `status`, keeping each request as it was sent. */
function recordingFetch(status: number, body: unknown) {
  const sent: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    sent.push({ url: String(input), init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetchImpl, sent };
}

describe('the organisation admin calls', () => {
  it('upload a user import as multipart with the header the CSRF guard asks of non-JSON writes', async () => {
    const server = recordingFetch(201, { created: 1, users: [{ row: 2, id: 'usr_1', username: 'li.na', name: 'Li Na', initialPassword: 'Generated-pass-1' }] });
    const file = new Blob(['用户名\nli.na\n'], { type: 'text/csv' });
    const imported = await createApiClient(server.fetchImpl).importUsers(file, 'users.csv');
    expect(imported).toEqual([{ row: 2, id: 'usr_1', username: 'li.na', name: 'Li Na', initialPassword: 'Generated-pass-1' }]);
    const [request] = server.sent;
    expect(request?.url).toBe('/api/users/import');
    expect(request?.init.method).toBe('POST');
    expect(request?.init.body).toBeInstanceOf(FormData);
    expect((request?.init.body as FormData).get('file')).toBeInstanceOf(Blob);
    // The browser must write the multipart content type (with its boundary) itself.
    expect(request?.init.headers).toEqual({ accept: 'application/json', 'x-requested-with': 'fetch' });
  });

  it('hand over the rows of a refused import', async () => {
    const server = recordingFetch(400, {
      error: { code: 'import_invalid', message: 'Nothing was imported: 2 problems', details: { rows: 2, errorCount: 2, errors: [{ row: 2, column: 'Department', fieldId: null, code: 'unknown_department', message: 'No such department' }, { row: 3, column: null, message: 'Broken' }, { column: 'x' }] } },
    });
    const failure = await createApiClient(server.fetchImpl).importUsers(new Blob(['x']), 'users.csv').catch((error: unknown) => error);
    expect(importRowErrorsOf(failure)).toEqual({
      errorCount: 2,
      errors: [
        { row: 2, column: 'Department', message: 'No such department' },
        { row: 3, column: null, message: 'Broken' },
      ],
    });
  });

  it('change users and departments with JSON', async () => {
    const server = recordingFetch(200, { id: 'usr_1', username: 'li.na', name: 'Li Na', role: 'member', departmentId: null, disabled: true });
    const api = createApiClient(server.fetchImpl);
    await api.updateUser('usr_1', { disabled: true });
    await api.updateDepartment('dep_1', { parentId: 'dep_2' });
    expect(server.sent.map(({ url, init }) => [init.method, url, init.body])).toEqual([
      ['PATCH', '/api/users/usr_1', '{"disabled":true}'],
      ['PATCH', '/api/departments/dep_1', '{"parentId":"dep_2"}'],
    ]);
    expect(api.userImportTemplateUrl('xlsx', 'zh-CN')).toBe('/api/users/import/template?format=xlsx&lang=zh-CN');
  });
});
