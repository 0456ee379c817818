import { checkWorkflowPublish, type FormSchema, type WorkflowSchema } from '@formwork/runtime';
import { describe, expect, it } from 'vitest';
import { buildWorkflowTree } from './buildWorkflowTree.js';
import { createWorkflowStore, type WorkflowStore } from './createWorkflowStore.js';
import { starterWorkflow } from './starterWorkflow.js';
import type { FlowItem } from './WorkflowTree.js';

const form: FormSchema = { kind: 'form', schemaVersion: 1, title: 'Deals', fields: [{ id: 'f_amount', type: 'number', label: 'Amount' }] };

function createTestStore(initial: WorkflowSchema = starterWorkflow('frm_1', 'Deals', 'en')): WorkflowStore {
  let next = 0;
  return createWorkflowStore({ createId: (prefix) => `${prefix}_${++next}`, locale: 'en', initial });
}

/** The tree as names, branches in brackets: what a person sees on the canvas. */
function outline(items: readonly FlowItem[] | null): unknown {
  if (!items) return null;
  return items.map((item) =>
    item.kind === 'node' ? item.node.name : { [item.gateway.name]: item.branches.map((branch) => [branch.edge.name ?? '', ...(outline(branch.items) as unknown[])]) },
  );
}

const workflowOf = (store: WorkflowStore): WorkflowSchema => store.getState().workflow;

