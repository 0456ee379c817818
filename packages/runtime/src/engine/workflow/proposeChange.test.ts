import { describe, expect, it } from 'vitest';
import { advanceWorkflow } from './advanceWorkflow.js';
import { proposeChange } from './proposeChange.js';
import { approval, chain, testContext } from './testing/workflowFixtures.js';

const guarded = chain([approval('n_manager')], { changeApproval: { fieldIds: ['f_amount'] } });
const record = { id: 'r_1', values: { f_amount: 500000, f_note: 'a' } };

describe('changes that need approval', () => {
  it('an edit of a guarded field becomes a change flow carrying the diff, and leaves the record alone', () => {
    const context = testContext(guarded, record.values);
    const proposal = proposeChange(guarded, record, { f_amount: 800000, f_note: 'a' }, 'u_rep', { ...context, workflowVersion: 1 });
    if (!proposal.ok || !proposal.needsApproval) throw new Error('expected a change flow');
    expect(proposal.diff).toEqual({ f_amount: { before: 500000, after: 800000 } });
    expect(proposal.instance.change).toEqual({ proposedBy: 'u_rep', diff: proposal.diff });
    expect(proposal.effects.recordUpdate).toBeUndefined();
    expect(proposal.effects.applyChange).toBeUndefined();
    expect(proposal.instance.log[0]).toMatchObject({ action: 'changeProposed', actor: 'u_rep' });

    const taskId = proposal.effects.openTasks[0]?.id ?? '';
    const approved = advanceWorkflow(proposal.instance, { type: 'approve', taskId, by: 'u_manager', comment: '同意调整' }, context);
    if (!approved.ok) throw new Error(approved.error.code);
    expect(approved.effects.applyChange).toEqual({ f_amount: { before: 500000, after: 800000 } });
    expect(approved.instance.log.map((entry) => [entry.action, entry.actor ?? null])).toEqual([
      ['changeProposed', 'u_rep'],
      ['arrived', null],
      ['approved', 'u_manager'],
      ['completed', null],
      ['changeApplied', 'u_rep'],
    ]);
  });

  it('a rejected change is never applied', () => {
    const context = testContext(guarded, record.values);
    const proposal = proposeChange(guarded, record, { f_amount: 1 }, 'u_rep', { ...context, workflowVersion: 1 });
    if (!proposal.ok || !proposal.needsApproval) throw new Error('expected a change flow');
    const rejected = advanceWorkflow(proposal.instance, { type: 'reject', taskId: proposal.effects.openTasks[0]?.id ?? '', by: 'u_manager' }, context);
    expect(rejected.ok && rejected.effects.applyChange).toBe(undefined);
  });

  it('an edit of other fields, or a workflow without change approval, needs none', () => {
    const context = { ...testContext(guarded), workflowVersion: 1 };
    expect(proposeChange(guarded, record, { f_note: 'b' }, 'u_rep', context)).toEqual({ ok: true, needsApproval: false, diff: { f_note: { before: 'a', after: 'b' } } });
    expect(proposeChange(chain([]), record, { f_amount: 1 }, 'u_rep', context)).toMatchObject({ ok: true, needsApproval: false });
    expect(proposeChange(guarded, record, { f_amount: 500000 }, 'u_rep', context)).toMatchObject({ ok: false, error: { code: 'noChange' } });
  });
});
