import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compileForm, type FormSchema } from '../../engine/index.js';
import type { OpenedTaskView } from '../api/TaskViews.js';
import type { FakeServer } from '../testing/fakeServer.js';
import { renderApp } from '../testing/renderApp.js';
import { openedTask, sampleTask, sampleTimeline, taskServer } from '../testing/sampleTasks.js';

const compile = (schema: FormSchema, cacheKey: string) => compileForm(schema, { cacheKey });

/** Task t1 answers `opened` until an action succeeds, then as handled (no actions left). */
function serverWith(opened: OpenedTaskView = openedTask()): FakeServer {
  let current = opened;
  const server = taskServer()
    .on('GET', /^\/api\/tasks\/t1$/, () => ({ body: current }))
    .on('GET', /^\/api\/records\/rec1\/flow$/, () => ({ body: sampleTimeline }))
    .on('POST', /^\/api\/tasks\/t1\/([\w-]+)$/, () => {
      current = { ...current, task: { ...current.task, state: 'done' }, actions: [] };
      return { body: { recordId: 'rec1', instanceId: 'fi_rec1', flow: { state: 'completed', nodes: [], assignees: [] } } };
    });
  return server;
}

const posts = (server: FakeServer) => server.requests.filter((r) => r.method === 'POST').map((r) => [r.path, r.body]);

