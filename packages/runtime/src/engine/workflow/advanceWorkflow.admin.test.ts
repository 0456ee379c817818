import { describe, expect, it } from 'vitest';
import { approval, chain, FlowDriver } from './testing/workflowFixtures.js';

const twoSteps = (settings?: Parameters<typeof chain>[1]) => chain([approval('n_manager'), approval('n_director', { assignees: [{ kind: 'member', userId: 'u_director' }] })], settings);

describe('withdraw, urge and the admin’s actions', () => {
  it('withdraw: only the initiator, until an approver acts (the default)', () => {
    const flow = new FlowDriver(twoSteps());
    expect(flow.refused({ type: 'withdraw', by: 'u_manager' })).toMatchObject({ code: 'notInitiator', status: 403 });
    const effects = flow.act({ type: 'withdraw', by: 'u_rep', comment: '填错了' });
    expect(flow.instance.status).toBe('withdrawn');
    expect(effects.closeTasks.map((task) => task.outcome)).toEqual(['cancelled']);
    const acted = new FlowDriver(twoSteps());
    acted.approve('u_manager');
    expect(acted.refused({ type: 'withdraw', by: 'u_rep' })).toMatchObject({ code: 'withdrawNotAllowed', status: 409 });
  });

  it('withdraw: never, or any time, as the workflow says', () => {
    expect(new FlowDriver(twoSteps({ withdraw: 'never' })).refused({ type: 'withdraw', by: 'u_rep' }).status).toBe(403);
    const anyTime = new FlowDriver(twoSteps({ withdraw: 'anyTime' }));
    anyTime.approve('u_manager');
    anyTime.act({ type: 'withdraw', by: 'u_rep' });
    expect(anyTime.instance.status).toBe('withdrawn');
    expect(anyTime.refused({ type: 'withdraw', by: 'u_rep' }).code).toBe('flowFinished');
  });

  it('urge notifies whoever holds the open tasks', () => {
    const flow = new FlowDriver(twoSteps());
    expect(flow.act({ type: 'urge', by: 'u_rep' }).notices).toEqual([{ kind: 'urge', to: ['u_manager'] }]);
    expect(flow.refused({ type: 'urge', by: 'u_rep2' }).code).toBe('notAdmin');
  });

  it('urging again waits ten minutes, unless the record moved on to holders not urged yet', () => {
    const flow = new FlowDriver(twoSteps());
    flow.act({ type: 'urge', by: 'u_rep' });
    flow.context.advanceClock(4 * 60_000);
    const early = flow.refused({ type: 'urge', by: 'u_rep' });
    expect(early).toMatchObject({ code: 'urgedRecently', status: 429 });
    expect(early.message).toEqual({ 'zh-CN': '刚催办过，6 分钟后可再次催办', en: 'Already urged; you can urge again in 6 min' });
    // An admin's urge is theirs: the rep's does not hold it back.
    expect(flow.act({ type: 'urge', by: 'u_admin' }).notices).toEqual([{ kind: 'urge', to: ['u_manager'] }]);
    flow.context.advanceClock(6 * 60_000);
    expect(flow.act({ type: 'urge', by: 'u_rep' }).notices).toEqual([{ kind: 'urge', to: ['u_manager'] }]);
    // The manager approves: the director's task is new, so the rep may urge at once.
    flow.approve('u_manager');
    expect(flow.act({ type: 'urge', by: 'u_rep' }).notices).toEqual([{ kind: 'urge', to: ['u_director'] }]);
  });

  it('an admin ends a running flow and reactivates it where it stopped', () => {
    const flow = new FlowDriver(twoSteps());
    flow.approve('u_manager');
    expect(flow.refused({ type: 'end', by: 'u_manager' }).code).toBe('notAdmin');
    flow.act({ type: 'end', by: 'u_admin', comment: '客户取消' });
    expect(flow.instance).toMatchObject({ status: 'ended', stoppedAt: ['n_director'], timers: [] });
    expect(flow.refused({ type: 'end', by: 'u_admin' }).code).toBe('flowFinished');
    flow.act({ type: 'reactivate', by: 'u_admin' });
    expect(flow.instance.status).toBe('in_progress');
    expect(flow.holders()).toEqual(['u_director']);
    expect(flow.refused({ type: 'reactivate', by: 'u_admin' }).code).toBe('flowNotFinished');
  });

  it('an admin reassigns anyone’s open task; the new holder can act and the old one cannot', () => {
    const flow = new FlowDriver(twoSteps());
    const old = flow.taskOf('u_manager');
    flow.act({ type: 'reassign', taskId: old.id, by: 'u_admin', to: 'u_ceo' });
    expect(flow.refused({ type: 'approve', taskId: old.id, by: 'u_manager' }).code).toBe('taskClosed');
    flow.approve('u_ceo');
    expect(flow.holders()).toEqual(['u_director']);
  });
});
