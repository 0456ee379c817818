import { loadRecordForm } from '../records/loadRecordForm.js';
import type { StoredRecord } from '../records/StoredRecord.js';
import type { Stores } from '../storage/Stores.js';
import { findTargetSettingsForm, targetSettingField } from './targetSettingsForm.js';

/** The app's targets settings. */
export interface TargetSettings {
  /** How many times a target of a period may change after it is written; null: no limit (the default). */
  readonly maxChangesPerPeriod: number | null;
}

/** The settings record (the oldest live one of the settings form) and what it says; defaults when there is none. */
export async function readTargetSettingsRecord(stores: Stores, appId: string): Promise<{ readonly formId: string | null; readonly record: StoredRecord | null; readonly settings: TargetSettings }> {
  const form = await findTargetSettingsForm(stores, appId);
  if (!form) return { formId: null, record: null, settings: { maxChangesPerPeriod: null } };
  const loaded = await loadRecordForm(stores, form.id);
  let first: StoredRecord | null = null;
  // In submission order: the first is the oldest.
  for await (const record of stores.records.iterate({ formId: form.id, columns: loaded?.columns ?? [], scope: { kind: 'all' }, filter: null, state: 'live' })) {
    first = record;
    break;
  }
  const limit = first?.data[targetSettingField.maxChanges];
  return { formId: form.id, record: first, settings: { maxChangesPerPeriod: typeof limit === 'number' ? limit : null } };
}

/** The app's targets settings (defaults when none were saved). */
export async function readTargetSettings(stores: Stores, appId: string): Promise<TargetSettings> {
  return (await readTargetSettingsRecord(stores, appId)).settings;
}
