import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FormSchema } from '../../engine/index.js';
import { renderApp } from '../testing/renderApp.js';
import { signedInServer, visitRecord } from '../testing/sampleData.js';

const orderSchema: FormSchema = {
  kind: 'form',
  schemaVersion: 1,
  title: 'Order',
  fields: [
    { id: 'customer', type: 'text', label: 'Customer' },
    { id: 'items', type: 'subform', label: '产品明细', fields: [{ id: 'product', type: 'text', label: '产品' }, { id: 'qty', type: 'number', label: '数量' }] },
  ],
};

const before = [
  { _id: 'r1', product: 'Pen', qty: 1 },
  { _id: 'r2', product: 'Ink', qty: 10 },
  { _id: 'r3', product: 'Pad', qty: 5 },
];
const after = [before[0], { ...before[1], qty: 12 }, { _id: 'r4', product: 'Cap', qty: 2 }];

function orderServer(changes: unknown[]) {
  return signedInServer()
    .on('GET', /^\/api\/forms\/frm1$/, () => ({ body: { id: 'frm1', appId: 'app1', title: 'Order', published: { version: 3, schema: orderSchema } } }))
    .on('GET', /^\/api\/records\/r1$/, () => ({ body: visitRecord('r1', { customer: 'ACME', items: after }) }))
    .on('GET', /^\/api\/records\/r1\/history$/, () => ({ body: { items: [{ version: 2, action: 'update', actorName: 'Han Mei', at: '2024-05-07T08:00:00Z', changes }] } }));
}

describe('the history of a subform change', () => {
  it('says per row what changed, in Chinese', async () => {
    renderApp(orderServer([{ fieldId: 'items', from: before, to: after }]), '/records/r1', { locale: 'zh-CN' });
    const history = await screen.findByRole('region', { name: '修改记录' });
    const lines = (await within(history).findAllByRole('listitem')).map((item) => item.textContent);
    expect(lines).toContain('第 2 行 数量：10 → 12');
    expect(lines).toContain('新增第 3 行：产品 Cap, 数量 2');
    expect(lines).toContain('删除第 3 行：产品 Pad, 数量 5');
    expect(within(history).queryByText(/3 行 → 3 行/)).toBeNull();
  });

  it('says per row what changed, in English, and that rows only moved when nothing else did', async () => {
    renderApp(orderServer([{ fieldId: 'items', from: before, to: after }]), '/records/r1');
    const history = await screen.findByRole('region', { name: 'Change history' });
    expect(await within(history).findByText('Row 2 数量: 10 → 12')).toBeTruthy();
    expect(within(history).getByText('Row 3 added: 产品 Cap, 数量 2')).toBeTruthy();
    expect(within(history).getByText('Row 3 removed: 产品 Pad, 数量 5')).toBeTruthy();
  });

  it('says when rows were only reordered', async () => {
    renderApp(orderServer([{ fieldId: 'items', from: before, to: [...before].reverse() }]), '/records/r1');
    const history = await screen.findByRole('region', { name: 'Change history' });
    expect(await within(history).findByText('产品明细: rows reordered')).toBeTruthy();
  });
});
