import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorBody, RecordBody } from '../records/testing/publishForm.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import type { TestClient } from '../testing/TestClient.js';

interface WorkflowView {
  id: string;
  draft: { formId: string; nodes: unknown[] };
  draftRevision: number;
  published: { version: number } | null;
  versions: { version: number }[];
}
interface Fault {
  pointer: string;
  code: string;
  message: string;
}

let server: TestServer;
let admin: TestClient;
let rep: { id: string; client: TestClient };
let formId: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
  const created = await server.createUser({ username: 'rep' });
  rep = { id: created.user.id, client: created.client };
  const appId = (await admin.post<{ id: string }>('/api/apps', { name: '合同' })).body.id;
  formId = (await admin.post<{ id: string }>(`/api/apps/${appId}/forms`, { schema: { kind: 'form', schemaVersion: 1, title: '合同', fields: [{ id: 'f_amount', type: 'number', label: '金额' }] } })).body.id;
  await admin.post(`/api/forms/${formId}/publish`, {});
});
afterAll(() => server.close());

function flow(overrides: { nodes?: unknown[]; edges?: unknown[] } = {}) {
  return {
    kind: 'workflow',
    schemaVersion: 2,
    title: '合同审批',
    formId: 'someone_elses_form',
    nodes: overrides.nodes ?? [
      { id: 'n_start', type: 'start', name: '发起' },
      { id: 'n_boss', type: 'approval', name: '审批', mode: 'any', assignees: [{ kind: 'initiator' }] },
      { id: 'n_end', type: 'end', name: '结束' },
    ],
    edges: overrides.edges ?? [
      { id: 'e1', from: 'n_start', to: 'n_boss' },
      { id: 'e2', from: 'n_boss', to: 'n_end' },
    ],
  };
}

describe("a form's workflow", () => {
  it('is saved as a draft bound to the form, with If-Match, and only by admins', async () => {
    expect((await admin.get(`/api/forms/${formId}/workflow`)).status).toBe(404);
    expect((await rep.client.put(`/api/forms/${formId}/workflow`, { schema: flow() })).status).toBe(403);
    const created = await admin.put<WorkflowView>(`/api/forms/${formId}/workflow`, { schema: flow() });
    expect(created.status).toBe(200);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.body).toMatchObject({ draftRevision: 1, published: null, draft: { formId } });
    const invalid = await admin.put<ErrorBody>(`/api/forms/${formId}/workflow`, { schema: { kind: 'form' } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.code).toBe('invalid_schema');
    const saved = await admin.put<WorkflowView>(`/api/forms/${formId}/workflow`, { schema: flow() }, { headers: { 'If-Match': '"1"' } });
    expect(saved.body.draftRevision).toBe(2);
    const stale = await admin.put<ErrorBody>(`/api/forms/${formId}/workflow`, { schema: flow() }, { headers: { 'If-Match': '"1"' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_draft');
  });

  it('refuses to publish a graph that cannot run, (unknown fields, no default branch, unreachable nodes) naming each node, in both languages', async () => {
    const broken = flow({
      nodes: [
        { id: 'n_start', type: 'start', name: '发起', fieldPermissions: { f_missing: 'read' } },
        { id: 'n_if', type: 'condition', name: '金额判断' },
        { id: 'n_boss', type: 'approval', name: '审批', mode: 'any', assignees: [{ kind: 'memberField', fieldId: 'f_owner' }] },
        { id: 'n_lost', type: 'approval', name: '孤岛', mode: 'any', assignees: [{ kind: 'initiator' }] },
        { id: 'n_end', type: 'end', name: '结束' },
      ],
      edges: [
        { id: 'e1', from: 'n_start', to: 'n_if' },
        { id: 'e2', from: 'n_if', to: 'n_boss', condition: { '>': [{ var: 'f_amount' }, 1] } },
        { id: 'e3', from: 'n_boss', to: 'n_end' },
        { id: 'e4', from: 'n_lost', to: 'n_end' },
      ],
    });
    const saved = await admin.put<WorkflowView>(`/api/forms/${formId}/workflow`, { schema: broken });
    expect(saved.status).toBe(200);
    const zh = await admin.post<{ error: { code: string; details: Fault[] } }>(`/api/forms/${formId}/workflow/publish`, {});
    expect(zh.status).toBe(400);
    expect(zh.body.error.details.map((fault) => [fault.code, fault.pointer])).toEqual([
      ['unknownField', '/nodes/0/fieldPermissions/f_missing'],
      ['noDefaultBranch', '/nodes/1'],
      ['unknownField', '/nodes/2/assignees/0/fieldId'],
      ['unreachable', '/nodes/3'],
    ]);
    expect(zh.body.error.details[3]?.message).toBe('节点“孤岛”从发起节点无法到达');
    const en = await admin.post<{ error: { details: Fault[] } }>(`/api/forms/${formId}/workflow/publish?lang=en`, {});
    expect(en.body.error.details[1]?.message).toBe('Condition "金额判断" needs a default branch, taken when no other condition holds');
    expect((await admin.get<WorkflowView>(`/api/forms/${formId}/workflow`)).body.published).toBeNull();
  });

  it('publishes a sound draft as version 1, which new records then run through', async () => {
    await admin.put(`/api/forms/${formId}/workflow`, { schema: flow() });
    const published = await admin.post<{ version: number; created: boolean }>(`/api/forms/${formId}/workflow/publish`, {});
    expect(published.body).toMatchObject({ version: 1, created: true });
    expect((await admin.post<{ created: boolean }>(`/api/forms/${formId}/workflow/publish`, {})).body.created).toBe(false);
    expect((await admin.get<{ items: { version: number }[] }>(`/api/forms/${formId}/workflow/versions`)).body.items.map((item) => item.version)).toEqual([1]);
    const record = await rep.client.post<RecordBody & { flow: { nodes: { id: string }[]; assignees: string[] } }>(`/api/forms/${formId}/records`, { data: { f_amount: 3 } });
    expect(record.body.flow).toMatchObject({ nodes: [{ id: 'n_boss' }], assignees: [rep.id] });
  });
});
