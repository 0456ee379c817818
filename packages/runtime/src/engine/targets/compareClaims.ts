import type { LocalizedText } from '../i18n/Locale.js';
import { roundDecimal } from '../rules/values/roundDecimal.js';
import { formatScoreNumber } from '../scoring/formatScoreNumber.js';

/** One rep's claim at a 目标认领会: what they proposed, what the manager approved, whether they confirmed it. */
export interface TargetClaim {
  readonly personId: string;
  readonly proposed: number;
  /** Absent until the manager decides. */
  readonly approved?: number;
  readonly confirmed?: boolean;
}

export interface ClaimsSummary {
  readonly target: number;
  readonly proposedTotal: number;
  readonly approvedTotal: number;
  /** target − the approved claims: positive means the team has not yet claimed its whole target. */
  readonly gap: number;
  /** target − the proposed claims, for the meeting before approval. */
  readonly proposedGap: number;
  /** Claims waiting for the manager. */
  readonly pending: readonly string[];
  /** Approved claims the rep has not yet confirmed. */
  readonly unconfirmed: readonly string[];
  readonly message: LocalizedText;
}

/**
 * Compares what a team claimed with its target. Sums are rounded half away from zero to
 * `precision` (default 2).
 *
 * @example
 * compareClaims(1_000_000, [{ personId: 'u1', proposed: 500_000, approved: 450_000 }, { personId: 'u2', proposed: 400_000 }])
 * // gap: 550000, proposedGap: 100000, pending: ['u2'], unconfirmed: ['u1']
 */
export function compareClaims(target: number, claims: readonly TargetClaim[], precision = 2): ClaimsSummary {
  const sum = (values: readonly number[]) =>
    roundDecimal(
      values.reduce((total, value) => total + value, 0),
      precision,
    );
  const proposedTotal = sum(claims.map((claim) => claim.proposed));
  const approvedTotal = sum(claims.map((claim) => claim.approved ?? 0));
  const gap = roundDecimal(target - approvedTotal, precision);
  const show = (value: number, locale: 'zh-CN' | 'en') => formatScoreNumber(Math.abs(value), locale, precision);
  return {
    target,
    proposedTotal,
    approvedTotal,
    gap,
    proposedGap: roundDecimal(target - proposedTotal, precision),
    pending: claims.filter((claim) => claim.approved === undefined).map((claim) => claim.personId),
    unconfirmed: claims.filter((claim) => claim.approved !== undefined && claim.confirmed !== true).map((claim) => claim.personId),
    message:
      gap > 0
        ? { 'zh-CN': `已批准认领 ${show(approvedTotal, 'zh-CN')}，距团队目标 ${show(target, 'zh-CN')} 还差 ${show(gap, 'zh-CN')}`, en: `Approved claims total ${show(approvedTotal, 'en')}: ${show(gap, 'en')} short of the team target of ${show(target, 'en')}` }
        : gap < 0
          ? { 'zh-CN': `已批准认领 ${show(approvedTotal, 'zh-CN')}，超出团队目标 ${show(target, 'zh-CN')} ${show(gap, 'zh-CN')}`, en: `Approved claims total ${show(approvedTotal, 'en')}: ${show(gap, 'en')} over the team target of ${show(target, 'en')}` }
          : { 'zh-CN': `已批准认领正好等于团队目标 ${show(target, 'zh-CN')}`, en: `Approved claims match the team target of ${show(target, 'en')} exactly` },
  };
}
