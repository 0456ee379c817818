import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/renderApp.js';
import { visitRecord } from '../testing/sampleData.js';
import { inboxItem, sampleTask, sampleTimeline, taskServer } from '../testing/sampleTasks.js';

/** Record rec1 with its timeline; `initiator` started its flow (u1 is the signed-in member). */
function recordServer(initiator: string, assignees: readonly string[] = ['u3']) {
  return taskServer()
    .on('GET', /^\/api\/records\/rec1$/, () => ({ body: visitRecord('rec1', { customer: 'ACME', amount: 1200 }) }))
    .on('GET', /^\/api\/records\/rec1\/history$/, () => ({ body: { items: [] } }))
    .on('GET', /^\/api\/records\/rec1\/flow$/, () => ({ body: { ...sampleTimeline, flow: { ...sampleTimeline.flow, initiator, assignees } } }));
}

describe('the record page’s approval flow', () => {
  it('shows where the record is and each step: node, person, action, comment, time', async () => {
    renderApp(recordServer('u2'), '/records/rec1');
    const flow = await screen.findByRole('region', { name: 'Approval flow' });
    expect(within(flow).getByText('Now: In progress · at Manager approval')).toBeTruthy();
    const steps = within(flow).getAllByRole('listitem');
    expect(steps).toHaveLength(2);
    expect(steps[0]?.textContent).toContain('Sales rep · Wang Fang · Submitted');
    expect(steps[0]?.textContent).toContain('Please check the amount');
    expect(within(steps[0] as HTMLElement).getByText(/2024/).getAttribute('datetime')).toBe('2024-05-06T08:00:00.000Z');
    expect(steps[1]?.textContent).toContain('Team lead · Zhao Min · Approved');
    // Not the initiator: nothing to withdraw.
    expect(within(flow).queryByRole('button', { name: 'Withdraw' })).toBeNull();
    cleanup();
    renderApp(recordServer('u2'), '/records/rec1', { locale: 'zh-CN' });
    const zh = await screen.findByRole('region', { name: '审批流程' });
    expect(within(zh).getByText('当前：审批中 · Manager approval')).toBeTruthy();
    expect(within(zh).getAllByRole('listitem')[0]?.textContent).toContain('Sales rep · Wang Fang · 提交');
  });

  it('shows nothing for a record outside any flow', async () => {
    const server = recordServer('u2').on('GET', /^\/api\/records\/rec1\/flow$/, () => ({ body: { flow: null, items: [] } }));
    renderApp(server, '/records/rec1');
    await screen.findByRole('textbox', { name: 'Customer' });
    await waitFor(() => expect(server.requests.some((r) => r.path === '/api/records/rec1/flow')).toBe(true));
    expect(screen.queryByRole('region', { name: 'Approval flow' })).toBeNull();
  });

  it('lets the initiator withdraw, then reads the flow again', async () => {
    let withdrawn = false;
    const server = recordServer('u1')
      .on('GET', /^\/api\/records\/rec1\/flow$/, () => ({
        body: { ...sampleTimeline, flow: { ...sampleTimeline.flow, initiator: 'u1', ...(withdrawn ? { state: 'withdrawn', nodes: [], assignees: [] } : {}) } },
      }))
      .on('POST', /^\/api\/records\/rec1\/withdraw$/, () => {
        withdrawn = true;
        return { body: { recordId: 'rec1', instanceId: 'fi_rec1', flow: { state: 'withdrawn', nodes: [], assignees: [] } } };
      });
    const { user } = renderApp(server, '/records/rec1');
    const flow = await screen.findByRole('region', { name: 'Approval flow' });
    await user.click(within(flow).getByRole('button', { name: 'Withdraw' }));
    expect(await within(flow).findByText('Now: Withdrawn')).toBeTruthy();
    expect(server.requests.filter((r) => r.method === 'POST').map((r) => [r.path, r.body])).toEqual([['/api/records/rec1/withdraw', {}]]);
    expect(within(screen.getByRole('region', { name: 'Approval flow' })).queryByRole('button', { name: 'Withdraw' })).toBeNull();
  });

  it('says why a withdraw was refused, in the user’s language', async () => {
    const server = recordServer('u1').on('POST', /^\/api\/records\/rec1\/withdraw$/, (request) => ({
      status: 403,
      body: { error: { code: 'withdraw_not_allowed', message: request.headers.get('accept-language') === 'zh-CN' ? '审批人已处理，不能撤回' : 'An approver has acted; it can no longer be withdrawn' } },
    }));
    const { user } = renderApp(server, '/records/rec1', { locale: 'zh-CN' });
    await user.click(await screen.findByRole('button', { name: '撤回' }));
    expect((await screen.findByRole('alert')).textContent).toBe('撤回失败：审批人已处理，不能撤回');
  });

  it('links a returned record’s initiator to their resubmit task', async () => {
    const server = recordServer('u1', ['u1']).on('GET', /^\/api\/tasks$/, (request) => ({
      body: request.query.get('box') === 'todo' ? { items: [inboxItem(sampleTask('t5', 'rec1', { kind: 'submit' }), 'rec1')], nextCursor: null } : { items: [], nextCursor: null },
    }));
    renderApp(server, '/records/rec1');
    const link = await screen.findByRole('link', { name: 'Edit and resubmit' });
    expect(link.getAttribute('href')).toBe('/tasks/t5');
    expect(server.requests.find((r) => r.path === '/api/tasks')?.query.get('formId')).toBe('frm1');
  });
});
