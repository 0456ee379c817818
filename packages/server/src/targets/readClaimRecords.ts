import { parseRecordFilter } from '../query/parseRecordFilter.js';
import { timeZoneAt } from '../query/TimeZone.js';
import { loadRecordForm } from '../records/loadRecordForm.js';
import type { StoredRecord } from '../records/StoredRecord.js';
import type { ServerContext } from '../ServerContext.js';
import type { Stores } from '../storage/Stores.js';
import { claimField, findClaimsForm } from './claimsForm.js';
import { findTargetsForm, targetField } from './targetsForm.js';

/** A target record of one period and metric, as the claim routes read it. */
export interface StoredTarget {
  readonly id: string;
  readonly period: string;
  readonly level: string;
  readonly department: string | null;
  readonly person: string | null;
  /** The product line, region or customer type it is for; null: all of them. */
  readonly dimension: string | null;
  readonly amount: number;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** Live records of a form matching `period` (null: any) and `metric` (in the given fields), read unscoped: the caller decides what to show. */
async function recordsOf(context: Pick<ServerContext, 'settings' | 'now'>, stores: Stores, formId: string, periodField: string, metricField: string, period: string | null, metric: string): Promise<StoredRecord[]> {
  const form = await loadRecordForm(stores, formId);
  if (!form) return [];
  const zone = timeZoneAt(context.settings.records.timeZone, context.now());
  const byMetric = { field: metricField, op: 'eq', value: metric };
  const filter = parseRecordFilter(period === null ? byMetric : { and: [byMetric, { field: periodField, op: 'eq', value: period }] }, form.queryFields, zone);
  if (!filter.ok) return [];
  const records: StoredRecord[] = [];
  for await (const record of stores.records.iterate({ formId, columns: form.columns, scope: { kind: 'all' }, filter: filter.predicate, state: 'live' })) records.push(record);
  return records;
}

/** The app's claim records of a period and metric (all of them), with the claims form's id (null before the first claim). */
export async function readClaimRecords(context: Pick<ServerContext, 'settings' | 'now'>, stores: Stores, appId: string, period: string, metric: string): Promise<{ readonly formId: string | null; readonly records: readonly StoredRecord[] }> {
  const form = await findClaimsForm(stores, appId);
  if (!form) return { formId: null, records: [] };
  return { formId: form.id, records: await recordsOf(context, stores, form.id, claimField.period, claimField.metric, period, metric) };
}

/** The app's targets of a period (null: every period) and metric at every level (company, department, person). */
export async function readStoredTargets(context: Pick<ServerContext, 'settings' | 'now'>, stores: Stores, appId: string, period: string | null, metric: string): Promise<StoredTarget[]> {
  const form = await findTargetsForm(stores, appId);
  if (!form) return [];
  const targets: StoredTarget[] = [];
  for (const record of await recordsOf(context, stores, form.id, targetField.period, targetField.metric, period, metric)) {
    const amount = record.data[targetField.amount];
    const level = record.data[targetField.level];
    const period = record.data[targetField.period];
    if (typeof amount !== 'number' || typeof level !== 'string' || typeof period !== 'string') continue;
    targets.push({ id: record.id, period, level, department: text(record.data[targetField.department]), person: text(record.data[targetField.person]), dimension: text(record.data[targetField.dimension]), amount });
  }
  return targets;
}
