import type { DocumentIssue } from '../documents/DocumentIssue.js';
import { capitalize } from '../documents/englishPhrases.js';
import type { FieldType, FormSchema } from '../documents/form/FormSchema.js';
import type { Assignee, WorkflowNode, WorkflowSchema } from '../documents/workflow/WorkflowSchema.js';
import { indexFormFields } from '../form/indexFormFields.js';
import { escapePointerToken } from '../form/recordPointer.js';
import type { LocalizedText } from '../i18n/Locale.js';
import { dependenciesOf } from '../rules/dependenciesOf.js';
import type { RuleLogic } from '../rules/RuleLogic.js';

const memberTypes: ReadonlySet<FieldType> = new Set(['member', 'members']);
const departmentTypes: ReadonlySet<FieldType> = new Set(['department', 'departments']);
const dateTypes: ReadonlySet<FieldType> = new Set(['date', 'datetime']);

/**
 * What a workflow must satisfy before it is published over `form` (beyond `parseWorkflowSchema`,
 * which checks each node's shape and the graph's ids): a record entering it can always move on.
 *
 * - every node is reachable from the start node, and every node but an end has a way out;
 * - a condition node has exactly one `default` branch (otherwise a record matching no condition
 *   would stop there);
 * - an approval node names assignees, a cc node recipients;
 * - every field it names is a field of the form, of the right type: field permissions, member and
 *   department fields behind assignees, a due date field, the fields read by branch conditions and
 *   node validations, the fields a change approval watches.
 *
 * Each fault is a `DocumentIssue` at its JSON pointer, naming the node as people named it, in zh-CN
 * and en. An empty list means it may be published.
 *
 * @example
 * checkWorkflowPublish(workflow, form)
 * // [{ pointer: '/nodes/2/assignees', code: 'noAssignees', message: { 'zh-CN': '审批节点“总监审批”没有审批人', en: … } }]
 */
