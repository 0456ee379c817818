import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FakeServer } from '../testing/fakeServer.js';
import { renderApp } from '../testing/renderApp.js';
import { editableRecord, signedInServer, visitRecord } from '../testing/sampleData.js';

const proposal = { proposedBy: 'u1', proposedByName: '王芳', reason: null, diff: [{ fieldId: 'customer', label: 'Customer', before: 'ACME', after: 'ACME Ltd' }] };

/** Record r1, completed; a change of it is held for approval (202), after which the record carries it as pendingChange. */
function serverWith(options: { pendingAtStart?: boolean; refuse?: boolean } = {}): FakeServer {
  let pending = options.pendingAtStart === true;
  return signedInServer()
    .on('GET', /^\/api\/records\/r1\/history$/, () => ({ body: { items: [] } }))
    .on('GET', /^\/api\/records\/r1\/flow$/, () => ({ body: { flow: null, items: [] } }))
    .on('GET', /^\/api\/records\/r1$/, () => ({ body: { ...editableRecord('r1', { customer: 'ACME', amount: 10 }), pendingChange: pending ? proposal : null } }))
    .on('PATCH', /^\/api\/records\/r1$/, () => {
      if (options.refuse) return { status: 409, body: { error: { code: 'change_pending', message: 'A change proposed by 王芳 is waiting for approval', details: [] } } };
      pending = true;
      return { status: 202, body: { record: editableRecord('r1', { customer: 'ACME', amount: 10 }), proposedChange: { diff: proposal.diff, flow: { state: 'in_progress', nodes: [], assignees: ['u9'] } } } };
    });
}

async function editCustomer(user: ReturnType<typeof renderApp>['user'], names: { edit: string; customer: string; save: string }) {
  await user.click(await screen.findByRole('button', { name: names.edit }));
  const customer = screen.getByRole('textbox', { name: names.customer });
  await user.clear(customer);
  await user.type(customer, 'ACME Ltd');
  await user.click(screen.getByRole('button', { name: names.save }));
}

describe('the record page: a change that needs approval', () => {
  it('says the edit was sent for approval, keeps the current values, and shows the proposed ones', async () => {
    const server = serverWith();
    const { user } = renderApp(server, '/records/r1');
    await editCustomer(user, { edit: 'Edit', customer: 'Customer', save: 'Save' });
    expect(await screen.findByText('Sent for approval: the change takes effect once approved.')).toBeTruthy();
    expect(screen.queryByText('Saved')).toBeNull();
    const notice = await screen.findByRole('region', { name: 'A change is waiting for approval; it takes effect once approved.' });
    const rows = within(notice).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Field', 'Before', 'After'],
      ['Customer', 'ACME', 'ACME Ltd'],
    ]);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Customer' }).value).toBe('ACME');
  });

  it('says it in Chinese', async () => {
    const { user } = renderApp(serverWith(), '/records/r1', { locale: 'zh-CN' });
    await editCustomer(user, { edit: '编辑', customer: 'Customer', save: '保存' });
    expect(await screen.findByText('已提交审批，审批通过后修改生效。')).toBeTruthy();
    const notice = await screen.findByRole('region', { name: '有一项修改正在等待审批，通过后才会生效。' });
    expect(within(notice).getByRole('table', { name: '王芳提交的修改' })).toBeTruthy();
    expect([...within(notice).getAllByRole('columnheader')].map((cell) => cell.textContent)).toEqual(['变更字段', '原值', '新值']);
  });

  it("shows a change already waiting when the page opens, and the server's refusal of another edit", async () => {
    const { user } = renderApp(serverWith({ pendingAtStart: true, refuse: true }), '/records/r1');
    expect(await screen.findByRole('region', { name: 'A change is waiting for approval; it takes effect once approved.' })).toBeTruthy();
    await editCustomer(user, { edit: 'Edit', customer: 'Customer', save: 'Save' });
    expect(await screen.findByText(/A change proposed by 王芳 is waiting for approval/)).toBeTruthy();
  });

  it('names who proposed an applied change, who approved it and why, in both languages', async () => {
    const entry = { version: 2, action: 'update', actorId: 'u1', actorName: '王芳', approvedBy: 'u9', approverName: '李经理', reason: '客户追加', at: '2024-05-07T08:00:00Z', changes: [{ fieldId: 'customer', from: 'ACME', to: 'ACME Ltd' }] };
    const server = () =>
      signedInServer()
        .on('GET', /^\/api\/records\/r1\/history$/, () => ({ body: { items: [entry] } }))
        .on('GET', /^\/api\/records\/r1\/flow$/, () => ({ body: { flow: null, items: [] } }))
        .on('GET', /^\/api\/records\/r1$/, () => ({ body: visitRecord('r1', { customer: 'ACME Ltd' }) }));
    const first = renderApp(server(), '/records/r1');
    const history = await screen.findByRole('region', { name: 'Change history' });
    const line = await within(history).findByText(/approved by 李经理/);
    expect(line.closest('li')?.textContent).toMatch(/^王芳 .*\(approved by 李经理\)/);
    expect(within(history).getByText(/客户追加/)).toBeTruthy();
    first.unmount();
    renderApp(server(), '/records/r1', { locale: 'zh-CN' });
    const zh = await screen.findByRole('region', { name: '修改记录' });
    expect(await within(zh).findByText(/（经李经理审批通过）/)).toBeTruthy();
  });
});
