import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../testing/renderApp.js';
import { visitRecord } from '../testing/sampleData.js';
import { sampleTimeline, taskServer } from '../testing/sampleTasks.js';

/** Record rec1, started by `initiator`, waiting for `assignees`; u1 is the signed-in member. */
function recordServer(initiator: string, assignees: readonly string[] = ['u3']) {
  const urges: string[] = [];
  const server = taskServer()
    .on('GET', /^\/api\/records\/rec1$/, () => ({ body: visitRecord('rec1', { customer: 'ACME', amount: 1200 }) }))
    .on('GET', /^\/api\/records\/rec1\/history$/, () => ({ body: { items: [] } }))
    .on('GET', /^\/api\/records\/rec1\/flow$/, () => ({
      body: {
        flow: { ...sampleTimeline.flow, initiator, assignees },
        items: [...sampleTimeline.items, ...urges.map((at, i) => ({ seq: 3 + i, at, action: 'urged', actor: 'u1', actorName: 'Li Lei', nodeId: null, nodeName: null, comment: null }))],
      },
    }))
    .on('POST', /^\/api\/records\/rec1\/urge$/, () => {
      urges.push('2024-05-06T10:00:00.000Z');
      return { body: { recordId: 'rec1', instanceId: 'fi_rec1', flow: { state: 'in_progress', nodes: [{ id: 'n_manager', name: 'Manager approval' }], assignees } } };
    });
  return server;
}

describe('urging from the record page', () => {
  it('lets the initiator urge the current holders, confirms it, and shows it on the timeline', async () => {
    const server = recordServer('u1');
    const { user } = renderApp(server, '/records/rec1');
    const flow = await screen.findByRole('region', { name: 'Approval flow' });
    await user.click(within(flow).getByRole('button', { name: 'Urge' }));
    expect((await within(flow).findByRole('status')).textContent).toBe('Urged: whoever holds it now is notified.');
    expect(await within(flow).findByText(/Li Lei · Urged/)).toBeTruthy();
    expect(server.requests.filter((r) => r.method === 'POST').map((r) => [r.path, r.body])).toEqual([['/api/records/rec1/urge', {}]]);
  });

  it('says in Chinese why an urge was refused (the flow finished meanwhile)', async () => {
    const server = recordServer('u1').on('POST', /^\/api\/records\/rec1\/urge$/, (request) => ({
      status: 409,
      body: { error: { code: 'flow_finished', message: request.headers.get('accept-language') === 'zh-CN' ? '流程已结束' : 'The flow has finished' } },
    }));
    const { user } = renderApp(server, '/records/rec1', { locale: 'zh-CN' });
    await user.click(await screen.findByRole('button', { name: '催办' }));
    expect((await screen.findByRole('alert')).textContent).toBe('催办失败：流程已结束');
  });

  it('offers no urge to anyone but the initiator', async () => {
    renderApp(recordServer('u2'), '/records/rec1');
    const flow = await screen.findByRole('region', { name: 'Approval flow' });
    expect(within(flow).queryByRole('button', { name: 'Urge' })).toBeNull();
  });

  it('offers no urge to the initiator holding the only task (a returned record)', async () => {
    renderApp(recordServer('u1', ['u1']), '/records/rec1', { locale: 'zh-CN' });
    const flow = await screen.findByRole('region', { name: '审批流程' });
    expect(within(flow).getByRole('button', { name: '撤回' })).toBeTruthy();
    expect(within(flow).queryByRole('button', { name: '催办' })).toBeNull();
  });
});
