import type { Locale } from '@formwork/runtime';
import type { ServerContext } from '../ServerContext.js';
import type { User } from '../storage/UserStore.js';
import { createLinkResolver } from './createLinkResolver.js';
import { diffRecordData } from './diffRecordData.js';
import { findUniqueConflict } from './findUniqueConflict.js';
import { shareFormCache } from './loadRecordForm.js';
import { openRecord } from './openRecord.js';
import { mergeRecordPatch, prepareRecordData } from './prepareRecordData.js';
import { duplicateValue, invalidRecord, recordDeleted, staleRecord } from './recordErrors.js';
import { randomRowId } from './randomRowId.js';
import { readChangeReason } from './readChangeReason.js';
import { fileIdsOf } from './resolveFileRefs.js';
import type { StoredRecord } from './StoredRecord.js';

/**
 * Changes a record: the client's values over the stored ones, through the same gate as a submit,
 * against the form's current published version. Optimistic concurrency: with `expectedVersion`
 * (from If-Match) a record changed since is a 409 `stale_record`. A change that changes nothing
 * writes nothing (no new version, no history entry) and needs no reason; one that does keeps its
 * `reason` in the history (400 `reason_required` when the form wants one and none is given).
 */
export async function updateRecord(context: ServerContext, user: User, recordId: string, patch: unknown, expectedVersion: number | undefined, locale: Locale, reason?: string): Promise<StoredRecord> {
  const { stores } = context;
  return stores.transaction(async (tx) => {
    shareFormCache(tx, stores);
    const { record, form, viewer } = await openRecord(tx, user, recordId, 'edit');
    if (record.deletedAt !== null) throw recordDeleted();
    if (expectedVersion !== undefined && expectedVersion !== record.version) throw staleRecord(record.version);
    const now = context.now();
    const prepared = await prepareRecordData(
      { stores: tx, form, viewer, locale, now, timeZone: context.settings.records.timeZone, findLinked: createLinkResolver(tx, viewer), newRowId: () => randomRowId(context.randomBytes) },
      mergeRecordPatch(form, record.data, patch),
      record,
    );
    if (!prepared.ok) throw invalidRecord(prepared.errors);
    const changes = diffRecordData(record.data, prepared.data);
    if (changes.length === 0 && record.formVersion === form.version.version) return record;
    const why = readChangeReason(form, reason);
    const conflict = await findUniqueConflict(tx.records, form, prepared.data, record.id);
    if (conflict) throw duplicateValue(conflict.fieldId, conflict.label);
    const updated = await tx.records.update(record.id, record.version, { data: prepared.data, formVersion: form.version.version, updatedBy: user.id, updatedAt: now }, form.columns);
    if (!updated) throw staleRecord(record.version);
    await tx.history.append({ recordId: record.id, version: updated.version, action: 'update', actorId: user.id, at: now, changes, reason: why });
    await tx.files.setRecordFiles(record.id, [...fileIdsOf(updated.data)], now);
    return updated;
  });
}
