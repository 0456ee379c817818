import type { DocumentIssue, WorkflowSchema } from '@formwork/runtime';

/** A publish fault as the canvas shows it: on a node (a branch's fault on its condition node). */
export interface NodeProblem {
  readonly nodeId: string | null;
  readonly pointer: string;
  readonly code: string;
  readonly message: string;
}

/**
 * Puts each fault on the node its JSON pointer leads to: `/nodes/3/…` on the fourth node,
 * `/edges/2/…` on the node that edge leaves; anything else (`/settings/…`) on no node.
 *
 * @example
 * problemsByNode(workflow, issues, (index) => issues[index].message.en)
 * // [{ nodeId: 'n_2', pointer: '/nodes/1/assignees', code: 'noAssignees', message: 'Approval "…" has no approvers' }]
 */
export function problemsByNode(workflow: WorkflowSchema, issues: readonly Pick<DocumentIssue, 'pointer' | 'code'>[], messageOf: (index: number) => string): NodeProblem[] {
  return issues.map((issue, index) => {
    const [, list, position] = issue.pointer.split('/');
    const at = Number(position);
    const nodeId = list === 'nodes' ? (workflow.nodes[at]?.id ?? null) : list === 'edges' ? (workflow.edges[at]?.from ?? null) : null;
    return { nodeId, pointer: issue.pointer, code: issue.code, message: messageOf(index) };
  });
}
