import type { Locale } from '@formwork/runtime';
import type { RuleFieldChoice } from './ruleFieldChoices.js';

/**
 * Where a record's own approval flow stands, as a field a record filter may test: the server's
 * query-only `_flowStatus` (see `packages/server/src/query/systemFields.ts`) — a scoring source
 * counting only approved contracts, a dashboard of the deals still in approval. Drawn as a choice
 * field so the builder offers its statuses by name; "is empty" is a record that never went through
 * a flow. Only for filters the server runs: a form's own rules (visibility, validation) run in the
 * browser on values being typed, where no flow exists yet, so they never list it.
 */
export function flowStatusFilterChoice(locale: Locale): RuleFieldChoice {
  const label = { 'zh-CN': '审批状态', en: 'Approval status' } as const;
  const statuses = [
    { value: 'completed', 'zh-CN': '已通过', en: 'Approved' },
    { value: 'in_progress', 'zh-CN': '审批中', en: 'In approval' },
    { value: 'rejected', 'zh-CN': '已拒绝', en: 'Rejected' },
    { value: 'withdrawn', 'zh-CN': '已撤回', en: 'Withdrawn' },
    { value: 'ended', 'zh-CN': '已结束', en: 'Ended' },
  ] as const;
  return {
    path: '_flowStatus',
    label: label[locale],
    field: { id: '_flowStatus', type: 'select', label: label[locale], options: statuses.map((status) => ({ value: status.value, label: status[locale] })) },
  };
}
