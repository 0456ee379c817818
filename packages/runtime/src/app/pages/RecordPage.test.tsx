import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RecordView } from '../api/ApiViews.js';
import { renderApp } from '../testing/renderApp.js';
import { archivedFormServer, editableRecord, signedInServer, visitRecord } from '../testing/sampleData.js';

describe('the record page', () => {
  it('shows the record read-only with its history', async () => {
    const server = signedInServer()
      .on('GET', /^\/api\/records\/r1$/, () => ({ body: visitRecord('r1', { customer: 'ACME', amount: 10 }) }))
      .on('GET', /^\/api\/records\/r1\/history$/, () => ({
        body: { items: [{ version: 1, action: 'create', actorName: 'Li Lei', at: '2024-05-06T08:00:00Z' }, { version: 2, action: 'update', actorName: 'Han Mei', at: '2024-05-07T08:00:00Z', changes: [{ fieldId: 'amount', from: 5, to: 10 }] }] },
      }));
    renderApp(server, '/records/r1');
    const customer = await screen.findByRole('textbox', { name: 'Customer' });
    expect(customer).toHaveProperty('readOnly', true);
    const history = await screen.findByRole('region', { name: 'Change history' });
    await within(history).findByText('Amount: 5.00 → 10.00');
    expect(within(history).getByText('Han Mei')).toBeTruthy();
  });

  it('reports a stale edit with both versions, keeps the input, and can save it over', async () => {
    const server = signedInServer()
      .on('GET', /^\/api\/records\/r1\/history$/, () => ({ body: { items: [] } }))
      .on('GET', /^\/api\/records\/r1$/, () => ({ body: editableRecord('r1', { customer: 'ACME', amount: 10 }, 1) }))
      .on('PATCH', /^\/api\/records\/r1$/, (request) => {
        if (request.headers.get('if-match') === '"1"') {
          // Someone saved version 2 in the meantime.
          server.on('GET', /^\/api\/records\/r1$/, () => ({ body: editableRecord('r1', { customer: 'ACME Corp', amount: 10 }, 2) }));
          return { status: 409, body: { error: { code: 'stale_record', message: 'Someone else changed this record' } } };
        }
        return { body: editableRecord('r1', (request.body as { data: Record<string, unknown> }).data, 3) };
      });
    const { user } = renderApp(server, '/records/r1');
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const customer = screen.getByRole('textbox', { name: 'Customer' });
    await user.clear(customer);
    await user.type(customer, 'ACME Ltd');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Someone else changed this record' })).toBeTruthy();
    const row = screen.getByRole('row', { name: /Customer/ });
    expect(within(row).getByText('ACME Corp')).toBeTruthy();
    expect(within(row).getByText('ACME Ltd')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Customer' })).toHaveProperty('value', 'ACME Ltd');
    await user.click(screen.getByRole('button', { name: 'Save mine over it' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Customer' })).toHaveProperty('readOnly', true));
    const patches = server.requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.headers.get('if-match'))).toEqual(['"1"', '"2"']);
    expect(patches[1]?.body).toEqual({ data: { customer: 'ACME Ltd', amount: 10 } });
  });

  it('deletes and restores', async () => {
    let deleted = false;
    const server = signedInServer()
      .on('GET', /^\/api\/records\/r1\/history$/, () => ({ body: { items: [] } }))
      .on('GET', /^\/api\/records\/r1$/, () => ({ body: { ...editableRecord('r1', { customer: 'ACME' }), deletedAt: deleted ? '2024-05-07T00:00:00Z' : null } }))
      .on('DELETE', /^\/api\/records\/r1$/, () => ((deleted = true), { status: 204 }))
      .on('POST', /^\/api\/records\/r1\/restore$/, () => ((deleted = false), { body: editableRecord('r1', { customer: 'ACME' }, 2) }));
    const { user } = renderApp(server, '/records/r1');
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('region', { name: 'Delete the record' })).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('This record is deleted.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    await user.click(within(screen.getByRole('region', { name: 'Restore the record' })).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.queryByText('This record is deleted.')).toBeNull());
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();
    // Back on the record's own action, not lost on the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete' }));
  });
});

describe('a record of an archived form (admins only)', () => {
  const archivedRecord = (deletedAt: string | null) =>
    archivedFormServer()
      .on('GET', /^\/api\/records\/r1\/history$/, () => ({ body: { items: [] } }))
      // The form's rules would let the admin change it; the archive is what stops them.
      .on('GET', /^\/api\/records\/r1$/, () => ({ body: { ...editableRecord('r1', { customer: 'ACME', amount: 10 }), deletedAt } }));

  it('is shown read-only, with no way to edit or delete it', async () => {
    renderApp(archivedRecord(null), '/records/r1');
    const customer = await screen.findByRole('textbox', { name: 'Customer' });
    expect(customer).toHaveProperty('readOnly', true);
    expect(screen.getByText('This form is archived; its records are read-only')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Data' }).getAttribute('href')).toBe('/forms/frm1/data');
    await screen.findByRole('region', { name: 'Change history' });
  });

  it('cannot be restored once deleted, and says why in Chinese', async () => {
    renderApp(archivedRecord('2024-05-07T00:00:00Z'), '/records/r1', { locale: 'zh-CN' });
    expect(await screen.findByText('此表单已归档，数据只读')).toBeTruthy();
    expect(screen.getByText('此记录已删除。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '恢复' })).toBeNull();
    expect(screen.queryByRole('button', { name: '编辑' })).toBeNull();
  });
});

describe('a record the user may see but not change', () => {
  const recordServer = (record: RecordView) =>
    signedInServer()
      .on('GET', /^\/api\/records\/r1\/history$/, () => ({ body: { items: [] } }))
      .on('GET', /^\/api\/records\/r1$/, () => ({ body: record }));
  // As the server sends it when it says nothing about changing it.
  const unsaid = visitRecord('r1', { customer: 'ACME', amount: 10 });

  it.each([
    ['canEdit: false', { ...unsaid, canEdit: false }],
    ['no canEdit (an older server)', unsaid],
  ])('is shown read-only with no Edit or Delete (%s)', async (_name, record) => {
    const server = recordServer(record);
    renderApp(server, '/records/r1');
    const customer = await screen.findByRole('textbox', { name: 'Customer' });
    expect(customer).toHaveProperty('readOnly', true);
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: /Reason for the change/ })).toBeNull();
    // Not the archive's notice: nothing is wrong with the form.
    expect(screen.queryByText('This form is archived; its records are read-only')).toBeNull();
    expect(screen.getByRole('link', { name: 'Data' }).getAttribute('href')).toBe('/forms/frm1/data');
    await screen.findByRole('region', { name: 'Change history' });
    expect(server.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('offers no Restore once deleted, in Chinese', async () => {
    renderApp(recordServer({ ...unsaid, canEdit: false, deletedAt: '2024-05-07T00:00:00Z' }), '/records/r1', { locale: 'zh-CN' });
    expect(await screen.findByText('此记录已删除。')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Customer' })).toHaveProperty('readOnly', true);
    expect(screen.queryByRole('button', { name: '恢复' })).toBeNull();
    expect(screen.queryByRole('button', { name: '编辑' })).toBeNull();
    expect(screen.queryByRole('button', { name: '删除' })).toBeNull();
  });

  it('offers Edit and Delete in Chinese when it may', async () => {
    renderApp(recordServer(editableRecord('r1', { customer: 'ACME' })), '/records/r1', { locale: 'zh-CN' });
    expect(await screen.findByRole('button', { name: '编辑' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '删除' })).toBeTruthy();
  });

  it("follows the save's answer: a record saved out of the user's reach loses its buttons", async () => {
    const server = recordServer(editableRecord('r1', { customer: 'ACME', amount: 10 })).on('PATCH', /^\/api\/records\/r1$/, (request) => ({
      body: { ...visitRecord('r1', (request.body as { data: Record<string, unknown> }).data, 2), canEdit: false },
    }));
    const { user } = renderApp(server, '/records/r1');
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await user.clear(screen.getByRole('textbox', { name: 'Customer' }));
    await user.type(screen.getByRole('textbox', { name: 'Customer' }), 'ACME Ltd');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Customer' })).toHaveProperty('value', 'ACME Ltd');
    expect(screen.queryByRole('button', { name: 'Edit' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull();
  });
});
