import { describe, expect, it } from 'vitest';
import { approval, chain, FlowDriver } from './testing/workflowFixtures.js';

const hour = 3_600_000;

describe('due times', () => {
  it('reminds when due and again every repeatHours, until someone acts; acting clears the timer', () => {
    const flow = new FlowDriver(chain([approval('n_manager', { due: { hours: 24, action: 'remind', repeatHours: 4 } })]));
    const [timer] = flow.effects.setTimers;
    expect(timer).toMatchObject({ kind: 'remind', nodeId: 'n_manager', dueAt: flow.instance.startedAt + 24 * hour });
    flow.context.advanceClock(24 * hour);
    const fired = flow.act({ type: 'timerFired', timerId: timer?.id ?? '' });
    expect(fired.notices).toEqual([{ kind: 'remind', to: ['u_manager'], nodeId: 'n_manager' }]);
    expect(fired.setTimers).toMatchObject([{ kind: 'remind', dueAt: flow.instance.startedAt + 28 * hour }]);
    expect(fired.clearTimers).toEqual([timer?.id]);
    const approved = flow.approve('u_manager');
    expect(approved.clearTimers).toEqual([fired.setTimers[0]?.id]);
    expect(flow.instance.timers).toEqual([]);
  });

  it('fires once: a timer already fired or cleared is refused with 409', () => {
    const flow = new FlowDriver(chain([approval('n_manager', { due: { hours: 1, action: 'remind' } })]));
    const timerId = flow.effects.setTimers[0]?.id ?? '';
    flow.act({ type: 'timerFired', timerId });
    expect(flow.refused({ type: 'timerFired', timerId })).toMatchObject({ code: 'unknownTimer', status: 409 });
  });

  it('auto-approves an overdue node', () => {
    const flow = new FlowDriver(chain([approval('n_fin', { assignees: [{ kind: 'role', role: 'finance' }], mode: 'all', due: { hours: 2, action: 'autoApprove' } })]));
    flow.approve('u_cfo');
    flow.act({ type: 'timerFired', timerId: flow.instance.timers[0]?.id ?? '' });
    expect(flow.instance.status).toBe('completed');
    expect(flow.instance.tasks.filter((task) => task.outcome === 'autoApproved').map((task) => task.assignee)).toEqual(['u_fin1', 'u_fin2']);
  });

  it('auto-returns an overdue node to the initiator', () => {
    const flow = new FlowDriver(chain([approval('n_manager', { due: { hours: 2, action: 'autoReturn' } })]));
    const effects = flow.act({ type: 'timerFired', timerId: flow.instance.timers[0]?.id ?? '' });
    expect(flow.holders()).toEqual(['u_rep']);
    expect(effects.log[0]).toMatchObject({ action: 'autoReturned', nodeId: 'n_manager', targetNodeId: 'n_start' });
  });

  it('takes the due time from a date field of the record, read in the time zone; no date, no timer', () => {
    const node = approval('n_manager', { due: { fieldId: 'f_deadline', hours: 2, action: 'remind' } });
    const dated = new FlowDriver(chain([node]), { f_deadline: '2025-02-01' });
    // Midnight in Shanghai is 16:00 UTC the day before; two hours after it.
    expect(dated.effects.setTimers[0]?.dueAt).toBe(Date.UTC(2025, 0, 31, 18));
    expect(new FlowDriver(chain([node]), {}).effects.setTimers).toEqual([]);
  });
});
