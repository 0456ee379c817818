import { describe, expect, it } from 'vitest';
import { approval, chain, FlowDriver } from './testing/workflowFixtures.js';

describe('refused actions, typed for the server', () => {
  it('acting on a task that is not yours is 403, on one already closed 409, on none 404', () => {
    const flow = new FlowDriver(chain([approval('n_manager'), approval('n_director', { assignees: [{ kind: 'member', userId: 'u_director' }] })]));
    const task = flow.taskOf('u_manager');
    expect(flow.refused({ type: 'approve', taskId: task.id, by: 'u_rep2' })).toMatchObject({ code: 'notYourTask', status: 403, details: { taskId: task.id } });
    flow.approve('u_manager');
    expect(flow.refused({ type: 'approve', taskId: task.id, by: 'u_manager' })).toMatchObject({ code: 'taskClosed', status: 409 });
    // A stranger is told it is not theirs, not whether it is still open.
    expect(flow.refused({ type: 'reject', taskId: task.id, by: 'u_rep2' }).code).toBe('notYourTask');
    expect(flow.refused({ type: 'approve', taskId: 'task_404', by: 'u_manager' })).toMatchObject({ code: 'unknownTask', status: 404 });
  });

  it('an action the node does not offer is refused', () => {
    const flow = new FlowDriver(chain([approval('n_manager', { actions: ['return'] })]));
    const error = flow.refused({ type: 'transfer', taskId: flow.taskOf('u_manager').id, by: 'u_manager', to: 'u_director' });
    expect(error).toMatchObject({ code: 'actionNotOffered', status: 422 });
    expect(error.message).toEqual({ 'zh-CN': '“n_manager”节点不允许转交', en: '"n_manager" does not allow you to transfer' });
  });

  it('submit tasks only submit, approval tasks only decide', () => {
    const flow = new FlowDriver(chain([approval('n_manager')]));
    expect(flow.refused({ type: 'submit', taskId: flow.taskOf('u_manager').id, by: 'u_manager' }).code).toBe('wrongTaskKind');
  });

  it('a condition with no branch that applies refuses the submit and names the node', () => {
    const schema = {
      ...chain([]),
      nodes: [
        { id: 'n_start', type: 'start', name: '发起' },
        { id: 'n_if', type: 'condition', name: '按金额' },
        { id: 'n_end', type: 'end', name: '结束' },
      ],
      edges: [
        { id: 'e_1', from: 'n_start', to: 'n_if' },
        { id: 'e_2', from: 'n_if', to: 'n_end', condition: { '>': [{ var: 'f_amount' }, 10] } },
      ],
    } as const;
    expect(() => new FlowDriver(schema, { f_amount: 1 })).toThrow('noBranch');
  });

  it('a refused action leaves the instance as it was (checked by the driver) and logs nothing', () => {
    const flow = new FlowDriver(chain([approval('n_manager')]));
    const logged = flow.instance.log.length;
    flow.refused({ type: 'withdraw', by: 'u_rep2' });
    expect(flow.instance.log).toHaveLength(logged);
  });
});