describe('the workflow store', () => {
  it('starts from initiator → approval → end, which may be published', () => {
    const store = createTestStore();
    expect(outline(buildWorkflowTree(workflowOf(store)))).toEqual(['Initiator', 'Approval', 'End']);
    expect(checkWorkflowPublish(workflowOf(store), form)).toEqual([]);
  });

  it('inserts a node between two nodes, rewiring the edge through it', () => {
    const store = createTestStore();
    const result = store.getState().insertNode({ edgeIds: ['e_approval'] }, 'cc');
    expect(result).toEqual({ ok: true, id: 'n_1' });
    expect(outline(buildWorkflowTree(workflowOf(store)))).toEqual(['Initiator', 'Approval', 'Copy to', 'End']);
    expect(workflowOf(store).edges).toEqual([
      { id: 'e_start', from: 'n_start', to: 'n_approval' },
      { id: 'e_approval', from: 'n_approval', to: 'n_1' },
      { id: 'e_2', from: 'n_1', to: 'n_end' },
    ]);
    expect(store.getState().selectedId).toBe('n_1');
  });

  it('adds a condition block with a first branch and the default one, then more branches before the default', () => {
    const store = createTestStore();
    expect(store.getState().insertNode({ edgeIds: ['e_start'] }, 'condition').ok).toBe(true);
    expect(outline(buildWorkflowTree(workflowOf(store)))).toEqual([
      'Initiator',
      { Condition: [['Condition 1'], ['Otherwise']] },
      'Approval',
      'End',
    ]);
    expect(store.getState().addBranch('n_1').ok).toBe(true);
    const branches = workflowOf(store).edges.filter((edge) => edge.from === 'n_1');
    expect(branches.map((edge) => [edge.name, edge.default === true])).toEqual([
      ['Condition 1', false],
      ['Condition 2', false],
      ['Otherwise', true],
    ]);
    expect(checkWorkflowPublish(workflowOf(store), form)).toEqual([]);
  });

  it('adds a node inside a branch and after a block, and nests a block in a branch', () => {
    const store = createTestStore();
    store.getState().insertNode({ edgeIds: ['e_start'] }, 'condition');
    const [first, otherwise] = workflowOf(store).edges.filter((edge) => edge.from === 'n_1');
    // Inside the first branch: the branch edge now leads to the new node.
    expect(store.getState().insertNode({ edgeIds: [first?.id ?? ''] }, 'approval').ok).toBe(true);
    // After the block: both branch ends lead into the new node.
    const intoMerge = workflowOf(store).edges.filter((edge) => edge.to === 'n_approval' && edge.from !== 'n_start').map((edge) => edge.id);
    expect(store.getState().insertNode({ edgeIds: intoMerge }, 'cc').ok).toBe(true);
    expect(store.getState().insertNode({ edgeIds: [otherwise?.id ?? ''] }, 'parallel').ok).toBe(true);
    expect(outline(buildWorkflowTree(workflowOf(store)))).toEqual([
      'Initiator',
      { Condition: [['Condition 1', 'Approval'], ['Otherwise', { 'Parallel branches': [['', 'Approval'], ['', 'Approval']] }]] },
      'Copy to',
      'Approval',
      'End',
    ]);
    expect(checkWorkflowPublish(workflowOf(store), form)).toEqual([]);
  });

  it('removes a node and reconnects what came before it to what came after', () => {
    const store = createTestStore();
    store.getState().insertNode({ edgeIds: ['e_approval'] }, 'cc');
    expect(store.getState().removeNode('n_approval').ok).toBe(true);
    expect(outline(buildWorkflowTree(workflowOf(store)))).toEqual(['Initiator', 'Copy to', 'End']);
    expect(workflowOf(store).edges).toEqual([
      { id: 'e_start', from: 'n_start', to: 'n_1' },
      { id: 'e_2', from: 'n_1', to: 'n_end' },
    ]);
  });

  it('removes a whole block with its condition node, keeping the condition of the branch it sat in', () => {
    const store = createTestStore();
    store.getState().insertNode({ edgeIds: ['e_start'] }, 'condition');
    const first = workflowOf(store).edges.find((edge) => edge.from === 'n_1' && edge.default !== true);
    store.getState().updateBranch(first?.id ?? '', { condition: { '>': [{ var: 'f_amount' }, 100] } });
    store.getState().insertNode({ edgeIds: [first?.id ?? ''] }, 'parallel');
    expect(store.getState().removeNode('n_4').ok).toBe(true);
    expect(workflowOf(store).edges.find((edge) => edge.id === first?.id)).toEqual({ ...first, to: 'n_approval', condition: { '>': [{ var: 'f_amount' }, 100] } });
    expect(store.getState().removeNode('n_1').ok).toBe(true);
    expect(workflowOf(store)).toEqual(starterWorkflow('frm_1', 'Deals', 'en'));
  });

  it('keeps the start and end nodes, two branches per block and the default branch', () => {
    const store = createTestStore();
    expect(store.getState().removeNode('n_start')).toMatchObject({ ok: false, reason: { en: 'The start and end nodes cannot be removed' } });
    store.getState().insertNode({ edgeIds: ['e_start'] }, 'condition');
    const [first, otherwise] = workflowOf(store).edges.filter((edge) => edge.from === 'n_1');
    expect(store.getState().removeBranch(first?.id ?? '').ok).toBe(false);
    expect(store.getState().lastError?.['zh-CN']).toBe('“Condition”至少要有两个分支');
    store.getState().addBranch('n_1');
    expect(store.getState().removeBranch(otherwise?.id ?? '')).toMatchObject({ ok: false, reason: { en: 'The default branch cannot be removed' } });
    expect(store.getState().removeBranch(first?.id ?? '').ok).toBe(true);
    expect(workflowOf(store).edges.filter((edge) => edge.from === 'n_1').map((edge) => edge.name)).toEqual(['Condition 2', 'Otherwise']);
  });

  it('renames a node and sets its approvers, mode, field permissions and due time', () => {
    const store = createTestStore();
    expect(
      store.getState().updateNode('n_approval', {
        name: ' Manager approval ',
        mode: 'all',
        people: [{ kind: 'member', userId: 'u_2' }, { kind: 'role', role: 'manager' }],
        fieldPermissions: { f_amount: 'required' },
        due: { hours: 24, action: 'remind' },
      }).ok,
    ).toBe(true);
    expect(workflowOf(store).nodes[1]).toEqual({
      id: 'n_approval',
      type: 'approval',
      name: 'Manager approval',
      assignees: [{ kind: 'member', userId: 'u_2' }, { kind: 'role', role: 'manager' }],
      mode: 'all',
      fieldPermissions: { f_amount: 'required' },
      due: { hours: 24, action: 'remind' },
    });
    expect(store.getState().updateNode('n_approval', { due: null }).ok).toBe(true);
    expect(workflowOf(store).nodes[1]).not.toHaveProperty('due');
    expect(store.getState().updateNode('n_approval', { name: '  ' })).toMatchObject({ ok: false, reason: { en: 'A node needs a name' } });
  });

  it('refuses an edit the server would not save as a draft, naming the problem', () => {
    const store = createTestStore();
    const before = workflowOf(store);
    const result = store.getState().updateNode('n_approval', { people: [] });
    expect(result.ok).toBe(false);
    expect(store.getState().lastError?.en).toMatch(/^After this change the draft could not be saved: /);
    expect(workflowOf(store)).toBe(before);
  });

  it('adds a check to an approval node with a message in both languages, and only to an approval', () => {
    const store = createTestStore();
    expect(store.getState().addNodeValidation('n_approval')).toEqual({ ok: true, id: 'v_1' });
    expect(workflowOf(store).nodes[1]).toMatchObject({ validations: [{ id: 'v_1', assert: true, message: { 'zh-CN': '记录不满足审批要求', en: 'The record does not meet this approval’s requirements' } }] });
    expect(store.getState().addNodeValidation('n_start')).toMatchObject({ ok: false, reason: { en: '“Initiator” is not an approval node: it has no validations' } });
    expect(store.getState().updateNode('n_approval', { validations: [] }).ok).toBe(true);
    expect(workflowOf(store).nodes[1]).not.toHaveProperty('validations');
  });

  it('moves a condition branch earlier or later, never past the default branch', () => {
    const store = createTestStore();
    store.getState().insertNode({ edgeIds: ['e_start'] }, 'condition');
    store.getState().addBranch('n_1');
    const names = (): unknown => outline(buildWorkflowTree(workflowOf(store)));
    const second = workflowOf(store).edges.find((edge) => edge.name === 'Condition 2');
    expect(store.getState().moveBranch(second?.id ?? '', -1).ok).toBe(true);
    expect(names()).toEqual(['Initiator', { Condition: [['Condition 2'], ['Condition 1'], ['Otherwise']] }, 'Approval', 'End']);
    expect(store.getState().moveBranch(second?.id ?? '', -1)).toMatchObject({ ok: false, reason: { en: 'This branch is already checked first' } });
    const first = workflowOf(store).edges.find((edge) => edge.name === 'Condition 1');
    expect(store.getState().moveBranch(first?.id ?? '', 1)).toMatchObject({ ok: false, reason: { en: 'Only the default branch comes after this one' } });
    const otherwise = workflowOf(store).edges.find((edge) => edge.default === true);
    expect(store.getState().moveBranch(otherwise?.id ?? '', -1).ok).toBe(false);
  });

  it('names the flow and sets its settings, writing defaults as no entry', () => {
    const store = createTestStore();
    expect(store.getState().setWorkflowSettings({ title: ' Deal approval ', withdraw: 'anyTime', skipRepeatedApprover: true }).ok).toBe(true);
    expect(workflowOf(store)).toMatchObject({ title: 'Deal approval', settings: { withdraw: 'anyTime', skipRepeatedApprover: true } });
    store.getState().setWorkflowSettings({ withdraw: 'untilActed', skipRepeatedApprover: false, title: '' });
    expect(workflowOf(store).title).toBe('Deal approval');
    expect(workflowOf(store)).not.toHaveProperty('settings');
  });

  it('undoes and redoes every command, selection with it', () => {
    const store = createTestStore();
    const start = workflowOf(store);
    store.getState().insertNode({ edgeIds: ['e_start'] }, 'parallel');
    const withBlock = workflowOf(store);
    store.getState().updateNode('n_approval', { name: 'Director' });
    expect(store.getState().undo().ok).toBe(true);
    expect(workflowOf(store)).toEqual(withBlock);
    expect(store.getState().undo().ok).toBe(true);
    expect(workflowOf(store)).toEqual(start);
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().undo()).toMatchObject({ ok: false, reason: { en: 'Nothing to undo' } });
    expect(store.getState().redo().ok).toBe(true);
    expect(workflowOf(store)).toEqual(withBlock);
    expect(store.getState().selectedId).toBe('n_1');
  });
});

