import { describe, expect, it } from 'vitest';
import { approval, chain, FlowDriver } from './testing/workflowFixtures.js';

const managerAgain = (id: string) => approval(id, { assignees: [{ kind: 'member', userId: 'u_manager' }] });

describe('passing a repeated approver', () => {
  it('passes an approver who already approved in this instance', () => {
    const flow = new FlowDriver(chain([managerAgain('n_1'), managerAgain('n_2')], { skipRepeatedApprover: true }));
    flow.approve('u_manager');
    expect(flow.instance.status).toBe('completed');
    expect(flow.instance.log.find((entry) => entry.action === 'passed')).toMatchObject({ nodeId: 'n_2', users: ['u_manager'] });
  });

  it('asks again when the setting is off', () => {
    const flow = new FlowDriver(chain([managerAgain('n_1'), managerAgain('n_2')]));
    flow.approve('u_manager');
    expect(flow.holders()).toEqual(['u_manager']);
  });

  it('counts only approvals made after the last return', () => {
    const director = approval('n_director', { assignees: [{ kind: 'member', userId: 'u_director' }] });
    const flow = new FlowDriver(chain([managerAgain('n_1'), director, managerAgain('n_2')], { skipRepeatedApprover: true }));
    flow.approve('u_manager');
    flow.act({ type: 'return', taskId: flow.taskOf('u_director').id, by: 'u_director', target: 'n_start' });
    flow.act({ type: 'submit', taskId: flow.taskOf('u_rep').id, by: 'u_rep' });
    // n_1 again: the approval before the return does not count, so the manager is asked.
    expect(flow.holders()).toEqual(['u_manager']);
    flow.approve('u_manager');
    flow.approve('u_director');
    // n_2: the manager approved n_1 after the return, so n_2 passes.
    expect(flow.instance.status).toBe('completed');
  });

  it('in 会签 passes only the repeated people and asks the rest', () => {
    const both = approval('n_2', { assignees: [{ kind: 'member', userId: 'u_manager' }, { kind: 'member', userId: 'u_director' }], mode: 'all' });
    const flow = new FlowDriver(chain([managerAgain('n_1'), both], { skipRepeatedApprover: true }));
    flow.approve('u_manager');
    expect(flow.holders()).toEqual(['u_director']);
  });
});
