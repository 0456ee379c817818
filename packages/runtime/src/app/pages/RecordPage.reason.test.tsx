import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChangeReasonRule } from '../../engine/index.js';
import type { FakeServer } from '../testing/fakeServer.js';
import { renderApp } from '../testing/renderApp.js';
import { editableRecord, signedInServer, visitSchema } from '../testing/sampleData.js';

/** A server with record r1 of a form whose `settings.changeReason` is `rule` (absent: not set). */
function serverWith(rule: ChangeReasonRule | undefined, options: { deleted?: boolean } = {}): FakeServer {
  const schema = rule === undefined ? visitSchema : { ...visitSchema, settings: { changeReason: rule } };
  return signedInServer()
    .on('GET', /^\/api\/forms\/frm1$/, () => ({ body: { id: 'frm1', appId: 'app1', title: 'Customer visit', published: { version: 3, schema } } }))
    .on('GET', /^\/api\/records\/r1\/history$/, () => ({ body: { items: [] } }))
    .on('GET', /^\/api\/records\/r1$/, () => ({ body: { ...editableRecord('r1', { customer: 'ACME', amount: 10 }), deletedAt: options.deleted ? '2024-05-07T00:00:00Z' : null } }))
    .on('PATCH', /^\/api\/records\/r1$/, (request) => ({ body: editableRecord('r1', (request.body as { data: Record<string, unknown> }).data, 2) }));
}

/** The text of what an element's `aria-describedby` points at. */
function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const requestsOf = (server: FakeServer, method: string) => server.requests.filter((r) => r.method === method && r.path === '/api/records/r1');

describe('the record page: a required reason for an edit', () => {
  it('refuses to save without a reason, on the field and without a request, then sends the reason given', async () => {
    const server = serverWith('required');
    const { user } = renderApp(server, '/records/r1');
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const reason = screen.getByRole('textbox', { name: 'Reason for the change' });
    expect(reason.getAttribute('aria-required')).toBe('true');
    await user.clear(screen.getByRole('textbox', { name: 'Customer' }));
    await user.type(screen.getByRole('textbox', { name: 'Customer' }), 'ACME Ltd');
    await user.type(reason, '   ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(reason)).toBe('Enter a reason for the change.');
    expect(document.activeElement).toBe(reason);
    expect(requestsOf(server, 'PATCH')).toHaveLength(0);

    await user.type(reason, 'Customer rebooked ');
    // Typing clears the error.
    expect(reason.getAttribute('aria-invalid')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Customer' })).toHaveProperty('readOnly', true));
    expect(requestsOf(server, 'PATCH').map((r) => r.body)).toEqual([{ data: { customer: 'ACME Ltd', amount: 10 }, reason: 'Customer rebooked' }]);
    expect(screen.queryByRole('textbox', { name: 'Reason for the change' })).toBeNull();
  });

  it('says the same in Chinese', async () => {
    const server = serverWith('required');
    const { user } = renderApp(server, '/records/r1', { locale: 'zh-CN' });
    await user.click(await screen.findByRole('button', { name: '编辑' }));
    const reason = screen.getByRole('textbox', { name: '修改原因' });
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(descriptionOf(reason)).toBe('请填写修改原因。'));
    expect(document.activeElement).toBe(reason);
    await user.type(reason, '客户改签');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(requestsOf(server, 'PATCH')).toHaveLength(1));
    expect(requestsOf(server, 'PATCH')[0]?.body).toMatchObject({ reason: '客户改签' });
  });

  it("puts the server's reason_required on the field, in the user's words, not under the form", async () => {
    // The form was published as optional; the server has since been told otherwise.
    const server = serverWith(undefined).on('PATCH', /^\/api\/records\/r1$/, () => ({
      status: 400,
      body: {
        error: {
          code: 'reason_required',
          message: 'Say why the record changes',
          details: [{ pointer: '/reason', code: 'reason_required', message: 'A reason is required for this form' }],
        },
      },
    }));
    const { user } = renderApp(server, '/records/r1');
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const reason = screen.getByRole('textbox', { name: 'Reason for the change (optional)' });
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(reason)).toBe('A reason is required for this form');
    expect(document.activeElement).toBe(reason);
    expect(screen.queryByText('Say why the record changes')).toBeNull();
    // Still editing, with the values kept.
    expect(screen.getByRole('textbox', { name: 'Customer' })).toHaveProperty('readOnly', false);
  });
});

