import type { FormSchema } from '@formwork/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../testing/TestClient.js';
import { startTestServer, type TestServer } from '../testing/startTestServer.js';
import { publishNewForm, type RecordBody } from './testing/publishForm.js';

let server: TestServer;
let admin: TestClient;

const visitForm: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: '客户拜访记录',
  fields: [
    { id: 'f_customer', type: 'text', label: '客户', required: true },
    { id: 'f_items', type: 'subform', label: '产品明细', fields: [{ id: 'f_product', type: 'text', label: '产品' }, { id: 'f_qty', type: 'number', label: '数量' }] },
    { id: 'f_tags', type: 'checkbox', label: 'Tags', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
  ],
};

type HistoryBody = { items: { action: string; changes: { fieldId: string; from?: unknown; to?: unknown; rows?: unknown[] }[] }[] };

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.loginAsAdmin();
});
afterAll(() => server.close());

describe('the history of a subform change', () => {
  it('says which rows were added, removed and changed, matched by row id, beside the values whole', async () => {
    const formId = await publishNewForm(admin, visitForm);
    const rows = [
      { _id: 'r1', f_product: 'Pen', f_qty: 1 },
      { _id: 'r2', f_product: 'Ink', f_qty: 10 },
      { _id: 'r3', f_product: 'Pad', f_qty: 5 },
    ];
    const record = (await admin.post<RecordBody>(`/api/forms/${formId}/records`, { data: { f_customer: 'ACME', f_items: rows, f_tags: ['a'] } })).body;
    const changed = [rows[0], { ...rows[1], f_qty: 12 }, { _id: 'r4', f_product: 'Cap', f_qty: 2 }];
    expect((await admin.patch(`/api/records/${record.id}`, { data: { f_items: changed, f_tags: ['b'] } })).status).toBe(200);

    const history = await admin.get<HistoryBody>(`/api/records/${record.id}/history`);
    const update = history.body.items.find((entry) => entry.action === 'update');
    const items = update?.changes.find((change) => change.fieldId === 'f_items');
    expect(items?.to).toEqual(changed);
    expect(items?.rows).toEqual([
      { rowId: 'r2', kind: 'changed', row: 2, columns: [{ columnId: 'f_qty', from: 10, to: 12 }] },
      { rowId: 'r4', kind: 'added', row: 3, columns: [{ columnId: 'f_product', to: 'Cap' }, { columnId: 'f_qty', to: 2 }] },
      { rowId: 'r3', kind: 'removed', row: 3, columns: [{ columnId: 'f_product', from: 'Pad' }, { columnId: 'f_qty', from: 5 }] },
    ]);
    // A list that is not rows (a checkbox's values) is shown whole, with no rows.
    expect(update?.changes.find((change) => change.fieldId === 'f_tags')).toEqual({ fieldId: 'f_tags', from: ['a'], to: ['b'] });
  });
});
