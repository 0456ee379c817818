import { withArticle } from '../englishPhrases.js';
import type { DocumentGlossary } from '../DocumentGlossary.js';
import { isJsonObject } from '../JsonValue.js';

const nodeTypeNames = {
  start: { 'zh-CN': '发起', en: 'Start' },
  approval: { 'zh-CN': '审批', en: 'Approval' },
  cc: { 'zh-CN': '抄送', en: 'CC' },
  condition: { 'zh-CN': '条件分支', en: 'Condition' },
  parallel: { 'zh-CN': '并行分支', en: 'Parallel' },
  end: { 'zh-CN': '结束', en: 'End' },
} as const;

/** The words of workflow faults, as the workflow designer names things. */
export const workflowGlossary: DocumentGlossary = {
  document: { 'zh-CN': '流程', en: 'the workflow' },
  collections: {
    nodes: { 'zh-CN': '个节点', en: 'node' },
    edges: { 'zh-CN': '条连线', en: 'connection' },
    assignees: { 'zh-CN': '个处理人', en: 'assignee' },
    recipients: { 'zh-CN': '个抄送人', en: 'recipient' },
    validations: { 'zh-CN': '条校验', en: 'validation' },
    fieldIds: { 'zh-CN': '个字段', en: 'field' },
  },
  properties: {
    kind: { 'zh-CN': '类型', en: 'kind' },
    schemaVersion: { 'zh-CN': '版本号', en: 'schema version' },
    title: { 'zh-CN': '标题', en: 'title' },
    description: { 'zh-CN': '描述', en: 'description' },
    formId: { 'zh-CN': '所属表单', en: 'form' },
    nodes: { 'zh-CN': '节点', en: 'nodes' },
    edges: { 'zh-CN': '连线', en: 'connections' },
    id: { 'zh-CN': 'ID', en: 'id' },
    type: { 'zh-CN': '节点类型', en: 'type' },
    name: { 'zh-CN': '名称', en: 'name' },
    position: { 'zh-CN': '位置', en: 'position' },
    assignees: { 'zh-CN': '处理人', en: 'assignees' },
    recipients: { 'zh-CN': '抄送人', en: 'recipients' },
    mode: { 'zh-CN': '多人审批方式', en: 'approval mode' },
    fieldPermissions: { 'zh-CN': '字段权限', en: 'field permissions' },
    due: { 'zh-CN': '处理时限', en: 'due time' },
    hours: { 'zh-CN': '时限（小时）', en: 'hours' },
    action: { 'zh-CN': '超时处理', en: 'action when overdue' },
    repeatHours: { 'zh-CN': '重复提醒间隔（小时）', en: 'reminder interval (hours)' },
    actions: { 'zh-CN': '可用操作', en: 'actions' },
    whenNoAssignee: { 'zh-CN': '无处理人时', en: 'no-assignee behaviour' },
    gateway: { 'zh-CN': '分支/汇聚', en: 'fork or join' },
    from: { 'zh-CN': '起点', en: 'start node' },
    to: { 'zh-CN': '终点', en: 'end node' },
    condition: { 'zh-CN': '条件', en: 'condition' },
    default: { 'zh-CN': '默认分支', en: '"default" setting' },
    userId: { 'zh-CN': '成员', en: 'user' },
    role: { 'zh-CN': '角色', en: 'role' },
    departmentId: { 'zh-CN': '部门', en: 'department' },
    managerOnly: { 'zh-CN': '仅部门主管', en: '"manager only" setting' },
    levels: { 'zh-CN': '主管层级', en: 'manager levels' },
    fieldId: { 'zh-CN': '字段', en: 'field' },
    settings: { 'zh-CN': '设置', en: 'settings' },
    withdraw: { 'zh-CN': '撤回规则', en: 'withdraw policy' },
    changeApproval: { 'zh-CN': '数据修改审批', en: 'change approval' },
    fieldIds: { 'zh-CN': '需审批的字段', en: 'fields that need approval' },
    includeSubDepartments: { 'zh-CN': '包含子部门', en: '"include sub-departments" setting' },
    validations: { 'zh-CN': '节点校验', en: 'node validations' },
    assert: { 'zh-CN': '校验条件', en: 'check' },
    message: { 'zh-CN': '提示信息', en: 'message' },
    onReject: { 'zh-CN': '驳回后', en: 'on-reject behaviour' },
    returnTo: { 'zh-CN': '退回范围', en: 'return target' },
    afterReturn: { 'zh-CN': '退回后重新提交', en: 'after-return behaviour' },
    signatureRequired: { 'zh-CN': '需要手写签名', en: '"signature required" setting' },
    skipRepeatedApprover: { 'zh-CN': '自动跳过重复审批人', en: '"skip repeated approver" setting' },
  },
  itemKind: (collection, item) => {
    if (collection !== 'nodes' || !isJsonObject(item)) return undefined;
    const type = item['type'];
    if (typeof type !== 'string' || !Object.hasOwn(nodeTypeNames, type)) return undefined;
    const name = nodeTypeNames[type as keyof typeof nodeTypeNames];
    return { 'zh-CN': `“${name['zh-CN']}”节点`, en: withArticle(`${name.en} node`) };
  },
};