describe('the record page: an optional reason for an edit', () => {
  it('is labelled optional, sent when typed and left out when blank', async () => {
    const server = serverWith('optional');
    const { user } = renderApp(server, '/records/r1');
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const reason = screen.getByRole('textbox', { name: 'Reason for the change (optional)' });
    expect(reason.getAttribute('aria-required')).toBeNull();
    await user.type(reason, '  ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(requestsOf(server, 'PATCH')).toHaveLength(1));
    expect(requestsOf(server, 'PATCH')[0]?.body).toEqual({ data: { customer: 'ACME', amount: 10 } });

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    // A fresh edit starts with an empty reason.
    const again = screen.getByRole('textbox', { name: 'Reason for the change (optional)' });
    expect(again).toHaveProperty('value', '');
    await user.type(again, 'Typo in the amount');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(requestsOf(server, 'PATCH')).toHaveLength(2));
    expect(requestsOf(server, 'PATCH')[1]?.body).toEqual({ data: { customer: 'ACME', amount: 10 }, reason: 'Typo in the amount' });
  });

  it('is labelled optional in Chinese when the form does not say', async () => {
    const { user } = renderApp(serverWith(undefined), '/records/r1', { locale: 'zh-CN' });
    await user.click(await screen.findByRole('button', { name: '编辑' }));
    expect(screen.getByRole('textbox', { name: '修改原因（选填）' }).getAttribute('aria-required')).toBeNull();
  });
});

