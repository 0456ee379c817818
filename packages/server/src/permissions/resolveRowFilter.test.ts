import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleFormSchema } from '../testing/sampleFormSchema.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { resolveRowFilter } from './resolveRowFilter.js';
import { viewerOf } from './Viewer.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('resolveRowFilter', () => {
  it('gives members their own rows, admins all', async () => {
    const { user } = await server.createUser({ username: 'rep' });
    const stores = server.context.stores;
    const member = await stores.users.findById(user.id);
    const admin = (await stores.users.findCredentials('admin'))?.user;
    if (!member || !admin) throw new Error('setup');
    expect(await resolveRowFilter(stores, await viewerOf(stores, member), sampleFormSchema())).toEqual({ kind: 'own', userId: user.id });
    expect(await resolveRowFilter(stores, await viewerOf(stores, admin), sampleFormSchema())).toEqual({ kind: 'all' });
  });

  it("gives managers their department's subtree plus the departments they manage", async () => {
    const admin = await server.loginAsAdmin();
    const post = async (body: object) => (await admin.post<{ id: string }>('/api/departments', body)).body.id;
    const sales = await post({ name: 'Sales' });
    const east = await post({ name: 'East', parentId: sales });
    const shanghai = await post({ name: 'Shanghai', parentId: east });
    const north = await post({ name: 'North', parentId: sales });
    const hr = await post({ name: 'HR' });
    const { user } = await server.createUser({ username: 'eastboss', role: 'manager', departmentId: east });
    await admin.patch(`/api/departments/${hr}`, { managerId: user.id });

    const stores = server.context.stores;
    const manager = await stores.users.findById(user.id);
    if (!manager) throw new Error('setup');
    const filter = await resolveRowFilter(stores, await viewerOf(stores, manager), sampleFormSchema());
    expect(filter.kind).toBe('department');
    if (filter.kind !== 'department') return;
    expect(filter.userId).toBe(user.id);
    expect([...filter.departmentIds].sort()).toEqual([east, shanghai, hr].sort());
    expect(filter.departmentIds).not.toContain(north);
    expect(filter.departmentIds).not.toContain(sales);
  });
});