describe('buildWorkflowTree', () => {
  it('answers null for a graph the chain view cannot draw, as a loop or branches that never rejoin', () => {
    const base = starterWorkflow('frm_1', 'Deals', 'en');
    const loop: WorkflowSchema = { ...base, edges: [...base.edges, { id: 'e_back', from: 'n_approval', to: 'n_start' }] };
    expect(buildWorkflowTree(loop)).toBeNull();
    const split: WorkflowSchema = {
      ...base,
      nodes: [...base.nodes, { id: 'n_if', type: 'condition', name: 'If' }, { id: 'n_end2', type: 'end', name: 'End 2' }],
      edges: [
        { id: 'e_1', from: 'n_start', to: 'n_if' },
        { id: 'e_2', from: 'n_if', to: 'n_approval', default: true },
        { id: 'e_3', from: 'n_if', to: 'n_end2' },
        { id: 'e_4', from: 'n_approval', to: 'n_end' },
      ],
    };
    expect(buildWorkflowTree(split)).toBeNull();
  });

  it('reads a condition nested in a branch whose branches rejoin where the outer ones do, and adds after it', () => {
    const base = starterWorkflow('frm_1', 'Deals', 'en');
    const nested: WorkflowSchema = {
      ...base,
      nodes: [...base.nodes, { id: 'n_outer', type: 'condition', name: 'Outer' }, { id: 'n_inner', type: 'condition', name: 'Inner' }],
      edges: [
        { id: 'e_s', from: 'n_start', to: 'n_outer' },
        { id: 'e_o1', from: 'n_outer', to: 'n_inner', name: 'Big' },
        { id: 'e_o2', from: 'n_outer', to: 'n_approval', name: 'Else', default: true },
        { id: 'e_i1', from: 'n_inner', to: 'n_approval', name: 'Huge' },
        { id: 'e_i2', from: 'n_inner', to: 'n_approval', name: 'Else 2', default: true },
        { id: 'e_a', from: 'n_approval', to: 'n_end' },
      ],
    };
    const tree = buildWorkflowTree(nested);
    expect(outline(tree)).toEqual(['Initiator', { Outer: [['Big', { Inner: [['Huge'], ['Else 2']] }], ['Else']] }, 'Approval', 'End']);
    const store = createTestStore(nested);
    // "+" after the inner block: both of its branches now lead into the new node, which leads on.
    expect(store.getState().insertNode({ edgeIds: ['e_i1', 'e_i2'] }, 'cc').ok).toBe(true);
    expect(outline(buildWorkflowTree(workflowOf(store)))).toEqual(['Initiator', { Outer: [['Big', { Inner: [['Huge'], ['Else 2']] }, 'Copy to'], ['Else']] }, 'Approval', 'End']);
    expect(store.getState().removeNode('n_inner').ok).toBe(true);
    expect(outline(buildWorkflowTree(workflowOf(store)))).toEqual(['Initiator', { Outer: [['Big', 'Copy to'], ['Else']] }, 'Approval', 'End']);
  });
});

