import { describe, expect, it } from 'vitest';
import { approval, chain, FlowDriver } from './testing/workflowFixtures.js';

const manager = () => chain([approval('n_manager')]);

describe('transfer and adding approvers', () => {
  it('transfer hands the task to someone else in the same place', () => {
    const flow = new FlowDriver(manager());
    const effects = flow.act({ type: 'transfer', taskId: flow.taskOf('u_manager').id, by: 'u_manager', to: 'u_director', comment: '出差' });
    expect(effects.closeTasks.map((task) => task.outcome)).toEqual(['transferred']);
    expect(flow.holders()).toEqual(['u_director']);
    expect(flow.refused({ type: 'transfer', taskId: flow.taskOf('u_director').id, by: 'u_director', to: 'u_gone' }).code).toBe('unknownUser');
    flow.approve('u_director');
    expect(flow.instance.status).toBe('completed');
  });

  it('before: the adder waits until the added approvers have approved', () => {
    const flow = new FlowDriver(manager());
    flow.act({ type: 'addApprover', taskId: flow.taskOf('u_manager').id, by: 'u_manager', users: ['u_cfo'], position: 'before' });
    expect(flow.holders()).toEqual(['u_cfo']);
    flow.approve('u_cfo');
    expect(flow.holders()).toEqual(['u_manager']);
    flow.approve('u_manager');
    expect(flow.instance.status).toBe('completed');
  });

  it('after: the adder approves now and the node waits for the added approvers, even in 或签', () => {
    const flow = new FlowDriver(manager());
    flow.act({ type: 'addApprover', taskId: flow.taskOf('u_manager').id, by: 'u_manager', users: ['u_cfo', 'u_director'], position: 'after' });
    expect(flow.holders()).toEqual(['u_cfo', 'u_director']);
    flow.approve('u_cfo');
    expect(flow.instance.status).toBe('in_progress');
    flow.approve('u_director');
    expect(flow.instance.status).toBe('completed');
  });

  it('parallel: the added approver decides alongside the adder', () => {
    const flow = new FlowDriver(manager());
    flow.act({ type: 'addApprover', taskId: flow.taskOf('u_manager').id, by: 'u_manager', users: ['u_cfo'], position: 'parallel' });
    flow.approve('u_cfo');
    expect(flow.holders()).toEqual(['u_manager']);
    flow.approve('u_manager');
    expect(flow.instance.status).toBe('completed');
  });

  it('refuses adding yourself, nobody, or someone who already has a task here', () => {
    const flow = new FlowDriver(chain([approval('n_fin', { assignees: [{ kind: 'role', role: 'finance' }], mode: 'all' })]));
    const taskId = flow.taskOf('u_cfo').id;
    expect(flow.refused({ type: 'addApprover', taskId, by: 'u_cfo', users: ['u_cfo'], position: 'after' }).code).toBe('unknownUser');
    expect(flow.refused({ type: 'addApprover', taskId, by: 'u_cfo', users: [], position: 'after' }).code).toBe('unknownUser');
    expect(flow.refused({ type: 'addApprover', taskId, by: 'u_cfo', users: ['u_fin1'], position: 'after' })).toMatchObject({ code: 'alreadyAssigned', status: 409 });
  });
});
