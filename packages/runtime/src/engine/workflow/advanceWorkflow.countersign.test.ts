import { describe, expect, it } from 'vitest';
import { approval, chain, FlowDriver } from './testing/workflowFixtures.js';

const finance = [{ kind: 'role', role: 'finance' }] as const;

describe('会签 (countersign) decisions', () => {
  it('one rejection ends the flow as the node says, even when everyone else then tries to approve', () => {
    const flow = new FlowDriver(chain([approval('n_fin', { assignees: finance, mode: 'all', onReject: 'end' })]));
    const late = flow.taskOf('u_fin2');
    flow.approve('u_cfo');
    const effects = flow.act({ type: 'reject', taskId: flow.taskOf('u_fin1').id, by: 'u_fin1', comment: '价格不对' });
    expect(flow.instance.status).toBe('rejected');
    expect(effects.closeTasks.map((task) => [task.assignee, task.outcome])).toEqual([
      ['u_fin1', 'rejected'],
      ['u_fin2', 'cancelled'],
    ]);
    // The last to act does not get to overturn it.
    expect(flow.refused({ type: 'approve', taskId: late.id, by: 'u_fin2' }).code).toBe('taskClosed');
    expect(flow.instance.status).toBe('rejected');
  });

  it('one rejection returns to the initiator when the node says returnToStart, whoever approved before', () => {
    const flow = new FlowDriver(chain([approval('n_fin', { assignees: finance, mode: 'all', onReject: 'returnToStart' })]));
    flow.approve('u_cfo');
    flow.act({ type: 'reject', taskId: flow.taskOf('u_fin1').id, by: 'u_fin1' });
    expect(flow.instance.status).toBe('in_progress');
    expect(flow.holders()).toEqual(['u_rep']);
    expect(flow.taskOf('u_rep').kind).toBe('submit');
    expect(flow.effects.notices).toContainEqual({ kind: 'returned', to: ['u_rep'], nodeId: 'n_start' });
  });

  it('a rejection in 或签 decides at once too', () => {
    const flow = new FlowDriver(chain([approval('n_fin', { assignees: finance, mode: 'any' })]));
    flow.act({ type: 'reject', taskId: flow.taskOf('u_fin2').id, by: 'u_fin2' });
    expect(flow.instance.status).toBe('rejected');
    expect(flow.openTasks()).toEqual([]);
  });
});