export function checkWorkflowPublish(workflow: WorkflowSchema, form: FormSchema): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const add = (pointer: string, code: string, message: LocalizedText): void => void issues.push({ pointer, code, message });
  const fields = indexFormFields(form).valueFieldsById;
  const typeOf = (fieldId: string): FieldType | undefined => fields.get(fieldId)?.field.type;
  const topLevel = (fieldId: string): boolean => fields.has(fieldId) && fields.get(fieldId)?.subform === undefined;

  const outgoing = new Map<string, number[]>();
  workflow.edges.forEach((edge, index) => outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), index]));

  // Reachability from the start node (parseWorkflowSchema already requires exactly one).
  const start = workflow.nodes.find((node) => node.type === 'start');
  const reached = new Set<string>();
  const queue = start ? [start.id] : [];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (reached.has(id)) continue;
    reached.add(id);
    for (const index of outgoing.get(id) ?? []) queue.push(workflow.edges[index]?.to ?? '');
  }

  workflow.nodes.forEach((node, index) => {
    const at = `/nodes/${index}`;
    const name = node.name;
    if (start && !reached.has(node.id)) {
      add(at, 'unreachable', { 'zh-CN': `节点“${name}”从发起节点无法到达`, en: `Node "${name}" cannot be reached from the start node` });
    }
    const exits = outgoing.get(node.id) ?? [];
    if (node.type !== 'end' && exits.length === 0) {
      add(at, 'deadEnd', { 'zh-CN': `节点“${name}”没有后续节点，流程会停在这里`, en: `Node "${name}" leads nowhere; records would stop there` });
    }
    if (node.type === 'condition') {
      const defaults = exits.filter((edgeIndex) => workflow.edges[edgeIndex]?.default === true);
      if (defaults.length === 0) {
        add(at, 'noDefaultBranch', { 'zh-CN': `条件节点“${name}”需要一个默认分支（其他条件都不满足时走的分支）`, en: `Condition "${name}" needs a default branch, taken when no other condition holds` });
      }
      for (const extra of defaults.slice(1)) {
        add(`/edges/${extra}/default`, 'manyDefaultBranches', { 'zh-CN': `条件节点“${name}”只能有一个默认分支`, en: `Condition "${name}" may have only one default branch` });
      }
    }
    if (node.type === 'approval' && node.assignees.length === 0) {
      add(`${at}/assignees`, 'noAssignees', { 'zh-CN': `审批节点“${name}”没有审批人`, en: `Approval "${name}" has no approvers` });
    }
    if (node.type === 'cc' && node.recipients.length === 0) {
      add(`${at}/recipients`, 'noRecipients', { 'zh-CN': `抄送节点“${name}”没有抄送人`, en: `Copy node "${name}" has no recipients` });
    }
    checkNodeFields(node, at);
  });

  workflow.edges.forEach((edge, index) => {
    if (edge.condition !== undefined) checkReads(edge.condition, `/edges/${index}/condition`, { 'zh-CN': `分支“${edge.name ?? edge.id}”的条件`, en: `the condition of branch "${edge.name ?? edge.id}"` });
  });
  workflow.settings?.changeApproval?.fieldIds?.forEach((fieldId, index) => {
    if (!topLevel(fieldId)) unknownField(`/settings/changeApproval/fieldIds/${index}`, fieldId, { 'zh-CN': '变更审批', en: 'the change approval' });
  });
  return issues;

  function checkNodeFields(node: WorkflowNode, at: string): void {
    const where: LocalizedText = { 'zh-CN': `节点“${node.name}”`, en: `node "${node.name}"` };
    if ('fieldPermissions' in node && node.fieldPermissions) {
      for (const fieldId of Object.keys(node.fieldPermissions)) {
        if (!fields.has(fieldId)) unknownField(`${at}/fieldPermissions/${escapePointerToken(fieldId)}`, fieldId, where);
      }
    }
    const people: readonly Assignee[] = node.type === 'approval' ? node.assignees : node.type === 'cc' ? node.recipients : [];
    const list = node.type === 'cc' ? 'recipients' : 'assignees';
    people.forEach((assignee, index) => {
      if (assignee.kind !== 'memberField' && assignee.kind !== 'departmentFieldManager') return;
      const pointer = `${at}/${list}/${index}/fieldId`;
      const type = topLevel(assignee.fieldId) ? typeOf(assignee.fieldId) : undefined;
      const wanted = assignee.kind === 'memberField' ? memberTypes : departmentTypes;
      if (type === undefined) unknownField(pointer, assignee.fieldId, where);
      else if (!wanted.has(type)) {
        add(pointer, 'fieldType', {
          'zh-CN': `${where['zh-CN']}的${assignee.kind === 'memberField' ? '成员' : '部门'}字段“${labelOf(assignee.fieldId)}”不是${assignee.kind === 'memberField' ? '成员' : '部门'}字段`,
          en: `The field "${labelOf(assignee.fieldId)}" of ${where.en} is not a ${assignee.kind === 'memberField' ? 'member' : 'department'} field`,
        });
      }
    });
    if (node.type === 'approval') {
      const dueField = node.due?.fieldId;
      if (dueField !== undefined) {
        const type = topLevel(dueField) ? typeOf(dueField) : undefined;
        if (type === undefined) unknownField(`${at}/due/fieldId`, dueField, where);
        else if (!dateTypes.has(type)) {
          add(`${at}/due/fieldId`, 'fieldType', { 'zh-CN': `${where['zh-CN']}的期限字段“${labelOf(dueField)}”不是日期字段`, en: `The due-time field "${labelOf(dueField)}" of ${where.en} is not a date field` });
        }
      }
      node.validations?.forEach((validation, index) => checkReads(validation.assert, `${at}/validations/${index}/assert`, where));
    }
  }

  /** Every field a rule reads (its `var` paths' first segment) must be a field of the form. */
  function checkReads(rule: RuleLogic, pointer: string, where: LocalizedText): void {
    for (const path of dependenciesOf(rule).vars) {
      const root = path.split('.')[0] ?? '';
      if (root === '' || root.startsWith('$')) continue;
      if (!topLevel(root)) unknownField(pointer, root, where);
    }
  }

  function unknownField(pointer: string, fieldId: string, where: LocalizedText): void {
    add(pointer, 'unknownField', { 'zh-CN': `${where['zh-CN']}引用的字段“${fieldId}”不在表单中`, en: `${capitalize(where.en)} refers to "${fieldId}", which is not a field of the form` });
  }

  function labelOf(fieldId: string): string {
    return fields.get(fieldId)?.field.label ?? fieldId;
  }
}
