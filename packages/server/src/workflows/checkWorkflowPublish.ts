import type { Assignee, DocumentIssue, WorkflowNode, WorkflowSchema } from '@formwork/runtime';

/**
 * What must hold before a workflow runs records, beyond what a draft needs: every node reachable
 * from the start, every condition with a default branch, and every field it names (permissions,
 * member and department fields, due dates) a field of the form. Each fault names its node and
 * points into the document. (An approval without assignees, or a copy without recipients, is
 * already refused by the meta-schema when the draft is saved.)
 *
 * @example
 * checkWorkflowPublish(schema, new Set(['f_amount'])) // [{ pointer: '/nodes/3', code: 'unreachableNode', … }]
 */
export function checkWorkflowPublish(schema: WorkflowSchema, fieldIds: ReadonlySet<string>): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const reachable = reachableFromStart(schema);
  schema.nodes.forEach((node, index) => {
    const at = `/nodes/${index}`;
    const add = (pointer: string, code: string, zh: string, en: string) => issues.push({ pointer, code, message: { 'zh-CN': `节点“${node.name}”${zh}`, en: `Node "${node.name}" ${en}` } });
    if (!reachable.has(node.id)) add(at, 'unreachableNode', '无法从“发起”到达', 'cannot be reached from the start');
    if (node.type === 'condition' && !schema.edges.some((edge) => edge.from === node.id && edge.default === true)) add(at, 'noDefaultBranch', '缺少默认分支', 'has no default branch');
    for (const [pointer, fieldId] of fieldsNamedBy(node)) {
      if (!fieldIds.has(fieldId)) add(`${at}${pointer}`, 'unknownField', `引用了表单中没有的字段 ${fieldId}`, `names ${fieldId}, which is not a field of the form`);
    }
  });
  return issues;
}

function reachableFromStart(schema: WorkflowSchema): Set<string> {
  const start = schema.nodes.find((node) => node.type === 'start');
  const seen = new Set<string>(start ? [start.id] : []);
  const queue = [...seen];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const edge of schema.edges) {
      if (edge.from !== next || seen.has(edge.to)) continue;
      seen.add(edge.to);
      queue.push(edge.to);
    }
  }
  return seen;
}

/** The form fields a node names, each with its pointer inside the node. */
function fieldsNamedBy(node: WorkflowNode): [string, string][] {
  const named: [string, string][] = [];
  if ('fieldPermissions' in node && node.fieldPermissions !== undefined) {
    for (const fieldId of Object.keys(node.fieldPermissions)) named.push([`/fieldPermissions/${fieldId}`, fieldId]);
  }
  const people = (list: readonly Assignee[], key: string) =>
    list.forEach((assignee, index) => {
      if (assignee.kind === 'memberField' || assignee.kind === 'departmentFieldManager') named.push([`/${key}/${index}/fieldId`, assignee.fieldId]);
    });
  if (node.type === 'approval') {
    people(node.assignees, 'assignees');
    if (node.due?.fieldId !== undefined) named.push(['/due/fieldId', node.due.fieldId]);
  }
  if (node.type === 'cc') people(node.recipients, 'recipients');
  return named;
}
