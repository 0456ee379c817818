import { describe, expect, it } from 'vitest';
import { ApiError } from './ApiError.js';
import { createApiClient } from './createApiClient.js';

/** A fetch that answers every call with `body` and `status`, and records what was asked. */
function fakeFetch(status: number, body: unknown) {
  const asked: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    asked.push(`${init?.method ?? 'GET'} ${String(input)}`);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetchImpl, asked };
}

describe('the organisation calls', () => {
  it('read the users and the department tree from their { items } envelopes', async () => {
    const users = fakeFetch(200, { items: [{ id: 'u_1', name: 'Li Lei', departmentId: 'd_1' }] });
    expect(await createApiClient(users.fetchImpl).listUsers()).toEqual([{ id: 'u_1', name: 'Li Lei', departmentId: 'd_1' }]);
    expect(users.asked).toEqual(['GET /api/users']);
    const tree = [{ id: 'd_1', name: 'Sales', parentId: null, managerId: null, children: [] }];
    const departments = fakeFetch(200, { items: tree });
    expect(await createApiClient(departments.fetchImpl).listDepartments()).toEqual(tree);
    expect(departments.asked).toEqual(['GET /api/departments']);
  });

  it('reject with the server’s error envelope', async () => {
    const denied = fakeFetch(401, { error: { code: 'unauthorized', message: 'Sign in first' } });
    const failure = await createApiClient(denied.fetchImpl).listUsers().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 401, code: 'unauthorized' });
  });
});
