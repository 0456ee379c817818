import type { WorkflowSchema } from '../workflow/WorkflowSchema.js';

/**
 * A realistic approval flow using every node and assignee kind: large opportunities go to the
 * rep's manager, then finance and legal in parallel; everyone on the team is copied.
 */
export const exampleWorkflow: WorkflowSchema = {
  kind: 'workflow',
  schemaVersion: 2,
  title: '大额商机审批',
  description: '金额超过 10 万的商机需要主管、财务和法务审批',
  formId: 'opportunities',
  settings: { withdraw: 'untilActed', skipRepeatedApprover: true, changeApproval: { fieldIds: ['f_amount'] } },
  nodes: [
    { id: 'n_start', type: 'start', name: '发起', position: { x: 0, y: 0 }, fieldPermissions: { f_no: 'read', f_amount: 'edit' } },
    { id: 'n_route', type: 'condition', name: '按金额分支' },
    {
      id: 'n_manager',
      type: 'approval',
      name: '主管审批',
      assignees: [{ kind: 'managerChain', levels: 1 }],
      mode: 'any',
      fieldPermissions: { f_amount: 'read', f_notes: 'hidden', f_probability: 'required' },
      validations: [
        { id: 'v_probability', assert: { '>=': [{ var: 'f_probability' }, 10] }, message: { 'zh-CN': '赢单概率至少 10%', en: 'The win probability must be at least 10%' } },
      ],
      due: { hours: 24, action: 'remind', repeatHours: 4 },
      actions: ['return', 'transfer'],
      whenNoAssignee: 'toAdmin',
      onReject: 'returnToStart',
      returnTo: 'previous',
      afterReturn: 'backToReturner',
      signatureRequired: true,
    },
    { id: 'n_fork', type: 'parallel', name: '并行审批', gateway: 'fork' },
    {
      id: 'n_finance',
      type: 'approval',
      name: '财务审批',
      assignees: [{ kind: 'role', role: 'finance' }, { kind: 'member', userId: 'u_cfo' }, { kind: 'departmentFieldManager', fieldId: 'f_region' }],
      mode: 'all',
      due: { fieldId: 'f_close_date', action: 'autoReturn' },
    },
    {
      id: 'n_legal',
      type: 'approval',
      name: '法务审批',
      assignees: [{ kind: 'department', departmentId: 'd_legal', managerOnly: true, includeSubDepartments: true }],
      mode: 'sequence',
      due: { hours: 72, action: 'autoApprove' },
      whenNoAssignee: 'autoApprove',
    },
    { id: 'n_join', type: 'parallel', name: '汇合', gateway: 'join' },
    { id: 'n_cc', type: 'cc', name: '抄送团队', recipients: [{ kind: 'memberField', fieldId: 'f_team' }, { kind: 'initiator' }] },
    { id: 'n_end', type: 'end', name: '结束' },
  ],
  edges: [
    { id: 'e_1', from: 'n_start', to: 'n_route' },
    { id: 'e_2', from: 'n_route', to: 'n_manager', name: '金额 > 10 万', condition: { '>': [{ var: 'f_amount' }, 100000] } },
    { id: 'e_3', from: 'n_route', to: 'n_cc', name: '其他', default: true },
    { id: 'e_4', from: 'n_manager', to: 'n_fork' },
    { id: 'e_5', from: 'n_fork', to: 'n_finance' },
    { id: 'e_6', from: 'n_fork', to: 'n_legal' },
    { id: 'e_7', from: 'n_finance', to: 'n_join' },
    { id: 'e_8', from: 'n_legal', to: 'n_join' },
    { id: 'e_9', from: 'n_join', to: 'n_cc' },
    { id: 'e_10', from: 'n_cc', to: 'n_end' },
  ],
};
