import type { Locale } from '../../engine/index.js';
import { useLocale } from '../i18n/LocaleContext.js';

/** The target-claim strings of the targets page (目标认领), in zh-CN and en. */
export const claimMessages = {
  claimsHeading: { 'zh-CN': '目标认领', en: 'Target claims' },
  myTarget: { 'zh-CN': '您 {period} 的目标：{amount}', en: 'Your target for {period}: {amount}' },
  noTargetYet: { 'zh-CN': '{period} 还没有下达给您的目标。', en: 'No target has been given to you for {period} yet.' },
  status_proposed: { 'zh-CN': '您认领了 {amount}，等待主管审批。', en: 'You claimed {amount}; waiting for your manager.' },
  status_approved: { 'zh-CN': '主管已批准 {amount}，请确认。', en: 'Your manager approved {amount}; please confirm it.' },
  status_returned: { 'zh-CN': '主管退回了您的认领：{note}', en: 'Your manager returned your claim: {note}' },
  status_confirmed: { 'zh-CN': '您已于 {when} 确认目标 {amount}。', en: 'You confirmed {amount} on {when}.' },
  targetChanged: { 'zh-CN': '确认后目标已调整为 {amount}，请重新确认。', en: 'The target has changed to {amount} since you confirmed it: confirm it again.' },
  claimAmount: { 'zh-CN': '我认领的目标', en: 'Target you claim' },
  claimNote: { 'zh-CN': '依据（可选）', en: 'What you base it on (optional)' },
  claim: { 'zh-CN': '提交认领', en: 'Claim' },
  confirmTarget: { 'zh-CN': '确认我的目标 {amount}', en: 'Confirm my target of {amount}' },
  teamClaims: { 'zh-CN': '团队认领', en: "Your teams' claims" },
  noClaims: { 'zh-CN': '还没有人认领。', en: 'Nobody has claimed yet.' },
  colName: { 'zh-CN': '姓名', en: 'Name' },
  colClaimed: { 'zh-CN': '认领', en: 'Claimed' },
  colStatus: { 'zh-CN': '状态', en: 'Status' },
  colDecision: { 'zh-CN': '审批', en: 'Decision' },
  state_proposed: { 'zh-CN': '待审批', en: 'Waiting' },
  state_approved: { 'zh-CN': '已批准 {amount}', en: 'Approved {amount}' },
  state_returned: { 'zh-CN': '已退回', en: 'Returned' },
  state_confirmed: { 'zh-CN': '已确认 {amount}', en: 'Confirmed {amount}' },
  approveAmount: { 'zh-CN': '批准给 {name} 的目标', en: 'Target to approve for {name}' },
  decisionNote: { 'zh-CN': '给 {name} 的意见（退回时必填）', en: 'Note for {name} (required to return)' },
  approve: { 'zh-CN': '批准 {name} 的认领', en: "Approve {name}'s claim" },
  return: { 'zh-CN': '退回 {name} 的认领', en: "Return {name}'s claim" },
  amountInvalid: { 'zh-CN': '目标值必须是不小于 0 的数字', en: 'The amount must be a number of 0 or more' },
} satisfies Record<string, Record<Locale, string>>;

export type ClaimMessageKey = keyof typeof claimMessages;

/** The current language's `claimMessages` translator, and the locale. */
export function useClaimText() {
  const { locale } = useLocale();
  const ct = (key: ClaimMessageKey, params: Readonly<Record<string, string | number>> = {}): string =>
    claimMessages[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
  return { locale, ct };
}
