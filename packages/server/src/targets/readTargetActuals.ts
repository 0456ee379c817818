import { parsePeriod, periodRange, roundDecimal } from '@formwork/runtime';
import { scopeHoldsPerson, type ScoreScope } from '../scoring/ScoreScope.js';
import type { ServerContext } from '../ServerContext.js';
import { readStoredTargets } from './readClaimRecords.js';
import { readMonthlyActuals } from './readMonthlyActuals.js';

/** `GET …/targets/actuals`: the actual of each stored target of a metric, by record id. */
export interface TargetActualsView {
  readonly metric: string;
  /** Whether the metric has a source of actuals (the published scoring item of its id, a sum or a count). */
  readonly source: boolean;
  /**
   * By target record id: the actual over its period and unit, or null — for a week or a day (the
   * months do not break down), or for another person's target outside the viewer's scope.
   */
  readonly actuals: Readonly<Record<string, number | null>>;
}

/** The months a year, quarter or month holds (`2026-Q4` → 2026-10…12); undefined for weeks and days. */
function monthsOf(name: string): readonly string[] | undefined {
  const period = parsePeriod(name);
  if (!period || period.kind === 'week') return undefined;
  const year = name.slice(0, 4);
  const first = period.kind === 'year' ? 1 : period.kind === 'quarter' ? (Number(name.slice(6)) - 1) * 3 + 1 : Number(name.slice(5, 7));
  const count = period.kind === 'year' ? 12 : period.kind === 'quarter' ? 3 : 1;
  return Array.from({ length: count }, (_, index) => `${year}-${String(first + index).padStart(2, '0')}`);
}

/**
 * The actual of every stored target of a metric — for the bars of the targets page's tree, at
 * every node of a time split as well as of an org split: a person's own; a department's, its
 * people's and its sub-departments' people's (by their department now); the company's,
 * everyone's. ONE grouped query (by person and month) over the span of the targets' periods.
 * Team totals are shown to everyone (team results are no secret); a person's own only within the
 * viewer's scope (themself; a manager's people; an admin all).
 */
export async function readTargetActuals(context: ServerContext, appId: string, scope: ScoreScope, metric: string): Promise<TargetActualsView> {
  const { stores } = context;
  const targets = (await readStoredTargets(context, stores, appId, null, metric)).filter((target) => target.dimension === null);
  const months = new Map(targets.map((target) => [target.id, monthsOf(target.period)]));
  const spans = targets.map((target) => parsePeriod(target.period)).filter((period) => period !== undefined && period.kind !== 'week').map((period) => periodRange(period as NonNullable<typeof period>));
  const actuals: Record<string, number | null> = {};
  if (spans.length === 0) return { metric, source: false, actuals };
  const start = spans.map((span) => span.start).sort()[0] ?? '';
  const end = spans.map((span) => span.end).sort().at(-1) ?? '';
  const read = await readMonthlyActuals(context, appId, metric, start, end);
  if (!read.ok) return { metric, source: false, actuals: Object.fromEntries(targets.map((target) => [target.id, null])) };
  const byPersonMonth = new Map<string, number>();
  for (const { person, month, value } of read.rows) byPersonMonth.set(`${person} ${month}`, (byPersonMonth.get(`${person} ${month}`) ?? 0) + value);
  const users = await stores.users.list();
  const departmentOf = new Map(users.map((user) => [user.id, user.departmentId]));
  const subtrees = new Map<string, ReadonlySet<string>>();
  for (const target of targets) {
    const periodMonths = months.get(target.id);
    if (periodMonths === undefined) {
      actuals[target.id] = null;
      continue;
    }
    let people: readonly string[];
    if (target.level === 'person') {
      const department = target.person === null ? undefined : departmentOf.get(target.person);
      const visible = target.person !== null && scopeHoldsPerson(scope, { personId: target.person, ...(department ? { departmentId: department } : {}) });
      if (!visible) {
        actuals[target.id] = null;
        continue;
      }
      people = [target.person ?? ''];
    } else if (target.level === 'department' && target.department !== null) {
      if (!subtrees.has(target.department)) subtrees.set(target.department, new Set(await stores.departments.subtreeIds(target.department)));
      const subtree = subtrees.get(target.department) ?? new Set<string>();
      people = users.filter((user) => user.departmentId !== null && subtree.has(user.departmentId)).map((user) => user.id);
    } else {
      people = users.map((user) => user.id);
    }
    let sum = 0;
    for (const person of people) for (const month of periodMonths) sum += byPersonMonth.get(`${person} ${month}`) ?? 0;
    actuals[target.id] = roundDecimal(sum, 2);
  }
  return { metric, source: true, actuals };
}
