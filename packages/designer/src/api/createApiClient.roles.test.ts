import { describe, expect, it } from 'vitest';
import { ApiError } from './ApiError.js';
import { createApiClient } from './createApiClient.js';

/** A fetch answering each request with the next of `answers`, keeping the requests as sent. */
function scriptedFetch(answers: readonly { status: number; body?: unknown }[]) {
  const sent: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const answer = answers[sent.length] ?? { status: 500 };
    sent.push({ url: String(input), init });
    return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetchImpl, sent };
}

const finance = { id: 'rol_1', name: '财务', description: '合同会签', memberIds: ['usr_li'] };

describe('the organisation role calls', () => {
  it('list, create, change and delete roles with JSON, reading the bare role the server answers', async () => {
    const server = scriptedFetch([{ status: 200, body: { items: [finance] } }, { status: 201, body: finance }, { status: 200, body: { ...finance, name: '财务部' } }, { status: 204 }]);
    const api = createApiClient(server.fetchImpl);
    expect(await api.listRoles()).toEqual([finance]);
    expect(await api.createRole({ name: '财务', description: '合同会签', memberIds: ['usr_li'] })).toEqual(finance);
    expect((await api.updateRole('rol_1', { name: '财务部' })).name).toBe('财务部');
    await api.deleteRole('rol_1');
    expect(server.sent.map(({ url, init }) => [init.method, url, init.body])).toEqual([
      ['GET', '/api/roles', undefined],
      ['POST', '/api/roles', '{"name":"财务","description":"合同会签","memberIds":["usr_li"]}'],
      ['PATCH', '/api/roles/rol_1', '{"name":"财务部"}'],
      ['DELETE', '/api/roles/rol_1', undefined],
    ]);
  });

  it('reject a taken name with the server’s code and message', async () => {
    const server = scriptedFetch([{ status: 409, body: { error: { code: 'role_name_taken', message: 'A role named "财务" already exists' } } }]);
    const failure = await createApiClient(server.fetchImpl).createRole({ name: '财务' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 409, code: 'role_name_taken', message: 'A role named "财务" already exists' });
  });
});
