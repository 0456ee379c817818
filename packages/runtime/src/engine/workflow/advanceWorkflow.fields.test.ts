import { describe, expect, it } from 'vitest';
import { approval, chain, FlowDriver, start } from './testing/workflowFixtures.js';
import { viewRecordAt } from './viewRecordAt.js';

const manager = approval('n_manager', {
  fieldPermissions: { f_amount: 'read', f_notes: 'hidden', f_discount: 'edit', f_reason: 'required' },
  validations: [{ id: 'v_discount', assert: { '<=': [{ var: 'f_discount' }, 20] }, message: { 'zh-CN': '折扣不能超过 20%', en: 'The discount cannot exceed 20%' } }],
});

describe('field permissions and node validations', () => {
  it('refuses an edit of a field the node may not edit, naming the field', () => {
    const flow = new FlowDriver(chain([manager]), { f_amount: 100 });
    const taskId = flow.taskOf('u_manager').id;
    expect(flow.refused({ type: 'approve', taskId, by: 'u_manager', data: { f_amount: 1 } })).toMatchObject({ code: 'fieldNotEditable', status: 403, details: { fieldId: 'f_amount' } });
    expect(flow.refused({ type: 'approve', taskId, by: 'u_manager', data: { f_notes: 'x' } }).details?.fieldId).toBe('f_notes');
  });

  it('needs required-at-node fields filled, and the node validations to hold, on approve', () => {
    const flow = new FlowDriver(chain([manager]), { f_amount: 100 });
    const taskId = flow.taskOf('u_manager').id;
    expect(flow.refused({ type: 'approve', taskId, by: 'u_manager' })).toMatchObject({ code: 'requiredField', details: { fieldId: 'f_reason' } });
    const invalid = flow.refused({ type: 'approve', taskId, by: 'u_manager', data: { f_reason: '老客户', f_discount: 30 } });
    expect(invalid).toMatchObject({ code: 'validationFailed', status: 422, message: { 'zh-CN': '折扣不能超过 20%', en: 'The discount cannot exceed 20%' } });
    const effects = flow.approve('u_manager', { data: { f_reason: '老客户', f_discount: 15 } });
    expect(effects.recordUpdate).toEqual({ f_reason: '老客户', f_discount: 15 });
  });

  it('a reject needs no required fields, but a signature when the node asks for one', () => {
    const flow = new FlowDriver(chain([{ ...manager, signatureRequired: true }]), {});
    const taskId = flow.taskOf('u_manager').id;
    expect(flow.refused({ type: 'reject', taskId, by: 'u_manager' }).code).toBe('signatureRequired');
    flow.act({ type: 'reject', taskId, by: 'u_manager', signature: 'file_sig_1' });
    expect(flow.instance.tasks.find((task) => task.id === taskId)).toMatchObject({ outcome: 'rejected', signature: 'file_sig_1' });
  });

  it('shows the record as the node may see it', () => {
    expect(viewRecordAt(manager, { f_amount: 1, f_notes: 'secret', f_discount: 5 }, ['f_amount', 'f_notes', 'f_discount', 'f_reason'])).toEqual({
      values: { f_amount: 1, f_discount: 5 },
      readOnly: ['f_amount'],
      editable: ['f_discount', 'f_reason'],
      required: ['f_reason'],
    });
    expect(viewRecordAt(start, { f_amount: 1 }).editable).toEqual(['f_amount']);
  });

  it('the start node’s required fields are checked when the flow starts', () => {
    const schema = chain([manager]);
    const strict = { ...schema, nodes: schema.nodes.map((node) => (node.type === 'start' ? { ...start, fieldPermissions: { f_customer: 'required' as const } } : node)) };
    expect(() => new FlowDriver(strict, {})).toThrow('requiredField');
    expect(new FlowDriver(strict, { f_customer: 'c_1' }).holders()).toEqual(['u_manager']);
  });
});