describe('the record page: delete and restore through a confirmation', () => {
  it('sends the reason with the delete, and the restore', async () => {
    let deleted = false;
    const server = serverWith('optional')
      .on('GET', /^\/api\/records\/r1$/, () => ({ body: { ...editableRecord('r1', { customer: 'ACME' }), deletedAt: deleted ? '2024-05-07T00:00:00Z' : null } }))
      .on('DELETE', /^\/api\/records\/r1$/, () => ((deleted = true), { status: 204 }))
      .on('POST', /^\/api\/records\/r1\/restore$/, () => ((deleted = false), { body: editableRecord('r1', { customer: 'ACME' }, 3) }));
    const { user } = renderApp(server, '/records/r1');
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const panel = screen.getByRole('region', { name: 'Delete the record' });
    expect(within(panel).getByText('Delete this record? It can be restored later.')).toBeTruthy();
    const reason = within(panel).getByRole('textbox', { name: 'Reason for the change (optional)' });
    expect(document.activeElement).toBe(reason);
    expect(descriptionOf(reason)).toBe('Delete this record? It can be restored later.');
    // One Delete button while asking: the one that confirms.
    expect(screen.getAllByRole('button', { name: 'Delete' })).toHaveLength(1);
    await user.type(reason, 'Duplicate of r2');
    await user.click(within(panel).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('This record is deleted.')).toBeTruthy();
    expect(requestsOf(server, 'DELETE').map((r) => r.body)).toEqual([{ reason: 'Duplicate of r2' }]);
    expect(screen.queryByRole('region', { name: 'Delete the record' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Restore' }));

    await user.click(screen.getByRole('button', { name: 'Restore' }));
    const restore = screen.getByRole('region', { name: 'Restore the record' });
    await user.click(within(restore).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(screen.queryByText('This record is deleted.')).toBeNull());
    // A blank optional reason is left out.
    expect(server.requests.filter((r) => r.path === '/api/records/r1/restore').map((r) => r.body)).toEqual([{}]);
  });

  it('does nothing on cancel, and gives focus back to the Delete button', async () => {
    const server = serverWith('required');
    const { user } = renderApp(server, '/records/r1');
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    await user.type(screen.getByRole('textbox', { name: 'Reason for the change' }), 'Changed my mind');
    await user.click(within(screen.getByRole('region', { name: 'Delete the record' })).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Delete the record' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete' }));
    // Escape cancels too.
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(screen.getByRole('textbox', { name: 'Reason for the change' })).toHaveProperty('value', '');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Delete the record' })).toBeNull();
    expect(requestsOf(server, 'DELETE')).toHaveLength(0);
    expect(screen.queryByText('This record is deleted.')).toBeNull();
  });

  it('refuses to delete without a required reason, in Chinese', async () => {
    const server = serverWith('required').on('DELETE', /^\/api\/records\/r1$/, () => ({ status: 204 }));
    const { user } = renderApp(server, '/records/r1', { locale: 'zh-CN' });
    await user.click(await screen.findByRole('button', { name: '删除' }));
    const panel = screen.getByRole('region', { name: '删除记录' });
    const reason = within(panel).getByRole('textbox', { name: '修改原因' });
    expect(reason.getAttribute('aria-required')).toBe('true');
    await user.click(within(panel).getByRole('button', { name: '确认删除' }));
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(reason)).toBe('确定删除这条记录？可以在之后恢复。 请填写修改原因。');
    expect(document.activeElement).toBe(reason);
    expect(requestsOf(server, 'DELETE')).toHaveLength(0);
    await user.type(reason, '重复录入');
    await user.click(within(panel).getByRole('button', { name: '确认删除' }));
    await waitFor(() => expect(requestsOf(server, 'DELETE').map((r) => r.body)).toEqual([{ reason: '重复录入' }]));
  });

  it("puts the server's reason_required for a restore on the panel's field", async () => {
    const server = serverWith(undefined, { deleted: true }).on('POST', /^\/api\/records\/r1\/restore$/, () => ({
      status: 400,
      body: { error: { code: 'reason_required', message: 'Say why', details: [{ pointer: '/reason', code: 'reason_required', message: 'Give a reason to restore' }] } },
    }));
    const { user } = renderApp(server, '/records/r1');
    await user.click(await screen.findByRole('button', { name: 'Restore' }));
    const panel = screen.getByRole('region', { name: 'Restore the record' });
    await user.click(within(panel).getByRole('button', { name: 'Restore' }));
    const reason = within(panel).getByRole('textbox', { name: 'Reason for the change (optional)' });
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(descriptionOf(reason)).toContain('Give a reason to restore');
    expect(document.activeElement).toBe(reason);
    expect(screen.getByText('This record is deleted.')).toBeTruthy();
  });
});

describe('the record history: reasons', () => {
  const history = {
    items: [
      { version: 1, action: 'create', actorName: 'Li Lei', at: '2024-05-06T08:00:00Z', reason: null },
      { version: 2, action: 'update', actorName: 'Han Mei', at: '2024-05-07T08:00:00Z', changes: [{ fieldId: 'amount', from: 5, to: 10 }], reason: '客户改签' },
      { version: 3, action: 'delete', actorName: 'Han Mei', at: '2024-05-08T08:00:00Z', reason: '<b>dup</b>' },
    ],
  };

  it('shows each reason under its line, as text', async () => {
    const server = serverWith(undefined).on('GET', /^\/api\/records\/r1\/history$/, () => ({ body: history }));
    renderApp(server, '/records/r1');
    const list = await screen.findByRole('region', { name: 'Change history' });
    const entries = await within(list).findAllByRole('listitem');
    const lines = entries.filter((entry) => entry.parentElement?.classList.contains('app-history__list'));
    expect(lines.map((line) => line.querySelector('.app-history__reason')?.textContent ?? null)).toEqual(['Reason: <b>dup</b>', 'Reason: 客户改签', null]);
    expect(list.querySelector('b')).toBeNull();
  });

  it('in Chinese', async () => {
    const server = serverWith(undefined).on('GET', /^\/api\/records\/r1\/history$/, () => ({ body: history }));
    renderApp(server, '/records/r1', { locale: 'zh-CN' });
    const list = await screen.findByRole('region', { name: '修改记录' });
    expect(await within(list).findByText('原因：客户改签')).toBeTruthy();
  });
});
