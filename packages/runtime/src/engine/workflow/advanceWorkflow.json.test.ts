import { describe, expect, it } from 'vitest';
import { exampleWorkflow } from '../documents/testing/exampleWorkflow.js';
import { advanceWorkflow } from './advanceWorkflow.js';
import { startInstance } from './startInstance.js';
import { testContext } from './testing/workflowFixtures.js';

describe('instances and effects are plain JSON', () => {
  it('round-trip through JSON, and a stored instance advances exactly like the live one', () => {
    const values = { f_amount: 200000, f_probability: 50, f_team: ['u_rep2'], f_region: 'd_finance', f_close_date: '2025-03-01' };
    const context = testContext(exampleWorkflow, values);
    const started = startInstance(exampleWorkflow, { id: 'r_1', values }, 'u_rep', { ...context, workflowVersion: 2 });
    if (!started.ok) throw new Error(started.error.code);
    const stored = JSON.parse(JSON.stringify(started));
    expect(stored).toEqual(started);
    const taskId = started.effects.openTasks[0]?.id ?? '';
    const action = { type: 'approve', taskId, by: 'u_manager', signature: 'file_sig', data: { f_probability: 60 } } as const;
    const live = advanceWorkflow(started.instance, action, testContext(exampleWorkflow, values));
    const fromStore = advanceWorkflow(stored.instance, action, testContext(exampleWorkflow, values));
    expect(fromStore).toEqual(live);
    expect(JSON.parse(JSON.stringify(live))).toEqual(live);
    // Legal resolves to nobody in this directory and its node says autoApprove: only finance waits.
    expect(live.ok && live.effects.flowState.nodes.map((node) => node.id)).toEqual(['n_finance']);
  });
});
