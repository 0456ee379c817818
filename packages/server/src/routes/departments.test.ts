import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DepartmentNode } from '../org/departmentTree.js';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

let server: TestServer;
let admin: TestClient;
let member: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  member = (await server.createUser({ username: 'member1' })).client;
});
afterAll(() => server.close());

interface Department {
  id: string;
  name: string;
  parentId: string | null;
  managerId: string | null;
}
interface Envelope {
  error: { code: string; details: { pointer: string; code: string }[] | null };
}

const create = async (body: object) => (await admin.post<Department>('/api/departments', body)).body;

describe('departments', () => {
  it('builds a tree with managers', async () => {
    const { user: boss } = await server.createUser({ username: 'boss', role: 'manager' });
    const sales = await create({ name: '销售部', managerId: boss.id });
    const east = await create({ name: '华东', parentId: sales.id });
    await create({ name: '上海组', parentId: east.id });
    const response = await member.get<{ items: DepartmentNode[] }>('/api/departments');
    expect(response.status).toBe(200);
    const root = response.body.items.find((node) => node.id === sales.id);
    expect(root).toMatchObject({ name: '销售部', managerId: boss.id, parentId: null });
    expect(root?.children.map((c) => c.name)).toEqual(['华东']);
    expect(root?.children[0]?.children.map((c) => c.name)).toEqual(['上海组']);
  });

  it('covers every sub-department in subtreeIds (what row scope "department" uses)', async () => {
    const top = await create({ name: 'Top' });
    const mid = await create({ name: 'Mid', parentId: top.id });
    const leaf = await create({ name: 'Leaf', parentId: mid.id });
    const other = await create({ name: 'Other' });
    const subtree = await server.context.stores.departments.subtreeIds(top.id);
    expect(subtree.sort()).toEqual([top.id, mid.id, leaf.id].sort());
    expect(subtree).not.toContain(other.id);
    expect(await server.context.stores.departments.ancestorIds(leaf.id)).toEqual([leaf.id, mid.id, top.id]);
  });

  it('refuses unknown parents and managers at their pointers', async () => {
    const parent = await admin.post<Envelope>('/api/departments', { name: 'X', parentId: 'dep_none' });
    expect(parent.status).toBe(400);
    expect(parent.body.error.details?.[0]).toMatchObject({ pointer: '/parentId', code: 'unknown_department' });
    const manager = await admin.post<Envelope>('/api/departments', { name: 'X', managerId: 'usr_none' });
    expect(manager.body.error.details?.[0]).toMatchObject({ pointer: '/managerId', code: 'unknown_user' });
  });

  it('refuses a move under itself or its own sub-department', async () => {
    const a = await create({ name: 'A' });
    const b = await create({ name: 'B', parentId: a.id });
    const cycle = await admin.patch<Envelope>(`/api/departments/${a.id}`, { parentId: b.id });
    expect(cycle.status).toBe(409);
    expect(cycle.body.error.code).toBe('department_cycle');
    expect((await admin.patch(`/api/departments/${a.id}`, { parentId: a.id })).status).toBe(409);
    const moved = await admin.patch<Department>(`/api/departments/${b.id}`, { parentId: null, name: 'B2' });
    expect(moved.body).toMatchObject({ parentId: null, name: 'B2' });
  });

  it('of two moves at once that would close a loop (A under B, B under A) exactly one is made', async () => {
    for (let round = 0; round < 8; round++) {
      const a = await create({ name: `A${String(round)}` });
      const b = await create({ name: `B${String(round)}` });
      const moves = await Promise.all([admin.patch(`/api/departments/${a.id}`, { parentId: b.id }), admin.patch(`/api/departments/${b.id}`, { parentId: a.id })]);
      expect(moves.map((move) => move.status).sort()).toEqual([200, 409]);
      const parents = new Map((await server.context.stores.departments.list()).map((department) => [department.id, department.parentId]));
      expect([parents.get(a.id), parents.get(b.id)].filter((parent) => parent !== null)).toHaveLength(1);
    }
  });

  it('deletes only empty departments', async () => {
    const parent = await create({ name: 'P' });
    await create({ name: 'C', parentId: parent.id });
    const withChild = await admin.delete<Envelope>(`/api/departments/${parent.id}`);
    expect(withChild.status).toBe(409);
    expect(withChild.body.error.code).toBe('department_not_empty');
    const staffed = await create({ name: 'Staffed' });
    await server.createUser({ username: 'staff', departmentId: staffed.id });
    expect((await admin.delete(`/api/departments/${staffed.id}`)).status).toBe(409);
    const empty = await create({ name: 'Empty' });
    expect((await admin.delete(`/api/departments/${empty.id}`)).status).toBe(204);
    expect((await admin.delete(`/api/departments/${empty.id}`)).status).toBe(404);
  });

  it('lets only admins change the tree', async () => {
    const dep = await create({ name: 'Locked' });
    expect((await member.post('/api/departments', { name: 'X' })).status).toBe(403);
    expect((await member.patch(`/api/departments/${dep.id}`, { name: 'X' })).status).toBe(403);
    expect((await member.delete(`/api/departments/${dep.id}`)).status).toBe(403);
    expect((await server.anonymous().get('/api/departments')).status).toBe(401);
  });
});
