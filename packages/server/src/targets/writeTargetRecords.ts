import type { Locale } from '@formwork/runtime';
import { HttpError, type ErrorDetail } from '../http/HttpError.js';
import { parseRecordFilter } from '../query/parseRecordFilter.js';
import { timeZoneAt } from '../query/TimeZone.js';
import { shareFormCache } from '../records/loadRecordForm.js';
import { openRecordForm } from '../records/openRecordForm.js';
import { submitRecord } from '../records/submitRecord.js';
import { updateRecord } from '../records/updateRecord.js';
import type { ServerContext } from '../ServerContext.js';
import type { Stores } from '../storage/Stores.js';
import type { User } from '../storage/UserStore.js';
import type { PlannedTarget } from './planDecomposition.js';
import { countTargetChanges, type TargetChanges } from './countTargetChanges.js';
import { readTargetSettings } from './readTargetSettings.js';
import { targetIdentityOf, targetKey } from './targetKey.js';
import { ensureTargetsForm, targetField } from './targetsForm.js';

/** What an applied decomposition wrote. */
export interface WrittenTargets {
  readonly formId: string;
  /** The record id of each planned target, in the plan's order. */
  readonly recordIds: readonly string[];
  readonly created: number;
  readonly replaced: number;
}

/** A target already stored for the metric: its record, amount and the target it was split from. */
interface StoredTarget {
  readonly id: string;
  readonly amount: unknown;
  readonly parent: string | null;
}


/**
 * Writes a decomposition's targets in ONE transaction, each through the record write path (a new
 * target as a submit, an existing target of the same period, level, department, person and
 * metric as an update with `reason` — validation, history with who, when and why). A root that
 * is already a target — a department's share of the company's, decomposed further to its people —
 * stays where it is in its tree: its parent is kept, and with its amount unchanged it is not
 * rewritten at all (so neither replaced nor needing a reason). The targets
 * form is created on first use in the same transaction. A target that fails rolls all of them
 * back: 400 `targets_rejected` lists it at `/records/<n>` with its own error. A target whose amount
 * would change more often in its period than the app's settings allow is a 409
 * `target_changes_exhausted`, before anything is written.
 */
