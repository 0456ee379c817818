import type { LocalizedText } from '@formwork/runtime';

/** The flow designer's strings, in every language. `{…}` are filled by `fillText`. */
export const workflowMessages = {
  // Names of new nodes and branches.
  approvalName: { 'zh-CN': '审批人', en: 'Approval' },
  ccName: { 'zh-CN': '抄送人', en: 'Copy to' },
  conditionName: { 'zh-CN': '条件分支', en: 'Condition' },
  forkName: { 'zh-CN': '并行分支', en: 'Parallel branches' },
  joinName: { 'zh-CN': '并行汇合', en: 'Parallel join' },
  startName: { 'zh-CN': '发起人', en: 'Initiator' },
  endName: { 'zh-CN': '结束', en: 'End' },
  branchName: { 'zh-CN': '条件 {n}', en: 'Condition {n}' },
  defaultBranchName: { 'zh-CN': '其他情况', en: 'Otherwise' },
  workflowTitle: { 'zh-CN': '{form}审批流程', en: '{form} approval' },
  // Why a command was refused.
  nodeNotFound: { 'zh-CN': '找不到节点 {id}', en: 'There is no node {id}' },
  branchNotFound: { 'zh-CN': '找不到分支 {id}', en: 'There is no branch {id}' },
  insertionNotFound: { 'zh-CN': '找不到要插入节点的位置', en: 'There is no such place to add a node' },
  notInChain: {
    'zh-CN': '这个流程的连线不是上下一串的结构，只能查看，不能在这里编辑',
    en: 'This flow is not drawn as one chain with branches that rejoin: it can be viewed here, not edited',
  },
  keepStartEnd: { 'zh-CN': '发起节点和结束节点不能删除', en: 'The start and end nodes cannot be removed' },
  keepTwoBranches: { 'zh-CN': '“{name}”至少要有两个分支', en: '“{name}” needs at least two branches' },
  keepDefaultBranch: { 'zh-CN': '默认分支不能删除', en: 'The default branch cannot be removed' },
  emptyName: { 'zh-CN': '节点名称不能为空', en: 'A node needs a name' },
  draftInvalid: { 'zh-CN': '这样改之后流程草稿无法保存：{problem}', en: 'After this change the draft could not be saved: {problem}' },
  nothingToUndo: { 'zh-CN': '没有可以撤销的操作', en: 'Nothing to undo' },
  nothingToRedo: { 'zh-CN': '没有可以重做的操作', en: 'Nothing to redo' },
} satisfies Record<string, LocalizedText>;
