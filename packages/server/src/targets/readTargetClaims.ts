import { compareClaims, parsePeriod, type ClaimsSummary, type TargetClaim } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';
import { scopeHoldsPerson, scopeHoldsTeam, type ScoreScope } from '../scoring/ScoreScope.js';
import type { ServerContext } from '../ServerContext.js';
import { readClaimRecords, readStoredTargets } from './readClaimRecords.js';
import { toClaimView, type TargetClaimView } from './TargetClaimView.js';

/** A department's target beside what its people claimed (the engine's `compareClaims`). */
export interface TeamClaims {
  readonly departmentId: string;
  readonly name: string;
  readonly summary: ClaimsSummary;
}

export interface TargetClaimsView {
  readonly period: string;
  readonly metric: string;
  /** The viewer's own target of the period, or null. */
  readonly myTarget: number | null;
  /** The viewer's own claim, or null. */
  readonly mine: TargetClaimView | null;
  /** The other claims the viewer's scope holds (a manager's departments and below; an admin all). */
  readonly claims: readonly TargetClaimView[];
  /** Each department in scope with a target of the period: its target, its people's claims and the gap. */
  readonly teams: readonly TeamClaims[];
}

/** Throws 400 `invalid_period` for a name that is not a period. */
export function checkPeriodName(period: string, pointer = '/period'): void {
  if (parsePeriod(period)) return;
  throw new HttpError(400, 'invalid_period', { 'zh-CN': '周期无效', en: 'Invalid period' }, [
    { pointer, code: 'period', message: { 'zh-CN': `“${period}”不是周期名称（如 2026、2026-Q4、2026-11、2026-W48）`, en: `"${period}" is not a period name (2026, 2026-Q4, 2026-11, 2026-W48)` } },
  ]);
}

/**
 * The claims of a period and metric as the viewer may see them: their own, and — for a manager or
 * admin — their teams' with each team's gap between its target and what its people claimed. A
 * person belongs to a team by the department stamped on their claim when they made it.
 */
export async function readTargetClaims(context: ServerContext, appId: string, viewerId: string, scope: ScoreScope, period: string, metric: string): Promise<TargetClaimsView> {
  checkPeriodName(period);
  const { stores } = context;
  const [{ records }, targets, users, departments] = await Promise.all([
    readClaimRecords(context, stores, appId, period, metric),
    readStoredTargets(context, stores, appId, period, metric),
    stores.users.list(),
    stores.departments.list(),
  ]);
  const names = new Map(users.map((user) => [user.id, user.name]));
  const personTargets = new Map(targets.filter((target) => target.level === 'person' && target.person !== null && target.dimension === null).map((target) => [target.person ?? '', target.amount]));
  const views = records.map((record) => toClaimView(record, names, personTargets)).sort((a, b) => a.name.localeCompare(b.name) || a.personId.localeCompare(b.personId));
  const held = views.filter((view) => view.personId !== viewerId && scopeHoldsPerson(scope, { personId: view.personId, ...(view.departmentId === null ? {} : { departmentId: view.departmentId }) }));
  const teams: TeamClaims[] = [];
  for (const target of targets) {
    if (target.level !== 'department' || target.department === null || target.dimension !== null || !scopeHoldsTeam(scope, target.department)) continue;
    const subtree = new Set(await stores.departments.subtreeIds(target.department));
    // Returned claims are not on the table until the rep claims again.
    const claims = views
      .filter((view) => view.departmentId !== null && subtree.has(view.departmentId) && view.status !== 'returned')
      .map((view): TargetClaim => ({
        personId: view.personId,
        proposed: view.proposed ?? view.approved ?? 0,
        ...(view.status === 'approved' || view.status === 'confirmed' ? { approved: view.approved ?? view.confirmedAmount ?? 0 } : {}),
        ...(view.status === 'confirmed' ? { confirmed: true } : {}),
      }));
    teams.push({ departmentId: target.department, name: departments.find((each) => each.id === target.department)?.name ?? target.department, summary: compareClaims(target.amount, claims) });
  }
  teams.sort((a, b) => a.name.localeCompare(b.name));
  return { period, metric, myTarget: personTargets.get(viewerId) ?? null, mine: views.find((view) => view.personId === viewerId) ?? null, claims: held, teams };
}
