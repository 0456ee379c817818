import type { Locale, LocalizedText } from '../../engine/index.js';
import { useLocale } from '../i18n/LocaleContext.js';

/**
 * The inbox, task page and flow timeline's strings in zh-CN and en. Apart from `appMessages`
 * because they load with the tasks chunk: the main chunk, which the fill page loads, does not
 * carry them.
 */
export const taskMessages = {
  tasksTitle: { 'zh-CN': '流程待办', en: 'Approvals' },
  box_todo: { 'zh-CN': '待办', en: 'My tasks' },
  box_initiated: { 'zh-CN': '我发起的', en: 'Initiated' },
  box_done: { 'zh-CN': '已处理', en: 'Processed' },
  box_cc: { 'zh-CN': '抄送我', en: 'CC me' },
  boxTab: { 'zh-CN': '{box} {n}', en: '{box} {n}' },
  boxes: { 'zh-CN': '待办分类', en: 'Inbox boxes' },
  filterForm: { 'zh-CN': '按表单筛选', en: 'Filter by form' },
  allForms: { 'zh-CN': '全部表单', en: 'All forms' },
  emptyBox: { 'zh-CN': '这里没有事项。', en: 'Nothing here.' },
  loadMore: { 'zh-CN': '加载更多', en: 'Load more' },
  colForm: { 'zh-CN': '表单', en: 'Form' },
  colRecord: { 'zh-CN': '记录', en: 'Record' },
  colNode: { 'zh-CN': '节点', en: 'Node' },
  colInitiator: { 'zh-CN': '发起人', en: 'Initiator' },
  colArrived: { 'zh-CN': '到达时间', en: 'Arrived' },
  colState: { 'zh-CN': '状态', en: 'State' },
  selectTask: { 'zh-CN': '选择 {record}', en: 'Select {record}' },
  selectAll: { 'zh-CN': '全选', en: 'Select all' },
  batchApprove: { 'zh-CN': '批量同意（{n}）', en: 'Approve selected ({n})' },
  batchComment: { 'zh-CN': '批量审批意见', en: 'Comment for all selected' },
  batchDone: { 'zh-CN': '已同意 {ok} 项。', en: 'Approved {ok}.' },
  batchFailed: { 'zh-CN': '{record}：{message}', en: '{record}: {message}' },
  batchFailures: { 'zh-CN': '{n} 项未能同意：', en: '{n} could not be approved:' },
  state_in_progress: { 'zh-CN': '审批中', en: 'In progress' },
  state_completed: { 'zh-CN': '已通过', en: 'Approved' },
  state_rejected: { 'zh-CN': '已拒绝', en: 'Rejected' },
  state_ended: { 'zh-CN': '已结束', en: 'Ended' },
  state_withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
  taskKind_submit: { 'zh-CN': '退回待重新提交', en: 'Returned to resubmit' },
  taskKind_cc: { 'zh-CN': '抄送', en: 'Copy' },
  taskClosed: { 'zh-CN': '此任务已处理，无需再操作。', en: 'This task is already handled; there is nothing left to do.' },
  conflict: { 'zh-CN': '其他人已先处理了此任务，页面已刷新为最新状态。', en: 'Someone else acted on this task first; the page now shows where it stands.' },
  action_approve: { 'zh-CN': '同意', en: 'Approve' },
  action_reject: { 'zh-CN': '拒绝', en: 'Reject' },
  action_return: { 'zh-CN': '退回', en: 'Return' },
  action_transfer: { 'zh-CN': '转交', en: 'Transfer' },
  'action_add-approver': { 'zh-CN': '加签', en: 'Add approver' },
  action_submit: { 'zh-CN': '重新提交', en: 'Resubmit' },
  actions: { 'zh-CN': '审批操作', en: 'Actions' },
  comment: { 'zh-CN': '审批意见', en: 'Comment' },
  signature: { 'zh-CN': '手写签名（可选）', en: 'Handwritten signature (optional)' },
  returnTo: { 'zh-CN': '退回到节点', en: 'Return to node' },
  returnPrevious: { 'zh-CN': '上一节点', en: 'The previous node' },
  person: { 'zh-CN': '人员', en: 'Person' },
  pickPerson: { 'zh-CN': '请选择人员', en: 'Choose a person' },
  position: { 'zh-CN': '加签位置', en: 'Where they come' },
  position_before: { 'zh-CN': '在我之前（我的任务等待其处理）', en: 'Before me (my task waits for theirs)' },
  position_after: { 'zh-CN': '在我之后', en: 'After me' },
  position_parallel: { 'zh-CN': '与我同时', en: 'Alongside me' },
  personRequired: { 'zh-CN': '请选择一位人员。', en: 'Choose a person first.' },
  confirmAction: { 'zh-CN': '确认{action}', en: 'Confirm: {action}' },
  cancel: { 'zh-CN': '取消', en: 'Cancel' },
  acted: { 'zh-CN': '已{action}。', en: 'Done: {action}.' },
  backToInbox: { 'zh-CN': '返回待办', en: 'Back to the inbox' },
  viewRecord: { 'zh-CN': '查看记录', en: 'Open the record' },
  nodeHeading: { 'zh-CN': '当前节点：{node}', en: 'Node: {node}' },
  flowTitle: { 'zh-CN': '审批流程', en: 'Approval flow' },
  flowNow: { 'zh-CN': '当前：{state}', en: 'Now: {state}' },
  flowAt: { 'zh-CN': '当前：{state} · {nodes}', en: 'Now: {state} · at {nodes}' },
  flowEmpty: { 'zh-CN': '还没有审批记录。', en: 'No approval steps yet.' },
  withdraw: { 'zh-CN': '撤回', en: 'Withdraw' },
  withdrawn: { 'zh-CN': '已撤回此记录的审批。', en: 'The record is withdrawn from its approval.' },
  resubmitTask: { 'zh-CN': '修改并重新提交', en: 'Edit and resubmit' },
  openMyTask: { 'zh-CN': '去审批', en: 'Open my task' },
  withdrawFailed: { 'zh-CN': '撤回失败：{message}', en: 'Could not withdraw: {message}' },
  log_submitted: { 'zh-CN': '提交', en: 'Submitted' },
  log_resubmitted: { 'zh-CN': '重新提交', en: 'Resubmitted' },
  log_arrived: { 'zh-CN': '到达', en: 'Arrived' },
  log_approved: { 'zh-CN': '同意', en: 'Approved' },
  log_rejected: { 'zh-CN': '拒绝', en: 'Rejected' },
  log_returned: { 'zh-CN': '退回', en: 'Returned' },
  log_transferred: { 'zh-CN': '转交', en: 'Transferred' },
  log_approverAdded: { 'zh-CN': '加签', en: 'Added an approver' },
  log_withdrawn: { 'zh-CN': '撤回', en: 'Withdrew' },
  log_urged: { 'zh-CN': '催办', en: 'Urged' },
  log_ended: { 'zh-CN': '结束', en: 'Ended' },
  log_reactivated: { 'zh-CN': '重新激活', en: 'Reactivated' },
  log_reassigned: { 'zh-CN': '改派', en: 'Reassigned' },
  log_reminded: { 'zh-CN': '提醒', en: 'Reminded' },
  log_autoApproved: { 'zh-CN': '自动同意', en: 'Approved automatically' },
  log_autoReturned: { 'zh-CN': '自动退回', en: 'Returned automatically' },
  log_passed: { 'zh-CN': '跳过', en: 'Passed' },
  log_copied: { 'zh-CN': '抄送', en: 'Copied' },
  log_completed: { 'zh-CN': '流程完成', en: 'Completed' },
  log_changeProposed: { 'zh-CN': '提出修改', en: 'Change proposed' },
  log_changeApplied: { 'zh-CN': '修改生效', en: 'Change applied' },
  system: { 'zh-CN': '系统', en: 'System' },
  notificationsTitle: { 'zh-CN': '通知', en: 'Notifications' },
  notificationsLoading: { 'zh-CN': '正在加载通知…', en: 'Loading notifications…' },
  notificationsEmpty: { 'zh-CN': '还没有通知。', en: 'No notifications yet.' },
  markAllRead: { 'zh-CN': '全部标为已读', en: 'Mark all read' },
  notificationsAllRead: { 'zh-CN': '所有通知已标为已读。', en: 'All notifications are marked read.' },
  notificationsReadFailed: { 'zh-CN': '未能标为已读：{message}', en: 'Could not mark them read: {message}' },
  notificationAt: { 'zh-CN': '时间', en: 'When' },
  unread: { 'zh-CN': '未读', en: 'Unread' },
  notice_task: { 'zh-CN': '新的待办', en: 'New task for you' },
  notice_returned: { 'zh-CN': '已退回给你，请修改后重新提交', en: 'Returned to you to edit and resubmit' },
  notice_cc: { 'zh-CN': '抄送给你', en: 'Copied to you' },
  notice_urge: { 'zh-CN': '催办：请尽快处理', en: 'Urged: please act on it soon' },
  notice_remind: { 'zh-CN': '待办到期提醒', en: 'Reminder: a task is due' },
  notice_finished: { 'zh-CN': '流程结束：{state}', en: 'Flow finished: {state}' },
  urge: { 'zh-CN': '催办', en: 'Urge' },
  urged: { 'zh-CN': '已催办，当前处理人会收到通知。', en: 'Urged: whoever holds it now is notified.' },
  urgeFailed: { 'zh-CN': '催办失败：{message}', en: 'Could not urge: {message}' },
} as const satisfies Record<string, LocalizedText>;

export type TaskMessageKey = keyof typeof taskMessages;

/** A translator of `taskMessages` for one locale; an unknown key (a new log action) is shown as is. */
export function taskTranslator(locale: Locale) {
  return (key: TaskMessageKey, params: Readonly<Record<string, string | number>> = {}): string =>
    taskMessages[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

/** The current language's `taskMessages` translator, and the locale. */
export function useTaskText() {
  const { locale } = useLocale();
  return { locale, tt: taskTranslator(locale) };
}

/** A key of `taskMessages` if `key` names one (log actions and states come from the server). */
export function isTaskMessageKey(key: string): key is TaskMessageKey {
  return Object.hasOwn(taskMessages, key);
}
