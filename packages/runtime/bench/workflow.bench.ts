import type { WorkflowSchema } from '../src/engine/documents/workflow/WorkflowSchema.js';
import { advanceWorkflow, startInstance, type OrgDirectory, type WorkflowContext, type WorkflowIdKind, type WorkflowInstance } from '../src/engine/index.js';
import { compare, type BenchResult } from './measure.js';

/** A sales team: a rep under a manager under a director, and three finance clerks. */
const directory: OrgDirectory = {
  departments: [
    { id: 'd_sales', parentId: null, managerId: 'u_director' },
    { id: 'd_team', parentId: 'd_sales', managerId: 'u_manager' },
    { id: 'd_finance', parentId: null, managerId: 'u_fin1' },
  ],
  users: [
    { id: 'u_director', departmentIds: ['d_sales'], roles: ['director'] },
    { id: 'u_manager', departmentIds: ['d_team'], roles: [] },
    { id: 'u_rep', departmentIds: ['d_team'], roles: [] },
    { id: 'u_fin1', departmentIds: ['d_finance'], roles: ['finance'] },
    { id: 'u_fin2', departmentIds: ['d_finance'], roles: ['finance'] },
    { id: 'u_fin3', departmentIds: ['d_finance'], roles: ['finance'] },
  ],
};

/** 合同审批: over 500,000 to the director, else the manager; then finance countersigns (会签). */
const contractFlow: WorkflowSchema = {
  kind: 'workflow',
  schemaVersion: 2,
  title: '合同审批',
  formId: 'f_contract',
  nodes: [
    { id: 'n_start', type: 'start', name: '发起' },
    { id: 'n_route', type: 'condition', name: '金额' },
    { id: 'n_director', type: 'approval', name: '总监', assignees: [{ kind: 'role', role: 'director' }], mode: 'any' },
    { id: 'n_manager', type: 'approval', name: '经理', assignees: [{ kind: 'managerChain', levels: 1 }], mode: 'any' },
    { id: 'n_finance', type: 'approval', name: '财务会签', assignees: [{ kind: 'role', role: 'finance' }], mode: 'all' },
    { id: 'n_end', type: 'end', name: '结束' },
  ],
  edges: [
    { id: 'e_1', from: 'n_start', to: 'n_route' },
    { id: 'e_big', from: 'n_route', to: 'n_director', condition: { '>': [{ var: 'f_amount' }, 500000] } },
    { id: 'e_small', from: 'n_route', to: 'n_manager', default: true },
    { id: 'e_2', from: 'n_director', to: 'n_finance' },
    { id: 'e_3', from: 'n_manager', to: 'n_finance' },
    { id: 'e_4', from: 'n_finance', to: 'n_end' },
  ],
};

function contextFor(record: Record<string, unknown>): WorkflowContext & { workflowVersion: number } {
  const counters: Record<WorkflowIdKind, number> = { instance: 0, visit: 0, task: 0, timer: 0 };
  return { schema: contractFlow, record, directory, workflowVersion: 1, now: () => Date.UTC(2026, 11, 3, 2), newId: (kind) => `${kind}_${(counters[kind] += 1)}` };
}

/** One contract from submit to completed: start, the director's approval, three finance approvals. */
function runContract(): WorkflowInstance {
  const record = { f_amount: 600000 };
  const context = contextFor(record);
  const started = startInstance(contractFlow, { id: 'r_1', values: record }, 'u_rep', context);
  if (!started.ok) throw new Error(`start refused: ${started.error.code}`);
  let instance = started.instance;
  for (;;) {
    const task = instance.tasks.find((candidate) => candidate.state === 'open');
    if (!task) return instance;
    const next = advanceWorkflow(instance, { type: 'approve', taskId: task.id, by: task.assignee }, context);
    if (!next.ok) throw new Error(`approve refused: ${next.error.code}`);
    instance = next.instance;
  }
}

/**
 * Engine transitions per second, for a 合同审批 flow (5 transitions from submit to completed),
 * against the least a host does per transition anyway: read the stored instance and write it back
 * (JSON parse + stringify of the same instance).
 */
export function benchWorkflow(): BenchResult[] {
  const finished = runContract();
  if (finished.status !== 'completed') throw new Error(`the bench flow ended ${finished.status}`);
  const stored = JSON.stringify(finished);
  const transitions = 5;
  const result = compare('contract flow, 5 transitions', 'JSON parse + stringify of the instance ×5', '≥ 0.2×', runContract, () => {
    let text = stored;
    for (let step = 0; step < transitions; step += 1) text = JSON.stringify(JSON.parse(text));
    return text;
  });
  // Report transitions, not flows: both sides did five units of work per call.
  return [{ ...result, name: 'contract flow transitions', ours: result.ours * transitions, theirs: result.theirs * transitions }];
}
