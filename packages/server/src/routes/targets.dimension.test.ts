import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { republish, type PageBody } from '../records/testing/publishForm.js';
import type { TestClient } from '../testing/TestClient.js';
import { TestClock } from '../testing/TestClock.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';

// A department's target split along a product line (#13), over HTTP on both databases: the admin
// adds a single-choice field to the targets form, and a decomposition gives each option its part —
// each a target of its own beside the department's whole, which a person's progress never mistakes
// for their own.

let server: TestServer;
let admin: TestClient;
let appId: string;
let formId: string;
let east: string;
let li: string;

interface Answer {
  tree: { value: number; children?: { key: string; value: number; rule: { text: { 'zh-CN': string; en: string } } }[] };
  recordIds?: string[];
  error: { code: string; details: { pointer: string; code: string }[] | null };
}

const decompose = (body: Record<string, unknown>) => admin.post<Answer>(`/api/apps/${appId}/targets/decompose`, body);

beforeAll(async () => {
  server = await startTestServer({ clock: new TestClock(Date.UTC(2026, 10, 15, 4, 0, 0)) });
  admin = await server.loginAsAdmin();
  east = (await admin.post<{ id: string }>('/api/departments', { name: '华东区' })).body.id;
  li = (await server.createUser({ username: 'li', role: 'member', departmentId: east })).user.id;
  appId = (await admin.post<{ id: string }>('/api/apps', { name: '销售' })).body.id;
  // 华东's 2026-11 down to its person: the targets form is created with the first write.
  const first = await decompose({ root: { period: '2026-11', amount: 900, metric: 'k_sales', department: east }, org: { to: 'person', method: 'even' }, dryRun: false });
  expect(first.status).toBe(201);
  formId = (first.body as unknown as { formId: string }).formId;
  const form = await admin.get<{ published: { schema: FormSchema } }>(`/api/forms/${formId}`);
  const schema = form.body.published.schema;
  await republish(admin, formId, { ...schema, fields: [...schema.fields, { id: 'f_line', type: 'select', label: '产品线', options: [{ value: 'soft', label: '软件' }, { value: 'hard', label: '硬件' }] }] });
});
afterAll(() => server.close());

describe('a target along a product line', () => {
  it("splits a department's target into one part per option, with weights, each stored beside the whole", async () => {
    const dry = await decompose({ root: { period: '2026-11', amount: 900, metric: 'k_sales', department: east }, org: { to: 'dimension', field: 'f_line', dimension: 'productLine', method: 'weights', weights: { soft: 2, hard: 1 } }, dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body.tree.children?.map((part) => [part.key, part.value])).toEqual([['soft', 600], ['hard', 300]]);
    const applied = await decompose({ root: { period: '2026-11', amount: 900, metric: 'k_sales', department: east }, org: { to: 'dimension', field: 'f_line', dimension: 'productLine', method: 'weights', weights: { soft: 2, hard: 1 } }, dryRun: false });
    expect(applied.status).toBe(201);
    const page = await admin.get<PageBody>(`/api/forms/${formId}/records?limit=100`);
    const rows = page.body.items.map((record) => [record.data['tgt_level'], record.data['tgt_person'] ?? null, record.data['tgt_dimension'] ?? null, record.data['f_line'] ?? null, record.data['tgt_amount']]).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(rows).toEqual(
      [
        ['department', null, null, null, 900],
        ['department', null, 'hard', 'hard', 300],
        ['department', null, 'soft', 'soft', 600],
        ['person', li, null, null, 900],
      ].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    );
    // The parts hang on the department's whole, which stays as it was (same amount: not rewritten).
    const whole = page.body.items.find((record) => record.data['tgt_level'] === 'department' && !record.data['tgt_dimension']);
    expect(page.body.items.filter((record) => record.data['tgt_dimension']).map((record) => record.data['tgt_parent'])).toEqual([whole?.id, whole?.id]);
    // li's progress is against their whole target, not a product line's.
    const progress = await admin.get<{ people: { personId: string; target: number }[] }>(`/api/apps/${appId}/targets/progress?period=2026-11&metric=k_sales`);
    expect(progress.body.people).toEqual([expect.objectContaining({ personId: li, target: 900 })]);
  });

  it('needs a single-choice field of the targets form', async () => {
    for (const field of [undefined, 'tgt_metric', 'f_none']) {
      const response = await decompose({ root: { period: '2026-11', amount: 900, metric: 'k_sales', department: east }, org: { to: 'dimension', ...(field ? { field } : {}), method: 'even' }, dryRun: true });
      expect(response.status).toBe(400);
      expect(response.body.error.details?.[0]).toMatchObject({ pointer: '/org/field', code: 'dimension_field' });
    }
  });
});
