import type { Locale } from '@formwork/runtime';
import { shareFormCache } from '../records/loadRecordForm.js';
import { openRecordForm } from '../records/openRecordForm.js';
import { submitRecord } from '../records/submitRecord.js';
import { updateRecord } from '../records/updateRecord.js';
import type { ServerContext } from '../ServerContext.js';
import type { User } from '../storage/UserStore.js';
import { readTargetSettingsRecord, type TargetSettings } from './readTargetSettings.js';
import { ensureTargetSettingsForm, targetSettingField } from './targetSettingsForm.js';

/**
 * Saves the app's targets settings as the settings form's one record (made on first save),
 * through the record write path as the caller — an admin, the route has checked — so the change
 * is in the record's history with who, when and `reason`.
 */
export async function saveTargetSettings(context: ServerContext, user: User, appId: string, settings: TargetSettings, locale: Locale, reason: string | undefined): Promise<TargetSettings> {
  const { stores } = context;
  return stores.transaction(async (tx) => {
    shareFormCache(tx, stores);
    const inTx: ServerContext = { ...context, stores: tx };
    const formId = await ensureTargetSettingsForm(context, tx, appId, user);
    const { record } = await readTargetSettingsRecord(tx, appId);
    const data = { [targetSettingField.maxChanges]: settings.maxChangesPerPeriod };
    if (record === null) await submitRecord(inTx, await openRecordForm(tx, user, formId, 'submit'), data, locale, undefined);
    else await updateRecord(inTx, user, record.id, data, undefined, locale, reason);
    return (await readTargetSettingsRecord(tx, appId)).settings;
  });
}
