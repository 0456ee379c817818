import { parsePeriod, parseScoringSchema, proRate, roundDecimal, type ScoredPerson, type TargetProgress } from '@formwork/runtime';
import { HttpError } from '../http/HttpError.js';
import { parseRecordFilter } from '../query/parseRecordFilter.js';
import { localDateOf, timeZoneAt } from '../query/TimeZone.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import { collectScoringInputs } from '../scoring/collectScoringInputs.js';
import { scopeHoldsPerson, type ScoreScope } from '../scoring/ScoreScope.js';
import type { ServerContext } from '../ServerContext.js';
import { findTargetsForm, targetField } from './targetsForm.js';

/** One person's row of `GET …/targets/progress`. */
export interface PersonProgress extends TargetProgress {
  readonly name: string;
  readonly departmentId: string | null;
  /** The part of the target due by today. */
  readonly due: number;
  /** actual ÷ due (4 places), null when nothing is due yet. */
  readonly share: number | null;
}

export interface TargetProgressView {
  readonly period: string;
  readonly metric: string;
  /** The app's local date the progress is pro-rated to. */
  readonly today: string;
  /** Where the actuals come from: the published scheme item of the metric's id, or null (every actual 0). */
  readonly actualSource: { readonly schemeId: string; readonly itemId: string } | null;
  readonly people: readonly PersonProgress[];
}

/**
 * Actual against target per person for a period and metric, pro-rated to today (the injected
 * clock, in the app's time zone), for the people the viewer's scope holds (their own row; a
 * manager's departments and below; an admin everyone).
 *
 * Targets: the person-level records of the targets form (the latest per person). Actuals: the
 * published, live scoring scheme item whose id is the metric, if its source is an aggregate — the
 * same grouped query per item the scoring run makes (`collectScoringInputs`), over the period.
 */
export async function readTargetProgress(context: ServerContext, appId: string, scope: ScoreScope, period: string, metric: string): Promise<TargetProgressView> {
  const { stores } = context;
  if (!parsePeriod(period)) {
    throw new HttpError(400, 'invalid_period', { 'zh-CN': '周期无效', en: 'Invalid period' }, [
      { pointer: '/period', code: 'period', message: { 'zh-CN': `“${period}”不是周期名称（如 2026、2026-Q4、2026-11、2026-W48）`, en: `"${period}" is not a period name (2026, 2026-Q4, 2026-11, 2026-W48)` } },
    ]);
  }
  const now = context.now();
  const zone = timeZoneAt(context.settings.records.timeZone, now);
  const today = localDateOf(now, zone);
  const users = (await stores.users.list()).filter((user) => !user.disabled && scopeHoldsPerson(scope, { personId: user.id, ...(user.departmentId === null ? {} : { departmentId: user.departmentId }) }));
  const targets = new Map<string, number>();
  const found = await findTargetsForm(stores, appId);
  const form = found ? await loadRecordForm(stores, found.id) : undefined;
  if (form) {
    const filter = parseRecordFilter({ and: [{ field: targetField.metric, op: 'eq', value: metric }, { field: targetField.period, op: 'eq', value: period }, { field: targetField.level, op: 'eq', value: 'person' }] }, form.queryFields, zone);
    if (filter.ok) {
      for await (const record of stores.records.iterate({ formId: form.formId, columns: form.columns, scope: { kind: 'all' }, filter: filter.predicate, state: 'live' })) {
        const person = record.data[targetField.person];
        const amount = record.data[targetField.amount];
        // A person's share along a product line is not their whole target.
        const dimension = record.data[targetField.dimension];
        if (typeof dimension === 'string' && dimension !== '') continue;
        if (typeof person === 'string' && typeof amount === 'number') targets.set(person, amount);
      }
    }
  }

  let actualSource: TargetProgressView['actualSource'] = null;
  let actuals: Record<string, number | string | null> = {};
  for (const document of await stores.documents.listByApp(appId, 'scoring')) {
    if (!document.published || document.archivedAt !== null) continue;
    const parsed = parseScoringSchema(document.published.schema);
    const item = parsed.ok ? parsed.value.items.find((each) => each.id === metric && each.source.kind === 'aggregate') : undefined;
    if (!parsed.ok || !item) continue;
    const people: ScoredPerson[] = users.map(({ id, name }) => ({ id, name }));
    const { target: _unused, ...withoutTarget } = item;
    const inputs = await collectScoringInputs(stores, { ...parsed.value, items: [withoutTarget] }, period, { people }, zone);
    actuals = inputs.actuals?.[item.id] ?? {};
    actualSource = { schemeId: document.id, itemId: item.id };
    break;
  }

  const people = users
    .filter((user) => targets.has(user.id))
    .map((user): PersonProgress => {
      const target = targets.get(user.id) ?? 0;
      const value = actuals[user.id];
      const actual = typeof value === 'number' ? value : 0;
      const due = proRate(target, period, today).value;
      return { personId: user.id, name: user.name, departmentId: user.departmentId, target, actual, due, share: due > 0 ? roundDecimal(actual / due, 4) : null };
    })
    .sort((a, b) => a.personId.localeCompare(b.personId));
  return { period, metric, today, actualSource, people };
}