export async function writeTargetRecords(context: ServerContext, user: User, appId: string, metric: string, planned: readonly PlannedTarget[], locale: Locale, reason: string | undefined): Promise<WrittenTargets> {
  const { stores } = context;
  const why = reason?.trim() ?? '';
  return stores.transaction(async (tx) => {
    shareFormCache(tx, stores);
    const inTx: ServerContext = { ...context, stores: tx };
    const formId = await ensureTargetsForm(context, tx, appId, user);
    const opened = await openRecordForm(tx, user, formId, 'submit');
    const zone = timeZoneAt(context.settings.records.timeZone, context.now());
    const filter = parseRecordFilter({ field: targetField.metric, op: 'eq', value: metric }, opened.form.queryFields, zone);
    if (!filter.ok) throw new Error('the targets form has no metric field');
    const existing = new Map<string, StoredTarget>();
    for await (const record of tx.records.iterate({ formId, columns: opened.form.columns, scope: { kind: 'all' }, filter: filter.predicate, state: 'live' })) {
      const data = record.data;
      const parent = data[targetField.parent];
      existing.set(targetKey(targetIdentityOf(data)), {
        id: record.id,
        amount: data[targetField.amount],
        parent: typeof parent === 'string' && parent !== '' ? parent : null,
      });
    }
    // The root of a further decomposition, already stored with the same amount: its children hang on it as it is.
    const kept = (target: PlannedTarget): StoredTarget | undefined => {
      const found = target.parent === null ? existing.get(targetKey(target)) : undefined;
      return found !== undefined && found.amount === target.amount ? found : undefined;
    };
    const replacing = planned.filter((target) => existing.has(targetKey(target)) && kept(target) === undefined).length;
    if (replacing > 0 && why === '') {
      throw new HttpError(400, 'reason_required', { 'zh-CN': `将替换 ${replacing} 个已有目标，请填写原因`, en: `${replacing} existing target(s) would be replaced: give a reason` }, [
        { pointer: '/reason', code: 'reason_required', message: { 'zh-CN': '替换已有目标须写明原因', en: 'Replacing existing targets needs a reason' } },
      ]);
    }
    await refuseExhaustedChanges(tx, appId, planned, (target) => {
      const stored = existing.get(targetKey(target));
      return stored !== undefined && kept(target) === undefined && stored.amount !== target.amount;
    }, (target) => countTargetChanges(tx, opened.form, zone, metric, target));
    const recordIds: string[] = [];
    const failures: ErrorDetail[] = [];
    let unchanged = 0;
    for (const [index, target] of planned.entries()) {
      const stored = existing.get(targetKey(target));
      if (kept(target) !== undefined && stored !== undefined) {
        recordIds.push(stored.id);
        unchanged += 1;
        continue;
      }
      const parentId = target.parent === null ? (stored?.parent ?? null) : (recordIds[target.parent] ?? null);
      const data = {
        [targetField.period]: target.period,
        [targetField.level]: target.level,
        [targetField.department]: target.department,
        [targetField.person]: target.person,
        [targetField.dimension]: target.dimension,
        ...(target.dimensionField === null ? {} : { [target.dimensionField]: target.dimension }),
        [targetField.metric]: metric,
        [targetField.amount]: target.amount,
        [targetField.parent]: parentId,
        [targetField.rule]: target.rule,
        [targetField.reason]: why === '' ? null : why,
      };
      try {
        if (stored !== undefined) {
          await updateRecord(inTx, user, stored.id, data, undefined, locale, why);
          recordIds.push(stored.id);
        } else {
          recordIds.push((await submitRecord(inTx, opened, data, locale, undefined)).view.id);
        }
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        failures.push({ pointer: `/records/${index}`, code: error.code, message: error.text, params: { period: target.period, level: target.level, department: target.department, person: target.person, status: error.status } });
        recordIds.push('');
      }
    }
    // Thrown inside the transaction: the targets already written are rolled back with it.
    if (failures.length > 0) {
      throw new HttpError(400, 'targets_rejected', { 'zh-CN': `${failures.length} 个目标无法写入，所有目标均未写入`, en: `${failures.length} target(s) could not be written; none was written` }, failures);
    }
    return { formId, recordIds, created: planned.length - replacing - unchanged, replaced: replacing };
  });
}

/**
 * Refuses the whole write when any target it changes (`changing`: whether the stored target's
 * amount would change) has already changed its amount as often as the app allows
 * (`maxChangesPerPeriod`; a target is of one period, so its changes are the period's). Counted
 * as the record write hook counts them (`countTargetChanges`), so changes made through the
 * records API or an import count too; the hook would refuse each such record again, one by one,
 * but here the answer names every target of the decomposition at once.
 */
async function refuseExhaustedChanges(tx: Stores, appId: string, planned: readonly PlannedTarget[], changing: (target: PlannedTarget) => boolean, count: (target: PlannedTarget) => Promise<TargetChanges>): Promise<void> {
  const limit = (await readTargetSettings(tx, appId)).maxChangesPerPeriod;
  if (limit === null) return;
  const exhausted: ErrorDetail[] = [];
  for (const [index, target] of planned.entries()) {
    if (!changing(target)) continue;
    const { changes } = await count(target);
    if (changes < limit) continue;
    exhausted.push({
      pointer: `/records/${index}`,
      code: 'target_changes_exhausted',
      message: { 'zh-CN': `${target.period} 的目标已调整 ${changes} 次，达到本应用每个周期 ${limit} 次的上限`, en: `The ${target.period} target has already changed ${changes} time(s), the most this app allows in a period (${limit})` },
      params: { period: target.period, level: target.level, department: target.department, person: target.person, changes, limit },
    });
  }
  if (exhausted.length > 0) {
    throw new HttpError(409, 'target_changes_exhausted', { 'zh-CN': `${exhausted.length} 个目标本周期的调整次数已用完（每个周期最多 ${limit} 次），所有目标均未写入`, en: `${exhausted.length} target(s) have used up the ${limit} change(s) allowed in a period; none was written` }, exhausted);
  }
}
