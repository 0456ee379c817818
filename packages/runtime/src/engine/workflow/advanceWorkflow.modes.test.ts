import { describe, expect, it } from 'vitest';
import { approval, chain, FlowDriver } from './testing/workflowFixtures.js';

const finance = [{ kind: 'role', role: 'finance' }] as const;

describe('approval modes', () => {
  it('或签 (any): the first approval decides and the others’ tasks are cancelled', () => {
    const flow = new FlowDriver(chain([approval('n_fin', { assignees: finance, mode: 'any' })]));
    expect(flow.holders()).toEqual(['u_cfo', 'u_fin1', 'u_fin2']);
    const effects = flow.approve('u_fin1', { comment: '可以' });
    expect(flow.instance.status).toBe('completed');
    expect(effects.closeTasks.map((task) => [task.assignee, task.outcome])).toEqual([
      ['u_cfo', 'cancelled'],
      ['u_fin1', 'approved'],
      ['u_fin2', 'cancelled'],
    ]);
    expect(effects.flowState).toEqual({ status: 'completed', nodes: [], assignees: [] });
  });

  it('会签 (all): the node waits for every assignee', () => {
    const flow = new FlowDriver(chain([approval('n_fin', { assignees: finance, mode: 'all' })]));
    flow.approve('u_cfo');
    flow.approve('u_fin2');
    expect(flow.instance.status).toBe('in_progress');
    expect(flow.effects.flowState).toEqual({ status: 'in_progress', nodes: [{ id: 'n_fin', name: 'n_fin' }], assignees: ['u_fin1'] });
    flow.approve('u_fin1');
    expect(flow.instance.status).toBe('completed');
  });

  it('依次 (sequence): one assignee after another, in the order they resolve', () => {
    const flow = new FlowDriver(chain([approval('n_chain', { assignees: [{ kind: 'managerChain', levels: 3 }], mode: 'sequence' })]));
    expect(flow.holders()).toEqual(['u_manager']);
    const effects = flow.approve('u_manager');
    expect(effects.openTasks.map((task) => task.assignee)).toEqual(['u_director']);
    flow.approve('u_director');
    expect(flow.holders()).toEqual(['u_ceo']);
    flow.approve('u_ceo');
    expect(flow.instance.status).toBe('completed');
  });

  it('passes a node whose assignees resolve to nobody when it says so, else gives it to the admins', () => {
    const nobody = [{ kind: 'memberField', fieldId: 'f_owner' }] as const;
    const passed = new FlowDriver(chain([approval('n_a', { assignees: nobody, whenNoAssignee: 'autoApprove' })]));
    expect(passed.instance.status).toBe('completed');
    expect(passed.instance.log.map((entry) => entry.action)).toEqual(['submitted', 'passed', 'completed']);
    const toAdmin = new FlowDriver(chain([approval('n_a', { assignees: nobody })]));
    expect(toAdmin.holders()).toEqual(['u_admin']);
  });

  it('tells the host what to open, whom to notify and what the record’s state is', () => {
    const flow = new FlowDriver(chain([approval('n_manager')]));
    expect(flow.effects.openTasks).toMatchObject([{ assignee: 'u_manager', nodeId: 'n_manager', kind: 'approve', state: 'open' }]);
    expect(flow.effects.notices).toEqual([{ kind: 'task', to: ['u_manager'], nodeId: 'n_manager', taskId: flow.effects.openTasks[0]?.id }]);
    expect(flow.effects.flowState).toEqual({ status: 'in_progress', nodes: [{ id: 'n_manager', name: 'n_manager' }], assignees: ['u_manager'] });
    flow.approve('u_manager');
    expect(flow.effects.notices).toEqual([{ kind: 'finished', to: ['u_rep'], status: 'completed' }]);
  });
});