describe('the task page at /tasks/:id', () => {
  it('shows the record as the node sees it: hidden fields absent, read-only ones locked, editable ones open', async () => {
    renderApp(serverWith(), '/tasks/t1', { compile });
    const amount = await screen.findByRole('textbox', { name: 'Amount' });
    expect(amount).toHaveProperty('readOnly', false);
    expect(screen.getByRole('textbox', { name: 'Customer' })).toHaveProperty('readOnly', true);
    expect(screen.queryByRole('combobox', { name: 'Stage' })).toBeNull();
    expect(screen.getByText('Node: Manager approval')).toBeTruthy();
    const actions = screen.getByRole('group', { name: 'Actions' });
    expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual(['Approve', 'Reject', 'Return', 'Transfer', 'Add approver']);
  });

  it('names the actions in Chinese', async () => {
    renderApp(serverWith(), '/tasks/t1', { compile, locale: 'zh-CN' });
    const actions = await screen.findByRole('group', { name: '审批操作' });
    expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual(['同意', '拒绝', '退回', '转交', '加签']);
  });

  it('approves with a comment and the edited field only, then shows the task handled', async () => {
    const server = serverWith();
    const { user } = renderApp(server, '/tasks/t1', { compile });
    const amount = await screen.findByRole('textbox', { name: 'Amount' });
    await user.clear(amount);
    await user.type(amount, '1500');
    await user.click(screen.getByRole('button', { name: 'Approve' }));
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Fine by me');
    await user.click(screen.getByRole('button', { name: 'Confirm: Approve' }));
    expect(await screen.findByText('Done: Approve.')).toBeTruthy();
    expect(await screen.findByText('This task is already handled; there is nothing left to do.')).toBeTruthy();
    expect(posts(server)).toEqual([['/api/tasks/t1/approve', { comment: 'Fine by me', data: { amount: 1500 } }]]);
  });

  it('rejects with a comment and nothing else', async () => {
    const server = serverWith();
    const { user } = renderApp(server, '/tasks/t1', { compile });
    await user.click(await screen.findByRole('button', { name: 'Reject' }));
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Too high');
    await user.click(screen.getByRole('button', { name: 'Confirm: Reject' }));
    await screen.findByText('Done: Reject.');
    expect(posts(server)).toEqual([['/api/tasks/t1/reject', { comment: 'Too high' }]]);
  });

  it('returns to a node the record went through, chosen from the timeline', async () => {
    const server = serverWith();
    const { user } = renderApp(server, '/tasks/t1', { compile });
    await user.click(await screen.findByRole('button', { name: 'Return' }));
    const target = screen.getByRole('combobox', { name: 'Return to node' });
    expect(within(target).getAllByRole('option').map((o) => o.textContent)).toEqual(['The previous node', 'Sales rep', 'Team lead']);
    await user.selectOptions(target, 'Sales rep');
    await user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Add the contract');
    await user.click(screen.getByRole('button', { name: 'Confirm: Return' }));
    await screen.findByText('Done: Return.');
    expect(posts(server)).toEqual([['/api/tasks/t1/return', { comment: 'Add the contract', target: 'n_start' }]]);
  });

  it('transfers and adds an approver to a person picked from the directory (not oneself), asking for one first', async () => {
    const server = serverWith();
    const { user } = renderApp(server, '/tasks/t1', { compile });
    await user.click(await screen.findByRole('button', { name: 'Transfer' }));
    const person = screen.getByRole('combobox', { name: 'Person' });
    expect(document.activeElement).toBe(person);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Transfer' }));
    await user.click(screen.getByRole('button', { name: 'Transfer' }));
    expect(within(screen.getByRole('combobox', { name: 'Person' })).queryByRole('option', { name: 'Li Lei' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Confirm: Transfer' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose a person first.');
    expect(posts(server)).toEqual([]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Person' }), 'Zhao Min');
    await user.click(screen.getByRole('button', { name: 'Confirm: Transfer' }));
    await screen.findByText('Done: Transfer.');
    expect(posts(server)).toEqual([['/api/tasks/t1/transfer', { to: ['u3'] }]]);

    cleanup();
    const again = serverWith();
    const second = renderApp(again, '/tasks/t1', { compile });
    await second.user.click(await screen.findByRole('button', { name: 'Add approver' }));
    await second.user.selectOptions(screen.getByRole('combobox', { name: 'Person' }), 'Wang Fang');
    await second.user.selectOptions(screen.getByRole('combobox', { name: 'Where they come' }), 'After me');
    await second.user.type(screen.getByRole('textbox', { name: 'Comment' }), 'Finance should see it');
    await second.user.click(screen.getByRole('button', { name: 'Confirm: Add approver' }));
    await screen.findByText('Done: Add approver.');
    expect(posts(again)).toEqual([['/api/tasks/t1/add-approver', { comment: 'Finance should see it', to: ['u2'], position: 'after' }]]);
  });

  it('after adding an approver before oneself (the task now waits and no longer opens), says it is done and leads back to the inbox', async () => {
    let added = false;
    const server = serverWith()
      .on('GET', /^\/api\/tasks\/t1$/, () => (added ? { status: 404, body: { error: { code: 'not_found', message: 'Not found' } } } : { body: openedTask() }))
      .on('POST', /^\/api\/tasks\/t1\/add-approver$/, () => {
        added = true;
        return { body: { recordId: 'rec1', instanceId: 'fi_rec1', flow: { state: 'in_progress', nodes: [], assignees: ['u2'] } } };
      });
    const { user } = renderApp(server, '/tasks/t1', { compile, locale: 'zh-CN' });
    await user.click(await screen.findByRole('button', { name: '加签' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '人员' }), 'Wang Fang');
    await user.click(screen.getByRole('button', { name: '确认加签' }));
    expect((await screen.findByRole('status')).textContent).toBe('已加签。');
    expect(screen.getByRole('link', { name: '返回待办' }).getAttribute('href')).toBe('/tasks');
    expect(posts(server)).toEqual([['/api/tasks/t1/add-approver', { to: ['u2'], position: 'before' }]]);
  });

  it('explains a 409 (someone acted first) and shows the task as it is now', async () => {
    let handled = false;
    const server = serverWith()
      .on('GET', /^\/api\/tasks\/t1$/, () => ({ body: handled ? { ...openedTask(), task: sampleTask('t1', 'rec1', { state: 'cancelled' }), actions: [] } : openedTask() }))
      .on('POST', /^\/api\/tasks\/t1\/approve$/, () => {
        handled = true;
        return { status: 409, body: { error: { code: 'task_closed', message: 'This task was already handled' } } };
      });
    const { user } = renderApp(server, '/tasks/t1', { compile });
    await user.click(await screen.findByRole('button', { name: 'Approve' }));
    await user.click(screen.getByRole('button', { name: 'Confirm: Approve' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Someone else acted on this task first; the page now shows where it stands.');
    expect(await screen.findByText('This task is already handled; there is nothing left to do.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(server.requests.filter((r) => r.method === 'GET' && r.path === '/api/tasks/t1')).toHaveLength(2);
  });

  it('shows the server’s refusal in the user’s language, with its details, and keeps the panel open', async () => {
    const server = serverWith().on('POST', /^\/api\/tasks\/t1\/approve$/, (request) => ({
      status: 422,
      body: {
        error: {
          code: 'required_field',
          message: request.headers.get('accept-language') === 'zh-CN' ? '有必填字段未填写' : 'A required field is empty',
          details: [{ pointer: '/amount', fieldId: 'amount', message: request.headers.get('accept-language') === 'zh-CN' ? '金额：必填' : 'Amount: required' }],
        },
      },
    }));
    const { user } = renderApp(server, '/tasks/t1', { compile, locale: 'zh-CN' });
    await user.click(await screen.findByRole('button', { name: '同意' }));
    await user.click(screen.getByRole('button', { name: '确认同意' }));
    expect((await screen.findByRole('alert')).textContent).toBe('有必填字段未填写 金额：必填');
    expect(screen.getByRole('button', { name: '确认同意' })).toHaveProperty('disabled', false);
  });

  it('lets the initiator of a returned record edit the permitted fields and resubmit', async () => {
    const returned = openedTask({
      task: sampleTask('t1', 'rec1', { kind: 'submit', nodeId: 'n_start' }),
      node: { id: 'n_start', name: 'Sales rep', type: 'start' },
      record: { id: 'rec1', formId: 'frm1', version: 3, data: { customer: 'ACME', amount: 1200 }, readOnly: ['amount'], editable: ['customer'], required: ['customer'] },
      actions: ['submit'],
    });
    const server = serverWith(returned);
    const { user } = renderApp(server, '/tasks/t1', { compile });
    const customer = await screen.findByRole('textbox', { name: /Customer/ });
    expect(screen.getByRole('textbox', { name: 'Amount' })).toHaveProperty('readOnly', true);
    await user.clear(customer);
    await user.type(customer, 'ACME Ltd');
    await user.click(screen.getByRole('button', { name: 'Resubmit' }));
    // A resubmit carries no signature.
    expect(screen.queryByText('Handwritten signature (optional)')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Confirm: Resubmit' }));
    await screen.findByText('Done: Resubmit.');
    await waitFor(() => expect(posts(server)).toEqual([['/api/tasks/t1/submit', { data: { customer: 'ACME Ltd' } }]]));
  });

  it("shows the flow's steps under the task, so that a returned record's initiator reads why it came back", async () => {
    const returnedBy = { seq: 3, at: '2024-05-06T09:00:00.000Z', action: 'returned', actor: 'u1', actorName: 'Li Na', nodeId: 'n_manager', nodeName: 'Manager approval', comment: 'At most 1,000' };
    const server = serverWith(
      openedTask({ task: sampleTask('t1', 'rec1', { kind: 'submit', nodeId: 'n_start' }), node: { id: 'n_start', name: 'Sales rep', type: 'start' }, actions: ['submit'] }),
    ).on('GET', /^\/api\/records\/rec1\/flow$/, () => ({ body: { ...sampleTimeline, items: [...sampleTimeline.items, returnedBy] } }));
    renderApp(server, '/tasks/t1', { compile, locale: 'zh-CN' });
    const flow = await screen.findByRole('region', { name: '审批流程' });
    const steps = within(flow).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent?.split(' · ').slice(0, 3).join(' · '))).toEqual(['Sales rep · Wang Fang · 提交', 'Team lead · Zhao Min · 同意', 'Manager approval · Li Na · 退回']);
    expect(steps[2]?.textContent).toContain('At most 1,000');
  });
});
